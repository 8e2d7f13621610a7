package assistant

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/retrieval"
)

// An answer quoted from the other language's document opens with a line
// in the asker's own: the figures and codes the quote gives, which read
// alike in both languages, under the asker's words for what was asked
// ("型号：25 A、gG（据英文文档）[1]"). The quote, labelled, follows.

var (
	msgLeadAttr = msg{"%s: %s (per the Chinese document) [%d]", "%s：%s（据英文文档）[%d]"}
	msgLead     = msg{"The Chinese document gives %s [%d]", "英文文档给出：%s [%d]"}
)

var msgLeadVerdict = msg{"%s (per the Chinese document). [%d]", "%s（据英文文档）。[%d]"}

// verdictWord is a quote's opening yes or no in lang, in the Chinese
// question's own verb: 能…吗 is answered 能 or 不能, 可以…吗 可以 or 不可以.
func verdictWord(quote, question, lang string) string {
	no := regexp.MustCompile(`^(?i:no)\b|^不`).MatchString(strings.TrimSpace(quote))
	if lang != "zh" {
		if no {
			return "No"
		}
		return "Yes"
	}
	verb := "可以"
	switch {
	case strings.Contains(question, "可以") || strings.Contains(question, "可不可以"):
	case strings.Contains(question, "能"):
		verb = "能"
	case strings.Contains(question, "是"):
		verb = "是"
	}
	if no {
		return "不" + verb
	}
	return verb
}

// verdictTopic is what a Chinese verdict is about, in the documents' term
// for it: the FAQ entry asks "Is the HF-CP200 self-priming?", the asker
// "这泵能自己吸上水吗", and "不能" alone would leave the reader to trust
// that the two ask the same. The glossary's word for the entry's question
// that the asker did not use ("自吸") follows the verdict: "不能自吸".
func verdictTopic(ev *retrieval.Evidence, n int, lang string) string {
	if lang != "zh" {
		return ""
	}
	it, ok := ev.Item(n)
	if !ok {
		return ""
	}
	fq := faqQuestion(it.Chunk)
	if fq == "" {
		return ""
	}
	for _, g := range retrieval.Gloss(fq, it.Chunk.Lang, 3) {
		_, zh, ok := strings.Cut(g, " = ")
		if ok && zh != "" && !strings.Contains(ev.Question.Text, zh) && !productTerm(ev, strings.ToLower(zh)) {
			return zh
		}
	}
	return ""
}

// opensWithVerdict reports a quote that opens by saying yes or no.
func opensWithVerdict(quote string) bool {
	return verdictLead.MatchString(strings.TrimSpace(quote))
}

var verdictLead = regexp.MustCompile(`^(?i:yes|no)\b|^(?:可以|是的|不能|不可以|不行|不)[，,。]`)

// maxLeadFigures bounds the figures a lead repeats.
const maxLeadFigures = 4

// reLeadFigure is a figure with its unit, or a range of them, or a code that
// mixes letters and digits.
var reLeadFigure = regexp.MustCompile(`(?i)[±+\-−]?\d+(?:[.,]\d+)?(?:\s?(?:–|-|~|～|to|×|x)\s?\d+(?:[.,]\d+)?)*\s?(?:%|°C|℃|mm²|mm2|mm/s|mm|cm|m³/h|m3/h|r/min|rpm|kW|MPa|bar|N·m|Nm|Hz|kg|dB\(A\)|Ω|ohms?|mg/L|(?:operating\s|running\s)?hours?\b|days?\b|weeks?\b|months?\b|years?\b|V|A|W|g|m|h|min|s|K)|\b[A-Z]{1,4}-?\d+[A-Za-z0-9\-]*\b`)

// writtenRatios are ratios written as two figures ("26.9:1", "1:15").
var writtenRatios = regexp.MustCompile(`\b\d+(?:\.\d+)?\s?:\s?\d+(?:\.\d+)?\b`)

// withAskerLead puts the asker's-language lead before an answer whose
// first line quotes the other language, where the quote gives a figure
// the question does not already hold.
func withAskerLead(ev *retrieval.Evidence, text string) string {
	lang := ev.Question.AnswerLang()
	first, _, _ := strings.Cut(text, "\n")
	label := strings.SplitN(msgFromOther.in(lang), "%s", 2)[0]
	i := strings.Index(first, label)
	if i < 0 {
		return text
	}
	body := first[:i]
	n, ok := firstMarker(body)
	if !ok || isWindow(strings.TrimSpace(body)) {
		return text // a window of a long line holds figures of other things
	}
	if asksMeaning(ev.Question.Text) {
		return text // "E06 欠电压：…": what a code means is its words, not its figures
	}
	if asksWhatToDo(ev.Question.Text) {
		return text // "what to check" is answered by the remedy's words; "4 Ω" alone says nothing to do
	}
	if causeAsked.MatchString(ev.Question.Text) {
		return text // "振动大是什么原因": the cause is words; "4.5 mm/s" is the symptom's bound
	}
	if asksWordsField(ev.Question.Text) {
		return text // "绝缘失效的后果": the effect is words; the row's 2900 r/min is its function's
	}
	if opensWithVerdict(markerless(body)) && yesNoQuestion.MatchString(ev.Question.Text) {
		// "No. The cast iron casing (HT250) …": the verdict answers, its
		// figures only explain; the asker reads it in their own words.
		return fmt.Sprintf(msgLeadVerdict.in(lang), verdictWord(markerless(body), ev.Question.Text, lang)+verdictTopic(ev, n, lang), n) + "\n" + text
	}
	if quotesKeyedRow(ev, n) {
		return text // the record the question names: its codes are its fields', not the answer
	}
	a, attr := attributeQuestion(ev.Question)
	figs := leadFigures(markerless(body), ev.Question.Text)
	material := attr && asksMaterial(a.Text)
	if material {
		figs = inAskerWords(materialsIn(markerless(body)), lang)
	} else if attr {
		figs = figuresOf(a.Text, figs)
	}
	if !material {
		figs = askedMeasureOnly(figs, memo.get(ev).measure(ev).units)
	}
	if attr && ratioAsked(a.Text) != nil {
		// "减速比": a ratio has no unit; the quote's "26.9:1" is its value,
		// and the RPM beside it another measure.
		figs = writtenRatios.FindAllString(markerless(body), maxLeadFigures)
	}
	// A count alone is no value of the attribute named beside it: "3 个"
	// does not answer "什么型号" of "要几个步进电机，什么型号".
	labelled := len(figs) > 0
	if asksHowMany(ev.Question.Text) {
		if !attr && len(unitsOf(ev.Question.Text)) == 0 {
			// "一共要多少个电机": the motor's 223 RPM and 24 mm are its
			// name's figures, not how many.
			figs, labelled = nil, false
		}
		figs = append(figs, countFigures(markerless(body), ev.Question.Text, lang)...)
	}
	if len(figs) == 0 || !attr && !anyMeasured(figs) {
		return text // codes alone ("RS-485") do not answer what a code means
	}
	if howOftenOrLong.MatchString(ev.Question.Text) && !slices.ContainsFunc(figs, isDurationFigure) {
		return text // "多久加一次油": the quote's 15 g is how much, not how often
	}
	sep := ", "
	if lang == "zh" {
		sep = "、"
		for i, f := range figs {
			figs[i] = zhDurationUnits.Replace(f)
		}
	}
	list := strings.Join(figs, sep)
	if attr && labelled && hasWords(a.Text, lang) && quoteStatesAttribute(ev, a, n, markerless(body)) {
		return fmt.Sprintf(msgLeadAttr.in(lang), upperFirst(wholeLabel(strings.TrimSpace(a.Text), ev.Question.Text)), list, n) + "\n" + text
	}
	return fmt.Sprintf(msgLead.in(lang), list, n) + "\n" + text
}

// quoteStatesAttribute reports the quote cited n naming the asked
// attribute in its own language: "Usually a 10mm riser is used with a 65mm
// body to allow a 45mm parfocal distance objective" answers the second
// part of "筒长要求多少？齐焦距离呢？", and its figures are no tube length.
func quoteStatesAttribute(ev *retrieval.Evidence, a retrieval.Question, n int, quote string) bool {
	it, ok := ev.Item(n)
	if !ok {
		return true
	}
	return statesAttribute(attributeIn(a, it.Chunk.Lang, ev.Question.AnswerLang()), true, quote)
}

// howOftenOrLong asks for a time: how often, or how long.
var howOftenOrLong = regexp.MustCompile(`(?i)\bhow (?:often|long)\b|多久|多长时间|多少时间|每隔多|隔多长`)

// durationFigure is a figure in a unit of time.
var durationFigure = regexp.MustCompile(`(?i)(?:\d|\s)(?:h|min|s|(?:operating\s|running\s)?hours?|days?|weeks?|months?|years?)$`)

func isDurationFigure(f string) bool { return durationFigure.MatchString(f) }

// zhDurationUnits say an English figure's unit of time in Chinese.
var zhDurationUnits = strings.NewReplacer(" operating hours", " 运行小时", " running hours", " 运行小时",
	" hours", " 小时", " hour", " 小时", " days", " 天", " day", " 天", " weeks", " 周", " week", " 周",
	" months", " 个月", " month", " 个月", " years", " 年", " year", " 年")

// causeAsked is a question for why something happens.
var causeAsked = regexp.MustCompile(`(?i)\bwhy\b|\bwhat (?:causes|caused|could cause|can cause|is causing|makes)\b|\bcauses? of\b|原因|为什么|为何|怎么回事|咋回事`)

// whatToDo is a question that wants an action, in words remedyAsked does
// not hold: "what to check", "what do I do", "该查什么".
var whatToDo = regexp.MustCompile(`(?i)\bwhat (?:to|do i|do we|must i|must we|should i|should we|shall i|shall we|can i|can we) (?:check|do|try|look at|look for|inspect)\b|(?:该|要|应该?)(?:检查|查|做)什么|检查什么`)

// asksWhatToDo reports a question answered by what to do about a fault.
func asksWhatToDo(question string) bool {
	return remedyAsked.MatchString(question) || whatToDo.MatchString(question)
}

var reMarker = regexp.MustCompile(`\[(\d+)\]`)

// firstMarker is the first citation number in s.
func firstMarker(s string) (int, bool) {
	m := reMarker.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	var n int
	fmt.Sscanf(m[1], "%d", &n)
	return n, true
}

func markerless(s string) string { return reMarker.ReplaceAllString(s, " ") }

// leadFigures are the figures and codes of a quote, each once, without
// those the question itself gives.
func leadFigures(quote, question string) []string {
	var out []string
	q := strings.ToLower(strings.ReplaceAll(question, " ", ""))
	for _, loc := range reLeadFigure.FindAllStringIndex(quote, -1) {
		f := quote[loc[0]:loc[1]]
		if before, _ := utf8.DecodeLastRuneInString(quote[:loc[0]]); loc[0] > 0 && (before == '-' || unicode.IsLetter(before) || unicode.IsDigit(before)) {
			continue // the tail of a longer code: "CP200-S" of HF-CP200-S
		}
		if loc[1] < len(quote) && (isASCIILetter(quote[loc[1]]) || isLetterUnit(f) && quote[loc[1]] >= '0' && quote[loc[1]] <= '9') {
			continue // "5 min" read as "5 m", "2 pole" as "2 p", "280 M5" as "280 M"
		}
		f = strings.TrimSpace(f)
		if f == "" || !strings.ContainsAny(f, "0123456789") || slices.Contains(out, f) {
			continue
		}
		if strings.Contains(q, strings.ToLower(strings.ReplaceAll(f, " ", ""))) {
			continue
		}
		out = append(out, f)
		if len(out) == maxLeadFigures {
			break
		}
	}
	return out
}

// isLetterUnit reports a figure whose unit ends in a letter: a digit
// straight after it makes a model name of it.
func isLetterUnit(f string) bool {
	return f != "" && isASCIILetter(f[len(f)-1])
}

// figuresOf keeps the figures that can state the asked attribute: a code
// for a type or model, a value in the attribute's unit where it has known
// units, else any, but a code only for an attribute a code can state: a
// focal length is no "M2", though the screws beside the lens are.
func figuresOf(attr string, figs []string) []string {
	units := unitsOf(attr)
	designation := asksDesignation(attr) && !codeAttribute.MatchString(attr) // "编号" leads a code or a size alike
	if !designation && len(units) == 0 && codeAttribute.MatchString(attr) && !addressNumber.MatchString(attr) {
		return figs
	}
	if !designation && len(units) == 0 {
		return slices.DeleteFunc(slices.Clone(figs), isDesignationCode)
	}
	var out []string
	for _, f := range figs {
		if designation && isDesignationCode(f) {
			out = append(out, f)
			continue
		}
		for _, u := range units {
			if !designation && unitValue(f, u) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// codeAttribute is an attribute a code states: a specification, a size or
// thread ("M3x8"), a part or order number.
var codeAttribute = regexp.MustCompile(`(?i)规格|尺寸|螺纹|件号|编号|代码|料号|货号|订货号|\b(?:spec|specs|specification|size|thread|part\s*(?:no|number)|code|number)\b`)

// addressNumber is a number that addresses a device on a bus or a line,
// a bare figure: "E08" or "RS-485" beside it are the fault and the bus.
var addressNumber = regexp.MustCompile(`(?i)\b(?:station|slave|node|bus|device)\s+(?:no|number|id|address)\b|站号|站地址|从站地址`)

// askedMeasureOnly keeps, of a lead's figures, those in the asked
// measure's units where any is: "叶轮螺母拧多大力矩" is answered by 45 N·m,
// not by the nut's code CP200-IMP-02 the quote also gives.
func askedMeasureOnly(figs, units []string) []string {
	var out []string
	for _, f := range figs {
		if slices.ContainsFunc(units, func(u string) bool { return unitValue(f, u) }) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return figs
	}
	return out
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// anyMeasured reports a figure with a unit among figs.
func anyMeasured(figs []string) bool {
	for _, f := range figs {
		if !isDesignationCode(f) {
			return true
		}
	}
	return false
}

// inAskerWords writes each material name the glossary knows in the
// asker's language: a Chinese lead says "不锈钢", not "stainless steel";
// an acronym or a grade ("PMMA", "2Cr13") reads alike in both.
func inAskerWords(names []string, lang string) []string {
	from := "en"
	if lang != "zh" {
		from = "zh"
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n
		if !strings.ContainsFunc(n, unicode.IsLower) && !hasHan(n) {
			continue // an acronym or grade ("PMMA", "2Cr13") is read alike in both
		}
		for _, g := range retrieval.Gloss(n, from, 1) {
			if own, other, ok := strings.Cut(g, " = "); ok && strings.EqualFold(own, n) {
				out[i] = other
			}
		}
	}
	return out
}

// wholeLabel is the attribute's name as the question writes it, grown back
// over the characters a length cap cut off ("轴器对中公差" of "联轴器对中公差"),
// up to a word that ends a clause before it (时, 的, 在).
func wholeLabel(label, question string) string {
	i := strings.Index(question, label)
	if i <= 0 || !allHan(label) || len([]rune(label)) != maxZhAttribute {
		return label
	}
	before := []rune(question[:i])
	for k := 0; k < 3 && len(before) > 0; k++ {
		r := before[len(before)-1]
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("时的在里中上后前和与及", r) {
			break
		}
		label = string(r) + label
		before = before[:len(before)-1]
	}
	return label
}

// wordsRoles are the record fields whose values are words: what a failure
// does, what causes it, what to do about it.
var wordsRoles = map[string]bool{"effect": true, "cause": true, "action": true, "remedy": true}

// asksWordsField reports a question naming a wordsRoles field, by the
// column's names or, for an effect, by how askers say it ("后果").
func asksWordsField(question string) bool {
	lower, words := strings.ToLower(question), questionWords(question)
	for _, c := range mappings.Columns() {
		if wordsRoles[c.Role] && namesField(lower, words, c.Synonyms) {
			return true
		}
	}
	return namesField(lower, words, roleAsks["effect"])
}
