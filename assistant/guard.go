package assistant

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// An answer states the asked attribute of the asked item, or none at all:
// the anchor bolts' torque never answers for the impeller nut, and a row
// without a supplier never answers "who supplies it".

// itemQuestion is the question without the terms that name the asked
// attribute (a linked parameter: "torque", "rated head"). What is left
// names the item; a passage that does not name it states the attribute of
// something else.
func itemQuestion(ev *retrieval.Evidence) (retrieval.Question, bool) {
	q := contentQuestion(ev)
	attr := map[string]bool{}
	for _, l := range ev.Linked {
		if l.Entity.Type != kg.Parameter {
			continue
		}
		names := append([]string{l.Entity.Name, l.Surface}, l.Entity.Aliases...)
		for _, t := range retrieval.ContentTerms(strings.Join(names, " ")) {
			attr[t] = true
		}
	}
	if len(attr) == 0 {
		return q, false
	}
	var terms []string
	for _, t := range q.Terms {
		if !attr[t] {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q, true
}

// namesItem reports whether text names the item the question asks about:
// every code or figure of the question, and half of its other item terms.
func namesItem(iq retrieval.Question, all []string, text string) bool {
	return namesItemSets(iq, all, text, nil)
}

// namesItemSets is namesItem reading the text's tokens from sets.
func namesItemSets(iq retrieval.Question, all []string, text string, sets tokenSets) bool {
	if !codesInSets(all, text, sets) {
		return false
	}
	if len(iq.Terms) < 2 {
		return true // one word left over is phrasing ("allowed"), not an item
	}
	return share(iq, sets.of(text)) >= 0.5
}

// supportText is the text of the passages a fact cites, with their sections.
func supportText(ev *retrieval.Evidence, cites []int) string {
	var b strings.Builder
	for _, n := range cites {
		if it, ok := ev.Item(n); ok {
			b.WriteString(it.Chunk.SectionPath() + " " + it.Chunk.Text + " ")
		}
	}
	return b.String()
}

// attributeRoles are the record fields a customer asks for by name; when
// the question names one, a passage must state it.
var attributeRoles = map[string]bool{
	"supplier": true, "cost": true, "material": true, "action": true, "remedy": true,
	"effect": true, "downtime": true, "lead_time": true,
}

// priceCues ask for a price without naming the column.
var (
	priceCues = []string{"多少钱", "how much does it cost", "how much is a", "how much is the", "what does it cost",
		"what do we pay", "what do i pay", "how much do we pay", "how much do i pay", "what would we pay", "charge for", "价钱", "价格"}
	priceNames = []string{"price", "cost", "unit price", "单价", "价格", "成本", "费用"}
	// costAsked is "how much does the impeller cost", "what would a
	// replacement seal cost": the thing named between the asking and the
	// verb.
	costAsked = regexp.MustCompile(`\b(?:how much|what) (?:does|do|did|would|will) (?:a |an |the |one |our |this |that |my )?[^?,.]{1,40}? cost\b`)
)

// emphasis are the asker's stress words, which stand between the words
// of a cue: "who actually makes" asks who makes.
var emphasis = strings.NewReplacer(" actually ", " ", " really ", " ", " exactly ", " ", " even ", " ")

// askedAttribute returns the names of the record field the question asks
// for, from the table mappings, or nil.
func askedAttribute(question string) []string {
	lower := emphasis.Replace(strings.ToLower(question))
	words := questionWords(question)
	for _, c := range mappings.Columns() {
		if attributeRoles[c.Role] && namesFieldNear(lower, words, c.Synonyms) {
			return c.Synonyms
		}
	}
	for _, c := range priceCues {
		if strings.Contains(lower, c) {
			return priceNames
		}
	}
	if costAsked.MatchString(lower) {
		return priceNames
	}
	for _, c := range supplierCues {
		if strings.Contains(lower, c) {
			return supplierNames
		}
	}
	if boughtFrom.MatchString(lower) {
		return supplierNames
	}
	for _, c := range batchCues {
		if strings.Contains(lower, c) {
			return batchNames
		}
	}
	for _, c := range reliabilityCues {
		if strings.Contains(lower, c) {
			return reliabilityNames
		}
	}
	// Who casts, machines or forges a part is who supplies it, as
	// retrieval reads the question too.
	forms := retrieval.ParaphrasedForms(question)
	for _, f := range forms {
		if slices.Contains(f.Named, "supplier") {
			return supplierNames
		}
	}
	// "how long does one take to come in" is the lead time, said as
	// retrieval reads it
	for _, f := range forms {
		for _, c := range mappings.Columns() {
			if attributeRoles[c.Role] && slices.ContainsFunc(f.Named, func(n string) bool { return slices.Contains(c.Synonyms, n) }) {
				return c.Synonyms
			}
		}
	}
	return nil
}

// asksPrice reports field names that ask what something costs.
func asksPrice(names []string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return n == "price" || n == "cost" })
}

// amount is a sum of money: a currency beside a figure, or a price or
// cost label just before one ("Unit price (CNY): 680", "cost is 45"). A
// "low-cost" design or "cheap optics" states none.
var amount = regexp.MustCompile(`(?i)[$¥€£]\s*\d|\d\s*(?:usd|cny|rmb|eur|gbp|dollars?|元|美元)|(?:price|cost|单价|价格|费用|成本)(?:\s*pp|\s*\([^)]{0,8}\))?\s*[:：=]?\s*(?:is\s+|of\s+|约)?[$¥€£]?\s*\d`)

func statesAmount(text string) bool { return amount.MatchString(text) }

// supplierCues ask who supplies a part without naming the column: "who
// makes the seal for you", "变送器是哪家供应的". Chinese "哪家卖" as often
// asks for a shop a parts list names in its links, with no supplier
// column, so it is not one.
var (
	supplierCues = []string{"who makes", "who supplies", "who manufactures", "who builds",
		"哪家供应", "哪家供货", "谁供应", "谁供货", "哪家生产", "哪个厂家", "哪家厂", "谁家生产", "哪家公司供"}
	supplierNames = []string{"supplier", "vendor", "manufacturer", "供应商", "厂家", "制造商"}
)

// boughtFrom asks whom a part is bought from, as a buyer says it: "who do
// we buy the bearings from", "who do we get the motor from", "which
// vendor do we order seals from",
// "轴承从哪家采购". The "from" ends the clause, since "buy spares from
// the dealer" names the seller rather than asks it.
var boughtFrom = regexp.MustCompile(`\bwho\b[^?？]*\b(?:get|gets|got)\b[^?？.;,]{0,60}\bfrom\s*(?:[?？.;,]|$)|\b(?:buy|buying|bought|purchase|purchased|purchasing|source|sourced|order|ordered|procure|procured)\b[^?？.;,]{0,60}\bfrom\s*(?:[?？.;,]|$)|(?:从|向|跟)(?:哪家|哪个厂|哪个供应商|谁)(?:买|采购|订|进货)|(?:哪家|哪个供应商)采购`)

// Which batch or lot of a part is at fault is answered by a passage that
// names the batch; one that only names the part ("pressure transmitter
// and level switch") says nothing of it.
var (
	batchCues  = []string{"which batch", "which lot", "batch number", "lot number", "哪批", "哪一批", "哪个批次", "什么批次", "批号"}
	batchNames = []string{"batch", "lot number", "批号", "批次"}
)

// A reliability figure (MTBF, MTTR, design life) is answered by a passage
// that states it; a fault line with a code and a remedy says nothing of how
// long the motor runs between failures.
var (
	reliabilityCues  = []string{"mtbf", "mttr", "mean time between", "mean time to repair", "平均无故障", "平均故障间隔", "无故障时间", "平均修复时间"}
	reliabilityNames = []string{"MTBF", "MTTR", "mean time between failures", "mean time to repair", "平均无故障工作时间", "平均故障间隔时间", "平均修复时间"}
)

// faultWords are the stems that ask which batch is at fault ("which batch
// is faulty"): the passage names the batch's defect in its own words
// ("the connector seal is poor").
var faultWords = map[string]bool{"faulti": true, "fault": true, "defect": true, "defective": true, "problem": true, "bad": true, "wrong": true, "issu": true}

// missingAttribute reports a question that names a field no passage about
// its item states.
func missingAttribute(ev *retrieval.Evidence) (string, bool) {
	names := askedAttribute(ev.Question.Text)
	if names == nil {
		return "", false
	}
	codes := codeTerms(ev)
	item := withoutNames(ev.Question, fieldNames(strings.Join(names, " ")))
	var terms []string
	for _, t := range item.Terms {
		if !productTerm(ev, t) {
			terms = append(terms, t)
		}
	}
	// "how much does the HF-CP200 cost": the product itself, which no
	// row of its parts list prices
	productOnly := len(terms) == 0 && len(item.Terms) > 0 && asksPrice(names)
	productWords := item
	item.Terms = terms
	if slices.Equal(names, batchNames) {
		item = withoutTermsWhere(item, func(t string) bool { return faultWords[t] })
	}
	for _, it := range ev.Items {
		if productOnly && (it.Chunk.Kind == "table_row" || share(productWords, retrieval.TokenSet(it.Chunk.Text)) == 0) {
			continue // a part's row, or a price that names no product
		}
		text := it.Chunk.SectionPath() + " " + it.Chunk.Text
		if it.Chunk.Kind == "table_row" && len(item.Terms) > 0 && onlyInBrackets(item, it.Chunk.Text) {
			continue // the bearing "(pump end)" is no pump
		}
		if statesField(text, names) && (!asksPrice(names) || statesAmount(text)) && codesIn(codes, text+" "+docName(it.Chunk)) &&
			(len(item.Terms) == 0 || share(item, retrieval.TokenSet(text)) >= 0.5) {
			return "", false
		}
	}
	return names[0], true
}

// statesField reports a passage that names the field as written: the
// header or a synonym as a whole word, since "supply" in a passage about
// the power supply is not a supplier.
func statesField(text string, names []string) bool {
	if asksMaterial(strings.Join(names, " ")) && statesMaterial(text) {
		return true
	}
	lower := strings.ToLower(text)
	for _, n := range names {
		n = normHeader(n)
		if n == "" {
			continue
		}
		if !isASCII(n) {
			if strings.Contains(lower, n) {
				return true
			}
			continue
		}
		// A heading names the field in the plural ("Materials", "Suppliers").
		if len(n) >= 3 && (wordInText(lower, n) || wordInText(lower, n+"s") || wordInText(lower, n+"es")) {
			return true
		}
	}
	return false
}

// wordInText finds w in text on word boundaries.
func wordInText(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordChar(text[j-1])
		after := j+len(w) >= len(text) || !isWordChar(text[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// computedCovers reports whether a computed listing is about what the
// question asks: its subject and lines, in any of their names, carry a
// third of the question's terms.
func computedCovers(ev *retrieval.Evidence, c retrieval.Computed, q retrieval.Question) bool {
	if len(q.Terms) == 0 {
		return true
	}
	return 3*share(q, retrieval.TokenSet(computedText(ev, c))) >= 1
}

// computedText is everything a computed answer names, in all its names.
func computedText(ev *retrieval.Evidence, c retrieval.Computed) string {
	var b strings.Builder
	name := func(id, n string) {
		b.WriteString(n + " ")
		if e, ok := ev.Entities[id]; ok {
			b.WriteString(strings.Join(e.Aliases, " ") + " ")
		}
	}
	name(c.SubjectID, c.Subject)
	name(c.TargetID, c.Target)
	var walk func([]retrieval.Line)
	walk = func(ls []retrieval.Line) {
		for _, l := range ls {
			name(l.ID, l.Name)
			for _, v := range l.Props {
				b.WriteString(v + " ")
			}
			walk(l.Children)
		}
	}
	walk(c.Lines)
	walk(c.Tops)
	return b.String()
}

// answerCoverage is the share of the question the evidence covers, with
// Chinese counted by character: a Chinese question's terms are character
// pairs, and the pairs that straddle two words ("时最" in 每小时最多) are
// in no passage of either language, so counting pairs would call a
// well-covered question uncovered. A character counts when a covered pair
// holds it.
func answerCoverage(ev *retrieval.Evidence) float64 {
	q := withoutAskingOut(ev.Question)
	if len(q.Terms) == 0 {
		return 0
	}
	// A document's location names what it is about ("openflexure-v6/docs/
	// 3_illumination.md"): the product a question names is covered there,
	// though no passage repeats it.
	var where strings.Builder
	for _, it := range ev.Items {
		where.WriteString(" " + locationWords(it.Chunk.DocURI))
	}
	text := ev.Text()
	if statesEmail(text) {
		where.WriteString(" email 邮箱") // an address is the e-mail asked for, without the word
	}
	where.WriteString(unitWordsStated(q.Text, text))
	return share(q, retrieval.TokenSet(text+where.String()))
}

// share is the part of q's terms that have holds, Chinese counted by
// character (see answerCoverage).
func share(q retrieval.Question, have map[string]bool) float64 {
	if len(q.Terms) == 0 {
		return 0
	}
	han, hanGot := map[rune]bool{}, map[rune]bool{}
	filler := withoutGlossaryChars(fillerChars(q.Text), q)
	var total, got int
	for _, t := range q.Terms {
		one := q
		one.Terms = []string{t}
		covered := one.Covered(have) == 1
		if !allHan(t) {
			total++
			if covered {
				got++
			}
			continue
		}
		for _, r := range t {
			if zhFunction[r] || filler[r] {
				continue
			}
			han[r] = true
			if covered {
				hanGot[r] = true
			}
		}
	}
	total += len(han)
	got += len(hanGot)
	if total == 0 {
		return 0
	}
	return float64(got) / float64(total)
}

// withoutGlossaryChars keeps as content the characters of a term the
// glossary knows: "多大" asks how big, but "夹多大" is a gripper's range.
func withoutGlossaryChars(filler map[rune]bool, q retrieval.Question) map[rune]bool {
	if len(filler) == 0 {
		return filler
	}
	for _, t := range q.Terms {
		if len(q.Alts[t]) == 0 {
			continue
		}
		for _, r := range t {
			delete(filler, r)
		}
	}
	return filler
}

// zhFunction are the characters a Chinese question phrases with, not asks
// about ("能放在室外用吗", "一点水都不出"): they pair with content characters
// into terms no passage holds, so counting them would call a covered
// question uncovered.
var zhFunction = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "的了是吗呢吧啊呀么在和与及或有个哪请我你您们他她它这那些都也还就又很太能会可以要想把被给让得到过着啥怎几多少该应需台点里一不没用之做" {
		m[r] = true
	}
	return m
}()

func hasHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// Questions that ask for an attribute of an item name it in set places:
// "what is the X of Y", "what X does Y …", "Y 的 X 是多少". The attribute's
// words must be in what answers it, or the answer states something else
// about the item ("the impeller nut: recommended stock 1" for its torque).
var (
	enAttribute = regexp.MustCompile(`(?i)^\s*what(?:'s|’s|s|\s+(?:is|are|was|were))\s+(?:the\s+)?(.+?)\s+(?:of|for)\s+`)
	// "at which flow points is the test run": the preposition asks the
	// value at which something is done.
	// "what's the max flow a CP200 can handle": the item and what it can
	// do follow the attribute, as a clause.
	enAttrClause = regexp.MustCompile(`(?i)^\s*what(?:'s|’s|s|\s+(?:is|are|was|were))\s+(?:the\s+)?((?:[a-z][a-z\-]*\s+){0,3}?[a-z][a-z\-]*)\s+(?:a|an|the|this|that|my|our|your|its)\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:can|could|will|would|may|is able to|are able to)\s+`)
	enAttrNoun   = regexp.MustCompile(`(?i)^\s*(?:what|at\s+which)\s+([a-z][a-z\- ]{2,30}?)\s+(?:does|do|did|is|are|must|should|can)\s+`)
	// "涂什么螺纹胶", "是什么材料": the noun after 什么 is what is asked.
	zhWhatNoun = regexp.MustCompile(`(?:什么|哪种)(\p{Han}{2,6}?)(?:做的|制成的|的)?(?:[？?。，,！]|吗|呢|$)`)
	// "要注意静电吗", "do I need to watch out for static": the concern is
	// what the answer must speak of; the task it comes up in ("拆镜头的
	// 时候") is only where.
	concernAsked = regexp.MustCompile(`(?i)(?:注意|小心|当心|提防)(\p{Han}{2,6}?)(?:吗|呢|[？?。]|$)|\b(?:watch\s+(?:out\s+)?for|worry\s+about|careful\s+(?:about|with)|beware\s+of)\s+([a-z][a-z\- ]{2,30}?)(?:\s+(?:when|while|during)\b|[?.]|$)`)
	zhSizeAsked  = regexp.MustCompile(`(外形尺寸|尺寸|外形|大小)(?:有)?多大`)
	zhAttribute  = regexp.MustCompile(`(\p{Han}{2,8}?)(?:至少|最多|最大|最小|最高|最低|应为|应该|大约|一般|要求|应|不低于|不小于|不大于|不高于|不超过)*(?:是\s*[A-Za-z]{1,4}\s*多少|是多少|为多少|是什么|是几|有多|多少|是哪|为何)`)
)

// Attributes asked by how much of them there is, or whether there is one:
// "多大容量", "有没有 IP 防护等级", "is there a maximum pH …", "how much
// vacuum … does it pull".
var (
	zhHowLong          = map[string]bool{"时间": true, "时候": true, "时长": true, "工夫": true}
	zhHowMuchNoun      = regexp.MustCompile(`多(?:大|高|长|重|少|宽|厚)的?(\p{Han}{2})的?(?:[？?。，,！]|吗|呢|$)`)
	zhHasAttribute     = regexp.MustCompile(`有没有\s*((?:[A-Za-z]{1,4}\s*)?\p{Han}{2,6}?)(?:[？?。，,！]|吗|呢|$)`)
	enIsThereAttribute = regexp.MustCompile(`(?i)^\s*is there (?:a|an|any)\s+((?:max(?:imum)?|min(?:imum)?|rated|permitted|allowed)\s+[a-z][a-z\-]{1,20})\b`)
	enHowMuchNoun      = regexp.MustCompile(`(?i)^\s*how much ([a-z][a-z\-]{2,20})(?:,|\s+(?:does|do|did|is|are|can|will|should)\b)`)
)

// attributeQuestion returns the terms of the attribute the question asks
// for, when its phrasing names one.
func attributeQuestion(q retrieval.Question) (retrieval.Question, bool) {
	return withMeasureAskedByUnit(q, attributeNamed)
}

// maxZhAttribute caps a Chinese attribute's name, in characters: what runs
// on before it is the item or the occasion.
const maxZhAttribute = 6

// reLeadIn ends what an asker says before the question proper: "want to
// set my overload right - what trip current …", "quick one: what …".
var reLeadIn = regexp.MustCompile(`(?i)(?:\s[-–—]+\s*|[,:;]\s+)(what|which|at which|at what)\b`)

// afterLeadIn is an English question from its question word, where a
// lead-in of the asker's comes before it.
func afterLeadIn(q string) string {
	if loc := reLeadIn.FindStringSubmatchIndex(q); loc != nil && !enAttrNoun.MatchString(q) && !enAttribute.MatchString(q) {
		return q[loc[2]:]
	}
	return q
}

// attributeNamed is the attribute the question names in words.
func attributeNamed(q retrieval.Question) (retrieval.Question, bool) {
	var attr string
	if m := zhWhatNoun.FindStringSubmatch(q.Text); m != nil {
		attr = m[1]
		if strings.HasPrefix(attr, "时候") {
			attr = "" // "什么时候需要换" asks when, which a condition answers, not a noun
		}
	} else if m := zhSizeAsked.FindStringSubmatch(q.Text); m != nil {
		attr = m[1] // "控制箱箱体外形尺寸多大": the size, of the enclosure before it
	} else if m := zhAttribute.FindStringSubmatch(q.Text); m != nil {
		attr = m[1]
		if i := strings.LastIndex(attr, "的"); i >= 0 {
			attr = attr[i+len("的"):] // "泵体螺栓的拧紧扭矩": the attribute follows 的
		}
		attr = afterWhenClause(attr)
		if r := []rune(attr); len(r) > maxZhAttribute {
			attr = string(r[retrieval.ZhWordStart(r, len(r)-maxZhAttribute):])
		}
		if zhPredicate(attr) {
			attr = "" // "这泵能输送多少度的液体": what can be done, not an attribute
		}
	} else if m := concernAsked.FindStringSubmatch(q.Text); m != nil {
		attr = m[1] + m[2]
	} else if m := enAttribute.FindStringSubmatch(q.Text); m != nil {
		// "the bore on the motor side half of the coupling": what it is
		// on is the item, which no passage names with the attribute.
		attr, _, _ = strings.Cut(m[1], " on ")
	} else if m := enAttrClause.FindStringSubmatch(q.Text); m != nil {
		attr = m[1]
	} else if m := enAttrNoun.FindStringSubmatch(q.Text); m != nil {
		attr = m[1]
	} else if m := enAttrNoun.FindStringSubmatch(afterLeadIn(q.Text)); m != nil && unitsOf(m[1]) != nil {
		attr = m[1] // a measure asked after the asker's lead-in: "want it set right - what trip current …"
	} else if a, ok := conditionAttribute(q.Text); ok {
		attr = a
	} else if m := enAttrVerb.FindStringSubmatch(q.Text); m != nil {
		attr = m[1]
	} else if m := zhHowMuchNoun.FindStringSubmatch(q.Text); m != nil && unitsOf(m[1]) == nil && !zhHowLong[m[1]] {
		attr = m[1] // "电池是多大容量的": the capacity; a measure with units is read by them
	} else if m := zhHasAttribute.FindStringSubmatch(q.Text); m != nil {
		attr = m[1] // "有没有 IP 防护等级": the protection class, if any is stated
	} else if m := enIsThereAttribute.FindStringSubmatch(q.Text); m != nil {
		attr = m[1] // "is there a maximum pH it can cope with"
	} else if m := enHowMuchNoun.FindStringSubmatch(q.Text); m != nil {
		attr = m[1] // "how much vacuum, in kPa, does it pull"
	} else {
		attr = paraphrasedSpec(q.Text)
	}
	attr = withLastingNoun(attr, q.Text)
	terms := retrieval.ContentTerms(attr)
	if len(terms) == 0 || isGenericAttribute(attr) {
		return q, false
	}
	a := q
	a.Text = attr
	a.Terms = nil
	for _, t := range terms {
		if slices.Contains(q.Terms, t) {
			a.Terms = append(a.Terms, t)
		}
	}
	return a, len(a.Terms) > 0
}

// paraphrasedSpec is the everyday form of a specification the question
// holds where no phrasing names the attribute: "the hottest pump room"
// asks the maximum ambient temperature, which the form's names say.
func paraphrasedSpec(question string) string {
	for _, f := range retrieval.ParaphrasedForms(question) {
		if f.Intent == retrieval.Specification && strings.Contains(f.Asked, " ") && !reAskingWord.MatchString(f.Asked) {
			return f.Asked
		}
	}
	return ""
}

// reAskingWord is a form that asks ("how far can it reach"): the
// phrasings above read its attribute, or it names none.
var reAskingWord = regexp.MustCompile(`\b(?:how|what|which|can|could|does|do|is|much|many)\b`)

// zhPredicate reports words before 多少 that say what something can or
// must do ("泵能输送", "要加"), where the asked measure follows 多少; 能 in
// a noun (性能, 功能, 能力) names an attribute.
func zhPredicate(attr string) bool {
	rest := zhAbilityNouns.Replace(attr)
	return strings.ContainsAny(rest, "能要") || strings.Contains(rest, "可以")
}

var zhAbilityNouns = strings.NewReplacer("性能", "", "功能", "", "能力", "", "能效", "", "能量", "", "耗能", "", "要求", "")

// statesAttribute reports whether text holds the asked attribute, or the
// question names none.
func statesAttribute(a retrieval.Question, asked bool, text string) bool {
	return statesAttributeSets(a, asked, text, nil)
}

// statesAttributeSets is statesAttribute reading the text's tokens from
// sets.
func statesAttributeSets(a retrieval.Question, asked bool, text string, sets tokenSets) bool {
	if !asked {
		return true
	}
	if !holdsAcronyms(a.Text, text) || namesSiblingOnly(a.Text, text) {
		return false
	}
	if asksPhone(a.Text) {
		return statesPhone(text)
	}
	if names := ratioAsked(a.Text); names != nil {
		return statesRatio(names, text)
	}
	// A value in the attribute's unit states it ("tighten them to 120 N·m"
	// gives a torque without the word), and so do all its words; half of
	// them will do only for an attribute without known units: "up to 5 m
	// at rated flow" gives no maximum flow.
	units := unitsOf(a.Text)
	for _, u := range units {
		if sharedUnits[u] && namesOtherLength(a.Text, text) {
			continue // "a 45mm parfocal distance" is no tube length
		}
		if unitValue(text, u) && !valuesOfOtherKind(a.Text, text, u) {
			return true
		}
	}
	if asksMaterial(a.Text) && statesMaterial(text) || asksColour(a.Text) && statesColour(text) || asksDesignation(a.Text) && statesDesignation(text) || asksThread(a.Text) && statesThread(text) || asksDirection(a.Text) && reDirectionStated.MatchString(text) || asksEmail(a.Text) && statesEmail(text) || statesSize(a.Text, text) || statesPeriod(a, text) {
		return true
	}
	have := sets.of(text)
	sh := share(a, have)
	return sh >= 0.999 || units == nil && sh >= 0.5 && statesHead(a, have) && !headByStemOnly(a, have, text)
}

// headByStemOnly reports an English attribute of two words of which text
// holds only the head, and that only as another word with its stem:
// "baud rate" is not stated by "rated current". A text that writes the
// head itself ("Range -168 ~ +168" for "rotation range") may state it.
func headByStemOnly(a retrieval.Question, have map[string]bool, text string) bool {
	words := strings.Fields(strings.ToLower(a.Text))
	if len(a.Terms) != 2 || len(words) == 0 || !isASCII(a.Text) || have[a.Terms[0]] {
		return false
	}
	head := words[len(words)-1]
	for _, w := range strings.FieldsFunc(strings.ToLower(text), notWordRune) {
		if w == head || w == head+"s" {
			return false
		}
	}
	return true
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// statesSize reports a size asked for ("插座的尺寸") given by one of its
// dimensions in a length unit ("外径6.5mm，内径2.0mm"). A bare length is
// not enough: "particle size up to 0.2 mm" is no size of the pump.
func statesSize(attr, text string) bool {
	if !asksSize(attr) {
		return false
	}
	if nominalSize.MatchString(text) || statesDimensions(attr, text) || statesNamedSize(attr, text) {
		return true // "DN65 / DN50": a pipe or flange is sized by its nominal size
	}
	lower := strings.ToLower(text)
	return slices.ContainsFunc(dimensionWords, func(w string) bool { return strings.Contains(lower, w) }) && (unitValue(lower, "mm") || unitValue(lower, "cm"))
}

// reNamedSize is a size named by what is sized: "frame size", "thread
// size", "hose size".
var reNamedSize = regexp.MustCompile(`(?i)\b([a-z]+) size$`)

// statesNamedSize reports such a size given as its name and a designation
// with a figure: "frame 132S" states the motor's frame size.
func statesNamedSize(attr, text string) bool {
	m := reNamedSize.FindStringSubmatch(strings.TrimSpace(attr))
	if m == nil {
		return false
	}
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(m[1]) + `\s+[A-Z]*\d[\w./-]*`)
	return err == nil && re.MatchString(text)
}

// statesDimensions reports a size asked for given as its dimensions
// written as one ("O-ring, 30x2mm", "180mmx180mm"): unlike a single
// length, two lengths multiplied say nothing but the size.
func statesDimensions(attr, text string) bool {
	return asksSize(attr) && (lengthsMultiplied(text) || threeDimensions.MatchString(text) || gridSize(text))
}

// reGrid is two counts multiplied without a unit: a matrix's "5*5", a
// pattern's "4 x 6".
var reGrid = regexp.MustCompile(`\b\d{1,3}\s?[x×*]\s?\d{1,3}\b`)

// gridSize reports a grid's size, not a cable's cores times their
// cross-section ("4x4 mm²") nor a thread's diameter times its length.
func gridSize(text string) bool {
	for _, loc := range reGrid.FindAllStringIndex(text, -1) {
		rest := strings.TrimLeft(text[loc[1]:], " ")
		if before, _ := utf8.DecodeLastRuneInString(text[:loc[0]]); unicode.IsLetter(before) {
			continue // "M12x40"
		}
		if !strings.HasPrefix(rest, "mm") && !strings.HasPrefix(rest, "²") && !strings.HasPrefix(rest, "cm") {
			return true
		}
	}
	return false
}

// lengthsMultiplied reports two lengths multiplied, not a cable's cores
// times their cross-section ("4x4 mm²").
func lengthsMultiplied(text string) bool {
	for _, loc := range dimensionsProduct.FindAllStringIndex(text, -1) {
		if rest := text[loc[1]:]; !strings.HasPrefix(rest, "²") && !strings.HasPrefix(rest, "2") && !strings.HasPrefix(rest, "^2") {
			return true
		}
	}
	return false
}

// threeDimensions are three lengths multiplied without a unit, as a
// standard part's size is written: the key "GB/T 1096 8x7x32".
var threeDimensions = regexp.MustCompile(`\b\d+(?:\.\d+)?\s?[x×*]\s?\d+(?:\.\d+)?\s?[x×*]\s?\d+(?:\.\d+)?\b`)

func asksSize(attr string) bool {
	return slices.ContainsFunc(sizeWords, func(w string) bool { return strings.Contains(strings.ToLower(attr), w) })
}

var (
	// 外形尺寸 is cut into 外形, 形尺 and 尺寸; each asks the size.
	sizeWords   = []string{"尺寸", "外形", "形尺", "大小", "dimension", "size"}
	nominalSize = regexp.MustCompile(`\b(?:DN|NPS)\s?\d{1,4}\b`)
	// Two lengths multiplied, in a length unit: "30x2mm", "180mm x 180mm".
	dimensionsProduct = regexp.MustCompile(`(?i)\b\d+(?:\.\d+)?\s?(?:mm|cm)?\s?[x×*]\s?\d+(?:\.\d+)?\s?(?:mm|cm)\b`)
	dimensionWords    = []string{"外径", "内径", "直径", "长度", "宽度", "高度", "长×宽", "diameter", "length", "width", "height"}
)

// unitsOf returns the units of the attribute named in text, if known.
func unitsOf(text string) []string {
	lower := ratioNames.Replace(spelledOut(strings.ToLower(text)))
	var out []string
	for word, units := range attributeUnits {
		if strings.Contains(lower, word) {
			out = append(out, units...)
		}
	}
	return out
}

// ratioAttributes are attributes without a unit whose names hold a
// measure's word, each in its names in either language: a power factor is
// no power, and "7.5 kW" does not state it. They are cut from an attribute
// before its units are looked up, and a text states one only by name.
var ratioAttributes = [][]string{
	// before the speed ratio, whose "速比" 减速比 holds
	gearRatio,
	{"功率因数", "功率因素", "power factor", "cos φ", "cosφ"},
	{"电压比", "voltage ratio"}, {"压力比", "pressure ratio"}, {"压缩比", "compression ratio"},
	{"转速比", "速比", "speed ratio"}, {"扭矩比", "torque ratio"}, {"重量比", "weight ratio"},
	{"流量系数", "flow coefficient"}, {"温度系数", "temperature coefficient"},
}

var ratioNames = func() *strings.Replacer {
	var pairs []string
	for _, names := range ratioAttributes {
		for _, n := range names {
			pairs = append(pairs, n, " ")
		}
	}
	return strings.NewReplacer(pairs...)
}()

// ratioAsked returns the names of the ratio attribute attr asks for, or nil.
func ratioAsked(attr string) []string {
	lower := strings.ToLower(attr)
	for _, names := range ratioAttributes {
		if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(lower, n) }) {
			return names
		}
	}
	return nil
}

// statesRatio reports a text that names one of the ratio's names. A parts
// list gives a gear motor's reduction as its figure and the bare word
// ("Planetary Gear Motor (26.9:1 Ratio, …)"), which states a gear ratio.
func statesRatio(names []string, text string) bool {
	lower := strings.ToLower(text)
	if slices.Equal(names, gearRatio) && figuredRatio.MatchString(lower) {
		return true
	}
	return slices.ContainsFunc(names, func(n string) bool { return strings.Contains(lower, n) })
}

var (
	gearRatio    = []string{"减速比", "传动比", "gear ratio", "reduction ratio"}
	figuredRatio = regexp.MustCompile(`\b\d+(?:\.\d+)?\s*:\s*1\s+ratio\b|\bratio\s*(?:of\s*)?\d+(?:\.\d+)?\s*:\s*1\b`)
)

// genericAttribute names no attribute in particular: any value of the item
// answers "what is its specification".
var genericAttribute = map[string]bool{
	"规格": true, "参数": true, "规格参数": true, "技术参数": true, "数据": true,
	"spec": true, "specs": true, "specification": true, "specifications": true, "rating": true, "ratings": true, "data": true, "value": true,
	// "存放时温度和湿度有什么要求": the conditions asked are named before it
	"要求": true, "条件": true, "requirement": true, "requirements": true,
	// "what do I need to do before the first start", "要做什么准备": what
	// to do is asked, which the procedure's steps answer in their words
	"do i need to": true, "do we need to": true, "do i have to": true, "do we have to": true,
	"准备": true, "准备工作": true, "注意事项": true,
}

// genericHeads begin a Chinese attribute that asks what is wrong or what
// to do ("什么毛病", "什么办法改善", "E06 是什么故障"), not for a named
// value: the diagnosis, the code's definition or the remedy answers it in
// its own words.
var genericHeads = []string{"意思", "含义", "毛病", "问题", "故障", "情况", "办法", "方法", "措施", "检查", "保养", "维护", "操作", "处理", "准备"}

// partNouns name a part as a kind: "还有什么零件要一起换" asks for a part,
// which a sentence names by its own name, never by the word 零件. Before
// a noun of their own ("备件号") they name a field.
var partNouns = regexp.MustCompile(`^(?:零件|部件|配件|备件)(?:$|[要需该得会都也还能可是必一])`)

func isGenericAttribute(attr string) bool {
	attr = strings.ToLower(strings.TrimSpace(attr))
	if genericAttribute[attr] || partNouns.MatchString(attr) {
		return true
	}
	for _, h := range genericHeads {
		if strings.HasPrefix(attr, h) {
			return true
		}
	}
	return false
}

// attributeUnits are the units that state an attribute by themselves,
// keyed by the attribute's words in either language.
var attributeUnits = map[string][]string{
	"torque": {"N·m", "Nm", "N.m"}, "扭矩": {"N·m", "Nm", "N.m"}, "力矩": {"N·m", "Nm", "N.m"}, "扭力": {"N·m", "Nm", "N.m"},
	"pressure": {"MPa", "bar", "kPa"}, "压力": {"MPa", "bar", "kPa"},
	"temperature": {"°C", "℃"}, "温度": {"°C", "℃"},
	"voltage": {"V"}, "电压": {"V"}, "current": {"A", "mA"}, "电流": {"A", "mA"},
	"power": {"kW", "W"}, "功率": {"kW", "W"},
	"resistance": {"Ω", "MΩ", "ohms", "Ohms", "ohm", "Ohm"}, "电阻": {"Ω", "MΩ", "ohms", "Ohms", "ohm", "Ohm"},
	"frequency": {"Hz"}, "频率": {"Hz"},
	// A processor's clock is stated in MHz ("CPU: 240MHz Dual Core").
	"主频": {"MHz", "GHz"}, "clock speed": {"MHz", "GHz"},
	"weight": {"kg", "g"}, "重量": {"kg", "g"}, "mass": {"kg", "g"}, "质量": {"kg", "g"},
	"flow": {"m³/h", "l/min"}, "流量": {"m³/h", "l/min"},
	"noise": {"dB"}, "噪声": {"dB"}, "噪音": {"dB"},
	"vibration": {"mm/s"}, "振动": {"mm/s"},
	// A liquid's viscosity: "up to 20 cSt", "≤ 20 mm²/s".
	"viscosity": viscosityUnits, "粘度": viscosityUnits, "黏度": viscosityUnits,
	"speed": {"r/min", "rpm"}, "转速": {"r/min", "rpm"},
	// A vehicle's speed over ground, not a shaft's.
	"时速": {"km/h", "m/s", "mph"}, "车速": {"km/h", "m/s", "mph"}, "ground speed": {"km/h", "m/s", "mph"},
	"diameter": lengthUnits, "直径": lengthUnits, "外径": lengthUnits, "内径": lengthUnits,
	// A coat's or a plating's thickness is stated in micrometres ("dry
	// film thickness 80 to 120 µm").
	"thickness": lengthUnits, "厚度": lengthUnits,
	// A lens's focal length and an objective's tube length: "Focal length:
	// 50mm", "Tube length: 160mm".
	"focal length": lengthUnits, "焦距": lengthUnits, "tube length": lengthUnits, "筒长": lengthUnits,
	// An alignment's offset: "radial offset at most 0.10 mm".
	"misalignment": lengthUnits, "对中偏差": lengthUnits, "径向偏差": lengthUnits,
	// A pipe's or flange's size is its nominal diameter: "DN50".
	"口径": {"DN"}, "通径": {"DN"}, "nominal size": {"DN"}, "nominal diameter": {"DN"},
	// How level a base must be is a slope: "within 0.2 mm/m".
	"how level": {"mm/m"}, "levelness": {"mm/m"}, "水平度": {"mm/m"}, "多平": {"mm/m"},
	"cross-section": {"mm²", "mm2"}, "cross section": {"mm²", "mm2"}, "截面": {"mm²", "mm2"}, "线径": {"mm²", "mm2"},
}

var viscosityUnits = []string{"cSt", "mm²/s", "mm2/s", "mPa·s", "mPa.s", "cP"}

// lengthUnits state a length. The measures stated in them share the one
// list, so that the measure a question asks is read the same whichever of
// its words is found first; "µm" is written with either micro sign.
var lengthUnits = []string{"mm", "cm", "µm", "μm"}

// unitValue reports a number followed by unit u in text.
func unitValue(text, u string) bool {
	if prefixUnits[u] {
		return prefixUnitValue(text, u)
	}
	return anyOccurrence(text, u, func(i int) bool {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:i], " "))
		after := text[i+len(u):]
		n, _ := utf8.DecodeRuneInString(after)
		return unicode.IsDigit(r) && (after == "" || !unicode.IsLetter(n))
	})
}

// prefixUnits are written before their figure: "DN50".
var prefixUnits = map[string]bool{"DN": true}

// prefixUnitValue reports u followed by a figure, not inside a word.
func prefixUnitValue(text, u string) bool {
	return anyOccurrence(text, u, func(i int) bool {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		d, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i+len(u):], " "))
		return (i == 0 || !unicode.IsLetter(before)) && unicode.IsDigit(d)
	})
}

// anyOccurrence reports an occurrence of sub in text, at byte i, for
// which holds(i) is true.
func anyOccurrence(text, sub string, holds func(i int) bool) bool {
	for i := strings.Index(text, sub); i >= 0; {
		if holds(i) {
			return true
		}
		j := strings.Index(text[i+len(sub):], sub)
		if j < 0 {
			return false
		}
		i += len(sub) + j
	}
	return false
}

// aliases are an entity's other names, for matching the asked attribute.
func (n *namer) aliases(id string) []string { return n.ents[id].Aliases }

// durationQuestion asks how long or how often, which a parts listing
// never answers even when "how many" reads like a quantity.
var durationQuestion = regexp.MustCompile(`(?i)how (?:many|much) (?:operating |running |labou?r |man[- ]|work(?:ing)? )?(?:hours|days|weeks|months|years|times|minutes|seconds|starts)|多少(?:小时|天|次|个月|年|分钟|秒|周|工时)|几(?:次|天|个月|年|小时|分钟|周)`)

func asksDuration(q string) bool { return durationQuestion.MatchString(q) }

// partsQuestion asks for the parts of something, which a BOM explosion
// answers whatever else the question names.
var partsQuestion = regexp.MustCompile(`(?i)\b(?:parts?|components?|make up|made up|consists?|bill of materials|bom)\b|组成|零件|部件|组件|物料`)

func asksParts(q string) bool { return partsQuestion.MatchString(q) }

// statesHead reports the attribute's head word, its last ("tolerance" of
// "coupling alignment tolerance"), held by have: the words before it
// only narrow it, so a text with them alone states something else.
func statesHead(a retrieval.Question, have map[string]bool) bool {
	if len(a.Terms) == 0 {
		return true
	}
	head := a
	head.Terms = a.Terms[len(a.Terms)-1:]
	if allHan(head.Terms[0]) {
		return true // a Chinese question's pairs do not show where its head is
	}
	return share(head, have) > 0
}
