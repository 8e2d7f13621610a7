package assistant

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/retrieval"
)

// A question may ask two things at once ("how heavy is it and how wide
// does it open?", "吸盘多大，能吸多重？"). Taken whole, each part's words
// count against the other's passage, and the answer is "I don't know"
// although the documents answer both. When the whole question finds no
// answer, each part is answered on its own from the same evidence; the
// parts the documents do not answer are named.

// A question is cut at a question mark or a semicolon, before an English
// "and" that starts another question, and at a Chinese comma after a
// clause that asks something itself: "流量一直上不去，可能是什么原因" is
// one question whose first clause is its context.
var (
	partMark = regexp.MustCompile(`[?？]\s*|;\s*`)
	zhAsks   = regexp.MustCompile(`多少|多大|多重|多长|多高|多久|什么|哪|几|吗|怎么|如何|是否`)
)

// questionParts returns the parts of a question that asks more than one
// thing, each with a content term, or nil.
func questionParts(q string) []string {
	var parts []string
	context := false
	marked := retrieval.PartAnd.ReplaceAllString(partMark.ReplaceAllStringFunc(strings.TrimSpace(q), keepMark), "\x00$1")
	for _, seg := range strings.Split(marked, "\x00") {
		if len(parts) > 0 && asksNothing(seg) {
			context = true // said after the question: it is not one more
			continue
		}
		p := strings.TrimRight(strings.TrimSpace(seg), "?？;")
		for _, c := range expandAttributeList(zhClauses(p)) {
			c = strings.TrimSpace(c)
			terms := retrieval.ContentTerms(c)
			switch {
			case len(terms) == 0:
			case (followUp(c, terms) || asksOfIt.MatchString(c) || givesExample.MatchString(c)) && len(parts) > 0:
				// "怎么改？" asks how to fix what the part before names.
				parts[len(parts)-1] += " " + c
			case asksItsLimit(c) && len(parts) > 0:
				// "允许偏差多少" asks the limit of what the part before names
				parts = append(parts, parts[len(parts)-1]+" "+c)
			default:
				parts = append(parts, c)
			}
		}
	}
	if len(parts) < 2 && !(context && len(parts) == 1) || len(parts) > 4 {
		return nil
	}
	return withCountedObjects(withTopic(q, parts))
}

// keepMark ends a part at its question mark or semicolon, keeping the
// mark: whether a part was asked as a question tells it from a remark.
func keepMark(m string) string { return strings.TrimSpace(m) + "\x00" }

// asksNothing reports an English part that is the asker's situation or a
// request to confirm, not a question of its own: a remark after the
// question ("customer keeps calling about a code thats not in the
// manual"), or a tag asking to confirm what the question asks ("tighter
// than site spec right?"). Answered on its own, it finds a passage about
// something else; the question it follows is the one answered.
func asksNothing(seg string) bool {
	s := strings.TrimSpace(seg)
	if hasHan(s) {
		// "第一次开泵前要做什么准备？听说这泵不能自吸": what the asker heard,
		// said after the question without asking anything
		// "…能吸多高的水？水池在泵下面四米左右": the asker's own case, a
		// statement with no asking word, after the question
		bare := zhIndefinite.Replace(s)
		unasked := !strings.HasSuffix(s, "？") && !strings.HasSuffix(s, "?") && !zhAsks.MatchString(bare) && !zhAsksMore.MatchString(bare)
		return unasked && (zhHearsay.MatchString(s) || !zhRequest.MatchString(s))
	}
	if s == "" || enAsking.MatchString(s) {
		return false
	}
	return confirmTag.MatchString(s) || !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "？")
}

// zhAsksMore are asking words beside zhAsks that a clause asks with on
// its own ("孔离中心多远"), though a comma before them parts no question.
var zhAsksMore = regexp.MustCompile(`多远|多宽|多深|多厚|多快|多粗|多频繁|啥|咋|为何|能否|可否|行不行|要不要|有没有|是不是|会不会|能不能|可不可以|对不对|呢|吧`)

// zhRequest asks without a question word: "请列出…", "说一下扭矩".
var zhRequest = regexp.MustCompile(`请|列出|告诉|说明一下|说明下|说一下|讲一下|介绍一下|介绍下|给出|给个|查一下|帮我|麻烦`)

// zhHearsay opens what the asker heard or tells of their own case.
var zhHearsay = regexp.MustCompile(`^(?:听说|听人说|据说|有人说|客户说|我们是|我们这|我这)`)

var (
	enAsking   = regexp.MustCompile(`(?i)^(?:and\s+|but\s+|so\s+|also\s+|or\s+)?(?:what|whats|what's|which|who|whom|whose|where|when|why|how|is|isn't|are|aren't|was|were|does|doesn't|do|don't|did|can|can't|could|should|would|will|has|have|may|must|list|give|tell|show|explain|describe|name|compare|find|please)\b`)
	confirmTag = regexp.MustCompile(`(?i)[\s,]\s*(?:right|correct|true|yes|yeah|eh|isn't it|aren't they|doesn't it|don't they)\s*[?？]\s*$`)
)

// followUp reports a part that asks how to do something to what the
// part before names, and names nothing of its own: single Chinese
// characters after 怎么 ("怎么改", "咋弄"). "降多少" asks an amount of its
// own, and "怎么处理" names the handling a fault row gives.
func followUp(part string, terms []string) bool {
	if !zhHow.MatchString(part) {
		return false
	}
	for _, t := range terms {
		if utf8.RuneCountInString(t) != 1 || !allHan(t) {
			return false
		}
	}
	return true
}

var zhHow = regexp.MustCompile(`怎么|怎样|如何|咋`)

// asksOfIt is an English part that asks what to do about, or what
// causes, what the part before names: "how do we recover it", "what
// causes that". "How big is it" asks one more thing of the item.
var asksOfIt = regexp.MustCompile(`(?i)^(?:and |so |then )?(?:how (?:do|can|should|would) (?:i|we|you)\b[^,;]{0,30}\b(?:it|this|that|them)|what (?:causes|caused|would cause) (?:it|this|that)|how (?:hot|cold|warm|high|low|tight|loose|fast|much|long) is too (?:hot|cold|warm|high|low|tight|loose|fast|much|long))$`)

// givesExample opens a part with an example of what the part before asks
// ("出厂编号是按什么规则编的？比如 2403015 这种号码怎么看"): one question,
// which the example only shows.
var givesExample = regexp.MustCompile(`(?i)^(?:比如|比方说|例如|譬如|举个例子|(?:e\.g\.|for example|for instance|say)(?:\s|,))`)

// asksItsLimit reports a Chinese part made only of words asking a
// tolerance or limit ("允许偏差多少", "公差是多少"): it names nothing of
// its own, so it is asked of what the part before it names.
func asksItsLimit(part string) bool {
	rest := zhLimitWords.ReplaceAllString(part, "")
	rest = strings.TrimFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return rest == "" && zhLimitWords.MatchString(part) && zhAsks.MatchString(part)
}

var zhLimitWords = regexp.MustCompile(`允许|偏差|公差|误差|极限|上限|下限|范围|最大|最小|多少|多大|是|为|有|的|呢`)

// zhClauses cuts s at Chinese commas after clauses that ask something; a
// clause that does not is kept with the one after it.
func zhClauses(s string) []string {
	var out []string
	var cur strings.Builder
	clauses := strings.Split(askingCommas(s), "，")
	for i, c := range clauses {
		cur.WriteString(c)
		asks := zhAsks.MatchString(zhIndefinite.Replace(c))
		if i == len(clauses)-1 && !asks && len(out) > 0 {
			// A last clause that asks nothing ("电是通的") is the asker's
			// situation, said after the question it belongs to.
			out[len(out)-1] += "，" + cur.String()
			break
		}
		if i == len(clauses)-1 || asks {
			out = append(out, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString("，")
	}
	return out
}

// askingCommas reads a 、 between two clauses that each ask ("尺寸多大、
// 重多少") as a comma: two questions, not one list of things.
func askingCommas(s string) string {
	if !strings.Contains(s, "、") {
		return s
	}
	segs := strings.Split(s, "、")
	var b strings.Builder
	for i, seg := range segs {
		if i > 0 {
			before := segs[i-1]
			if j := strings.LastIndex(before, "，"); j >= 0 {
				before = before[j:]
			}
			after, _, _ := strings.Cut(seg, "，")
			if zhAsks.MatchString(before) && zhAsks.MatchString(after) {
				b.WriteString("，")
			} else {
				b.WriteString("、")
			}
		}
		b.WriteString(seg)
	}
	return b.String()
}

// zhAttributeList is one item's attributes listed under one 的
// ("自适应夹爪的夹持范围和重量"): each attribute is a part, asked of the item.
var zhAttributeList = regexp.MustCompile(`^(.+的)([^，的和与及、]{1,8}?)(?:以及|和|与|及|、)([^，的和与及、]{1,8})$`)

// attributeList returns the parts of a clause listing one item's
// attributes, or nil.
func attributeList(clause string) []string {
	m := zhAttributeList.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(clause), "？?。"))
	if m == nil {
		return nil
	}
	if item, attr, ok := strings.Cut(m[2], "是"); ok && item != "" && zhAsks.MatchString(attr) {
		// "钻机的发动机是什么品牌、什么型号": the engine's brand and model,
		// the item running on to the 是 that asks
		return []string{m[1] + m[2], m[1] + item + "的" + m[3]}
	}
	if item, ok := itemBeforeMeasure(m[2], m[3]); ok {
		// "…用的管镜焦距和直径": the tube lens's focal length and diameter,
		// the item running on into the first measure
		return []string{m[1] + m[2], m[1] + item + m[3]}
	}
	return []string{m[1] + m[2], m[1] + m[3]}
}

// itemBeforeMeasure is the item that opens first ("管镜焦距") where it
// ends with a measure's word and second is a measure's word alone
// ("直径"): both are asked of that item.
func itemBeforeMeasure(first, second string) (string, bool) {
	if _, ok := attributeUnits[strings.TrimRight(second, "是多少呢吗")]; !ok {
		return "", false
	}
	for word := range attributeUnits {
		if item, ok := strings.CutSuffix(first, word); ok && item != "" && allHan(item) && allHan(word) {
			return item, true
		}
	}
	return "", false
}

func expandAttributeList(clauses []string) []string {
	var out []string
	for _, c := range clauses {
		if l := enAttributeList(c); l != nil {
			out = append(out, l...)
			continue
		}
		if l := attributeList(c); l != nil {
			out = append(out, l...)
			continue
		}
		if l := eachItemList(c); l != nil {
			out = append(out, l...)
			continue
		}
		out = append(out, c)
	}
	return out
}

// enAttributeList splits a clause asking several things of one item in
// English: two measures joined by "and" first, then an item's attributes
// listed.
func enAttributeList(clause string) []string {
	if l := enMeasureList(clause); l != nil {
		return l
	}
	if l := enThingsNeeded(clause); l != nil {
		return l
	}
	return enItemAttributeList(clause)
}

// enThingsNeeded reads two things asked for one job ("what screws and hex
// key do I need to fit the motors"): each is a part, asked of the job. A
// passage names one thing at a time, the screws in a step and the hex key
// in the tools list.
func enThingsNeeded(clause string) []string {
	m := enThingPair.FindStringSubmatch(strings.TrimSpace(clause))
	if m == nil {
		return nil
	}
	return []string{m[1] + " " + m[2] + " " + m[4], m[1] + " " + m[3] + " " + m[4]}
}

// enThingPair is "what" or "which", two things of one or two words joined
// by "and", and what is needed of them.
var enThingPair = regexp.MustCompile(`(?i)^(what|which)\s+([a-z]+(?:\s+[a-z]+)?)\s+and\s+([a-z]+(?:\s+[a-z]+)?)\s+((?:do|does|should|would|will)\s+(?:i|we|you)\s+(?:need|use|want)\b.*)$`)

// enMeasureList reads two measures joined by "and" ("flow and head at
// the duty point", "the rated voltage and current"): each is a part, the
// clause asked once of each. A passage states one measure at a time, and
// taken whole each measure's word counts against the other's row.
func enMeasureList(clause string) []string {
	m := enMeasurePair.FindStringSubmatchIndex(clause)
	if m == nil {
		return nil
	}
	before, after := clause[:m[0]], clause[m[1]:]
	first, second := clause[m[2]:m[3]], clause[m[4]:m[5]]
	return []string{before + first + after, before + second + after}
}

// enMeasurePair is two measures' words joined by "and"; a pump's head is
// a measure too, stated in metres.
var enMeasurePair = func() *regexp.Regexp {
	words := []string{"head"}
	for w := range attributeUnits {
		if !allHan(w) {
			words = append(words, regexp.QuoteMeta(w))
		}
	}
	slices.Sort(words)
	alt := strings.Join(words, "|")
	return regexp.MustCompile(`(?i)\b(` + alt + `)\s+and\s+(?:the\s+)?(` + alt + `)\b`)
}()

// enItemAttributeList is one item's attributes listed in English: "parallel
// gripper weight and gripping range", "the weight and payload of the arm".
// Each attribute is a part, asked of the item; a short list only, since
// a longer side is a clause of its own ("I dropped it and now ...").
func enItemAttributeList(clause string) []string {
	c := strings.TrimRight(strings.TrimSpace(clause), "?？.")
	left, right, ok := strings.Cut(c, " and ")
	if !ok || strings.Contains(right, " and ") || hasHan(c) {
		return nil
	}
	attr, item := right, ""
	if loc := enItemAfter.FindStringIndex(right); loc != nil {
		attr, item = right[:loc[0]], right[loc[0]:]
	}
	leftWords, attrWords := strings.Fields(left), strings.Fields(attr)
	if len(attrWords) > 1 && enArticle.MatchString(attrWords[0]) {
		attrWords = attrWords[1:] // "and the maximum gripping force"
	}
	if len(attrWords) == 0 || len(attrWords) > 3 || len(leftWords) > 6 || enYesNo.MatchString(left) || strings.ContainsAny(attr, "0123456789") {
		return nil // "is it rated for 50 Hz and 60 Hz": two cases, one question
	}
	if item != "" {
		return []string{left + item, attr + item} // "the weight" and "payload", "of the arm"
	}
	if len(leftWords) < 2 {
		return nil
	}
	// "parallel gripper weight": the item is all but the attribute's head.
	return []string{left, strings.Join(leftWords[:len(leftWords)-1], " ") + " " + attr}
}

var enArticle = regexp.MustCompile(`(?i)^(?:the|its|their|a|an)$`)

var enYesNo = regexp.MustCompile(`(?i)^(?:is|are|does|do|did|can|could|will|would|should|has|have)\b`)

var enItemAfter = regexp.MustCompile(`(?i)\s(?:of|for|on)\s`)

// zhEachItem reads "泵体和叶轮分别用的什么材料": two items, then 分别
// ("each, respectively") and what is asked of each.
var zhEachItem = regexp.MustCompile(`^(\p{Han}{1,8}?)(?:和|与|及|跟)(\p{Han}{1,8}?)(?:各自|分别|各)(.+)$`)

// eachItemList asks what a clause asks of each of two items it says
// apart ("分别"): "泵体用的什么材料", "叶轮用的什么材料".
func eachItemList(clause string) []string {
	m := zhEachItem.FindStringSubmatch(strings.TrimSpace(clause))
	if m == nil || !zhAsks.MatchString(m[3]) || strings.Contains(m[1], "的") {
		return nil // "泵的吸入口和出口": two sides of one item, which one row may give
	}
	return []string{m[1] + m[3], m[2] + m[3]}
}

// listsAttributes reports a question that lists one item's attributes:
// answered part by part, each attribute gets its own row, where the
// whole question's best rows may answer one of them twice.
func listsAttributes(q string) bool {
	return slices.ContainsFunc(strings.Split(q, "，"), func(c string) bool {
		return attributeList(c) != nil || eachItemList(c) != nil || enAttributeList(c) != nil
	})
}

// zhIndefinite are the question words that say "any" or "none" rather
// than ask: "什么都不显示" is a display showing nothing.
var zhIndefinite = strings.NewReplacer("什么都", "", "什么也", "", "哪里都", "", "哪儿都", "", "哪都", "", "多少都", "", "怎么都", "", "怎么也", "")

// backReference is a pronoun standing for the item a previous part named:
// "what battery does the rover use and what's its capacity".
// asksMoreOfThat asks for anything more on what the part before asked:
// "anything in the safety notes about that?", "这方面有规定吗".
var asksMoreOfThat = regexp.MustCompile(`(?i)^\s*(?:is there |are there )?(?:anything|any\s+\w+|something)\b.*\b(?:about|on|regarding|for)\s+(?:that|this|it)\s*[?？.]*\s*$|这方面|这个方面|关于这(?:个|点)`)

var backReference = regexp.MustCompile(`(?i)\b(?:its|it|their|they|them)\b|它|其`)

// refersBack reports a part that names its item only by pronoun, or, in
// Chinese, by none at all ("哪个工作中心做的" after the order's number,
// "要多久保养一次"): when the part before found nothing on that item,
// whatever this part finds is about something else.
func refersBack(part string) bool {
	return backReference.MatchString(part) || zhDroppedSubject.MatchString(part)
}

// withDroppedSubject is part i, asked of what the part before names
// where it asks only which model or size ("什么型号" after "要几个步进
// 电机"): alone it names no item, and any model number would do. A part
// with words of its own ("能吸多重", "多少钱") is answered on its own, as
// the other part's asking words would count against its answer.
func withDroppedSubject(parts []string, i int) string {
	if i > 0 && zhPronounLed.MatchString(parts[i]) {
		if item := zhAskedOf.ReplaceAllString(strings.TrimSpace(parts[i-1]), ""); item != parts[i-1] {
			return item + zhPronounLed.ReplaceAllString(parts[i], "")
		}
	}
	if i > 0 && zhSelfLed.MatchString(parts[i]) {
		if m := zhLeadingItem.FindStringSubmatch(strings.TrimSpace(parts[i-1])); m != nil {
			return m[1] + parts[i] // "自身多重" after "笔夹持器能上下伸缩多少行程": the pen holder's own weight
		}
	}
	if i == 0 || !zhWhichModel.MatchString(strings.TrimSpace(parts[i])) {
		return parts[i]
	}
	return parts[i-1] + " " + parts[i]
}

// zhPronounLed opens a part with a pronoun for the item the part before
// names ("它起什么作用" after "Viton O 形圈外径是多少"), and zhAskedOf is
// what that part asks of the item: the item alone is what the pronoun
// stands for.
var (
	zhPronounLed = regexp.MustCompile(`^\s*(?:它们|它|这个东西|这东西|这个|其)`)
	zhAskedOf    = regexp.MustCompile(`的?\p{Han}{2}(?:是多少|为多少|是什么|是几|有多大|有多重|有多长|多大|多少|多重|多长|多高)[？?]?$`)
)

// zhSelfLed opens a part with "itself" ("自身多重", "本身有多大"), and
// zhLeadingItem is the item a Chinese part opens with, up to its first
// asking or modal word.
var (
	zhSelfLed     = regexp.MustCompile(`^\s*(?:自身|本身|自己)`)
	zhLeadingItem = regexp.MustCompile(`^(\p{Han}{2,12}?)(?:能|可以|可|的|有|是|要|需要|得|多|几|怎|什么|哪|用|在|会)`)
)

var zhWhichModel = regexp.MustCompile(`^(?:是|用|用的是)?(?:什么|哪种|哪个|哪一种|啥)(?:型号|规格|牌子|品牌)的?[吗呢？?]*$`)

// zhDroppedSubject opens a Chinese clause with its question word or verb,
// the item left to the clause before.
var zhDroppedSubject = regexp.MustCompile(`^\s*(?:(?:又|还|分别|都)?是(?:哪|什么|啥|多少|几)|哪|什么|啥|多少|几|多久|多长|多大|多重|要|需要|得|能|可以|怎么|怎样|如何|咋|是否|是不是|有没有)`)

// answerParts answers each part of a compound question from ev, and
// reports whether every part was; it fails unless at least one part is.
func (x *Extractive) answerParts(ctx context.Context, ev *retrieval.Evidence) (d Draft, complete, ok bool) {
	parts := questionParts(ev.Question.Text)
	if parts == nil {
		return Draft{}, false, false
	}
	lang := ev.Question.AnswerLang()
	one := *x
	if len(parts) > 1 {
		one.MaxSentences = 1 // a part is answered by its best sentence
	}
	var texts, missing []string
	// Two measures asked together ("flow and head at the duty point")
	// part the question only at the measure: what retrieval found of the
	// whole is as much of each part.
	measurePair := enMeasurePair.MatchString(ev.Question.Text)
	for i, p := range parts {
		if i > 0 && slices.Contains(missing, parts[i-1]) && refersBack(p) {
			missing = append(missing, p) // "its capacity", of an item the last part found nothing on
			continue
		}
		if i > 0 && !slices.Contains(missing, parts[i-1]) && asksMoreOfThat.MatchString(p) {
			continue // "anything in the safety notes about that?": the part before's answer is it
		}
		if i > 0 && measuredInAnswer(p, texts) {
			continue // "用多大电压测" of the insulation test: its step says "at 500 V DC"
		}
		sub := *ev
		sub.Question = retrieval.Analyze(withDroppedSubject(parts, i))
		if sub.Question.AnswerLang() != lang {
			sub.Question.Lang = ev.Question.Lang // a part in Latin letters of a Chinese question
		}
		if !measurePair {
			sub.Trace.Coverage = 0 // retrieval measured the whole question
		}
		d, err := one.answerWhole(ctx, &sub)
		if err != nil || d.Abstained {
			missing = append(missing, p)
			continue
		}
		// A part another part's answer already says ("Wear parts are not
		// covered" within the warranty entry) is not said twice.
		if !saidAlready(texts, d.Text) {
			texts = append(texts, d.Text)
		}
	}
	if len(texts) == 0 {
		return Draft{}, false, false
	}
	text := strings.Join(texts, "\n\n")
	missing = slices.DeleteFunc(missing, func(p string) bool {
		return timeAnswered(p, texts) || amountAnswered(p, texts) || namedAnswered(p, texts) || protocolAnswered(p, texts) || oftenAnswered(p, texts)
	})
	if len(missing) > 0 {
		text += "\n\n" + msgPartMissing.in(lang) + strings.Join(missing, msgListSep.in(lang))
	}
	return Draft{Text: text}, len(missing) == 0, true
}

// saidAlready reports an answer one of texts already says, whatever the
// markers: a listing cites each of its lines, so two parts answered by
// the same listing ("list the spares and quantities") differ only there.
func saidAlready(texts []string, text string) bool {
	body := strings.TrimSpace(reMarker.ReplaceAllString(text, ""))
	return slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(reMarker.ReplaceAllString(t, ""), body) })
}

// namedAnswered reports a part that asks a specification in everyday
// words alone ("这泵吵不吵" of 一米外噪声多少分贝) where another part's
// answer states it by the documents' name (噪声): the noise level given
// answers whether it is loud. A part naming anything more is its own.
func namedAnswered(part string, answers []string) bool {
	said := strings.ToLower(strings.Join(answers, "\n"))
	for _, f := range specForms(part) {
		if !namedIn(f, said) {
			continue
		}
		rest := retrieval.ContentTerms(strings.Replace(strings.ToLower(part), f.Asked, " ", 1))
		if !slices.ContainsFunc(rest, func(t string) bool { return utf8.RuneCountInString(t) > 1 }) {
			return true
		}
	}
	return false
}

// zhMeasuredWith asks with what measure the thing before is done, its
// subject dropped: "用多大电压测", "拿多大扭矩拧".
var zhMeasuredWith = regexp.MustCompile(`^\s*(?:用|拿|以|按)(?:多大|多少|多高|什么)`)

// measuredInAnswer reports such a part whose measure an answer already
// given states in its unit: the step found for the part before says how
// it is done ("Measure the insulation resistance … at 500 V DC").
func measuredInAnswer(part string, answers []string) bool {
	if !zhMeasuredWith.MatchString(part) {
		return false
	}
	units := unitsOf(part)
	return len(units) > 0 && len(valuesIn(strings.Join(answers, "\n"), units)) > 0
}
