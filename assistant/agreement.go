package assistant

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A question that asks for a measure of an item ("what torque for the
// impeller nut?") is answered by a value in that measure's unit only
// where the sentence, or the section it stands in, names the item: the
// anchor bolts' 120 N·m two sections away is another item's value, and a
// parts-list row naming the nut but no torque states nothing asked.

// measureCheck holds what a quoted sentence must agree with.
type measureCheck struct {
	units []string           // units of the asked measure; none: no check
	words retrieval.Question // the measure's words, as the question has them
	item  retrieval.Question // the question's terms that name the item
	codes []string
	// namedThing is true when the item is one word that the evidence
	// names as a thing: a table row's value or a section heading holds
	// it ("impeller" of "how heavy is the impeller"). Such a word is the
	// item, not phrasing, and a value must name it.
	namedThing bool
}

// askedMeasure finds the one measure the question asks for, by its words
// in either language, and the terms left to name the item.
func askedMeasure(ev *retrieval.Evidence) measureCheck {
	q := ev.Question
	if asksDerating(q.Text) {
		return measureCheck{} // a share of the rating, not a value of the measure
	}
	lower := spelledOut(notMeasures.Replace(strings.ToLower(q.Text)))
	if a, ok := measureAskedByUnit(q); ok {
		lower = a.Text // the unit says which measure; the item's name holds others
	}
	var kind string
	var words []string
	for word, units := range attributeUnits {
		if !containsWordStart(lower, word) {
			continue
		}
		if kind != "" && kind != units[0] {
			return measureCheck{} // two measures: not one value asked
		}
		kind = units[0]
		words = append(words, word)
	}
	if kind == "" {
		word, measure, ok := measureByUnit(lower)
		if !ok {
			return measureCheck{}
		}
		kind, words = attributeUnits[measure][0], []string{word, measure}
	}
	attr := map[string]bool{}
	for _, t := range retrieval.ContentTerms(strings.Join(words, " ")) {
		attr[t] = true
	}
	for _, l := range ev.Linked {
		if l.Entity.Type == kg.Parameter {
			// "Weight (pump, motor, base plate, control box)": the items
			// in brackets are whose weight, not words of the measure
			for _, t := range retrieval.ContentTerms(bracketList.ReplaceAllString(l.Entity.Name+" "+l.Surface, " ")) {
				attr[t] = true
			}
		}
	}
	forms, cases := askingForms(q.Text), caseWords(q.Text)
	whens, filler := append(whenClauses(q.Text), distanceClauses(q.Text)...), fillerChars(q.Text)
	mc := measureCheck{units: unitsOfKind(kind), codes: codeTerms(ev)}
	mc.words, mc.item = q, q
	mc.words.Terms, mc.item.Terms = nil, nil
	unitWords := retrieval.TokenSet(strings.Join(mc.units, " "))
	for _, t := range q.Terms {
		switch {
		case unitWords[t]:
			// the unit the answer is wanted in ("in N·m"), which every
			// value in it holds: no word of the item
		case attr[t] || measureTerm(t, words):
			mc.words.Terms = append(mc.words.Terms, t)
		case straddlesMeasure(t, q.Text, words):
			// a pair cut across the measure's word ("吸重" of 能吸重量): its
			// other character is the neighbouring term's
		case inAskedForm(t, q.Text, forms) || straddles(t, q.Text, cases):
			// the asking of the measure in everyday words ("能吸" of 能吸多重),
			// not the item's name
		case inAskedForm(t, q.Text, whens) || fillerOnly(t, filler):
			// when it is measured ("运行时") or how it is asked ("多大")
		case slices.Contains(mc.codes, t):
			// checked as a code, in any of its spellings ("380V", "380 V")
		case hasDigit(t) && !isNumber(t) && modelNumber(ev, t):
			// the model code the documents are about ("the cp200 motor"), which
			// their sentences leave out: context, not the item
		case !productTerm(ev, t):
			mc.item.Terms = append(mc.item.Terms, t)
		}
	}
	if !slices.ContainsFunc(mc.item.Terms, func(t string) bool { return !caseTerm(t, q.Text, attr) }) {
		// "最高" of 最高介质温度 says which value of the liquid's
		// temperature is asked, not whose: the item is the product
		mc.item.Terms = nil
	}
	if item := measuredItem(ev); item != nil {
		mc.item = *item // "what diameter condenser lens … for the arm": the lens's
	}
	mc.namedThing = len(mc.item.Terms) == 1 && namedAsThing(ev, mc.item)
	return mc
}

// namedAsThing reports an item of one term that the evidence holds, in
// either language, in a table row's value or a section heading: a part,
// a place or a product the documents name ("impeller", or 叶轮 by its
// glossary form), where phrasing ("allowed", "normally") stands in
// sentences only. A Chinese pair outside the glossary may be cut across
// two words, and is left as phrasing.
func namedAsThing(ev *retrieval.Evidence, item retrieval.Question) bool {
	t := item.Terms[0]
	if allHan(t) && len(item.Alts[t]) == 0 {
		return false
	}
	for _, it := range ev.Items {
		if item.Covered(retrieval.TokenSet(strings.Join(it.Chunk.Section, " "))) == 1 {
			return true
		}
		if it.Chunk.Kind != "table_row" {
			continue
		}
		for _, c := range rowCells(it.Chunk.Text) {
			if item.Covered(retrieval.TokenSet(c.value)) == 1 {
				return true
			}
		}
	}
	return false
}

// notMeasures are phrases that hold a measure's word without asking for
// the measure: "we definitely have power" says the supply is on, and
// "currently" or the FMEA's "current controls" ask no current.
// reDerating asks how a rating is reduced ("how do I derate the motor
// power at 1500 m", "功率要怎么降额"): the answer is a share of the
// rating ("1 % per 100 m"), which states no value in the measure's unit.
var reDerating = regexp.MustCompile(`(?i)\bderat(?:e|ed|es|ing)\b|降额|降容|降功率|打折扣|打个折|\bknock (?:it|the power|the rating) down\b`)

func asksDerating(question string) bool { return reDerating.MatchString(question) }

var notMeasures = strings.NewReplacer(
	"have power", "", "has power", "", "no power", "", "power is on", "", "power on", "", "power off", "",
	"powered", "", "power supply", "", "power cable", "", "power socket", "", "power adapter", "", "power button", "",
	"currently", "", "current control", "",
)

// measureTerm reports a Chinese question term inside one of the measure's
// words ("扭矩" yields 扭矩, but the pair 拧多 is not the measure).
// A pair that straddles the measure and the asking ("径多" of 直径多大)
// holds no other content character, so it is the measure's too.
func measureTerm(t string, words []string) bool {
	if !allHan(t) {
		return false
	}
	for _, w := range words {
		if strings.Contains(w, t) {
			return true
		}
	}
	for _, r := range t {
		if !zhFunction[r] && !strings.ContainsRune(strings.Join(words, ""), r) {
			return false
		}
	}
	return true
}

// straddlesMeasure reports a Chinese pair whose second character opens
// one of the measure's words where the question writes it: "吸重" of
// "能吸重量" is an artefact of cutting text into pairs, and holds nothing
// the pair before it ("能吸") does not.
func straddlesMeasure(t, text string, words []string) bool {
	rs := []rune(t)
	if len(rs) != 2 || !allHan(t) {
		return false
	}
	for _, w := range words {
		if strings.HasPrefix(w, string(rs[1])) && strings.Contains(text, string(rs[0])+w) {
			return true
		}
	}
	return false
}

// askingForms are the everyday Chinese forms of asking a specification
// that text holds ("能吸多重"); other paraphrases ("长期") name what is
// asked about.
func askingForms(text string) []string {
	var out []string
	for _, f := range retrieval.ParaphrasedForms(text) {
		if allHan(f.Asked) && f.Intent == retrieval.Specification {
			out = append(out, f.Asked)
		}
	}
	return out
}

// caseWords are the Chinese words of text saying which case of a measure
// is asked ("最多", "最大").
func caseWords(text string) []string {
	var out []string
	for _, q := range qualifierWords {
		for _, m := range q.re.FindAllString(text, -1) {
			if allHan(m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// inAskedForm reports a Chinese question term inside one of the asking
// phrases ("能吸" of 能吸多重), or cut across one's start.
func inAskedForm(t, text string, phrases []string) bool {
	return allHan(t) && slices.ContainsFunc(phrases, func(p string) bool { return strings.Contains(p, t) }) || straddles(t, text, phrases)
}

// straddles reports a Chinese pair cut across the start of one of the
// phrases ("泵能" of 吸泵能吸多重): its first character is the item's,
// already counted in the pair before it, and no passage holds the pair.
func straddles(t, text string, phrases []string) bool {
	rs := []rune(t)
	if len(rs) != 2 || !allHan(t) {
		return false
	}
	for _, p := range phrases {
		if strings.HasPrefix(p, string(rs[1])) && strings.Contains(text, t+string([]rune(p)[1:])) {
			return true
		}
	}
	return false
}

// withoutAskingForms is q without the terms of the asking phrases text
// holds: "能吸" of 吸泵能吸多重 asks the payload and "最多" its case; neither
// names a part of the pump.
func withoutAskingForms(q retrieval.Question, text string) retrieval.Question {
	return withoutAskingPhrases(q, text, askingPhrases(text))
}

// withoutStraddles is q without the pairs cut across an asking phrase,
// which count against every passage.
func withoutStraddles(q retrieval.Question, text string) retrieval.Question {
	return withoutStraddlesOf(q, text, askingPhrases(text))
}

// askingPhrases are the asking forms and case words of text, found once
// for a question that both of the above read.
func askingPhrases(text string) []string {
	return append(askingForms(text), caseWords(text)...)
}

// withoutAskingPhrases is withoutAskingForms with text's asking phrases.
func withoutAskingPhrases(q retrieval.Question, text string, phrases []string) retrieval.Question {
	return withoutTermsWhere(q, func(t string) bool { return inAskedForm(t, text, phrases) })
}

// withoutStraddlesOf is withoutStraddles with text's asking phrases.
func withoutStraddlesOf(q retrieval.Question, text string, phrases []string) retrieval.Question {
	return withoutTermsWhere(q, func(t string) bool { return straddles(t, text, phrases) })
}

// withoutTermsWhere is q without the terms drop reports, or q itself where
// none would be left.
func withoutTermsWhere(q retrieval.Question, drop func(string) bool) retrieval.Question {
	out := q
	out.Terms = slices.DeleteFunc(slices.Clone(q.Terms), drop)
	if len(out.Terms) == 0 {
		return q
	}
	return out
}

// containsWordStart reports text holding word where a word starts: a
// name that ends in a measure's word ("Roboflow", a program) asks no
// flow. Han text has no word starts to find.
func containsWordStart(text, word string) bool {
	if word == "" || !isASCIILetter(word[0]) {
		return strings.Contains(text, word)
	}
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		if at := i + j; at == 0 || !isASCIILetter(text[at-1]) {
			return true
		}
		i += j + 1
	}
}

// agrees reports whether a sentence, in its section of the document
// titled doc, may answer: a value in the measure's unit about the asked
// item, or the measure named. A document about the product names it for
// each of its sentences ("Rated current: 14.8 A" of the HF-CP200 manual
// answers "the CP200 motor's rated current"), but not for each row of a
// flattened table, which must name its own item.
func (mc measureCheck) agrees(sentence, section, doc string) bool {
	return mc.agreesIn(sentence, section, doc, "")
}

// agreesIn is agrees for a passage kept in folders whose names hold the
// model numbers folder lists: a row of the product's own introduction
// ("…compact overall structure, net weight of only 850g…") states its
// weight when the row labels the value with the measure itself.
func (mc measureCheck) agreesIn(sentence, section, doc, folder string) bool {
	if mc.units == nil {
		return true
	}
	text := sentence + " " + section + " " + modelCodes(doc)
	for _, u := range mc.units {
		if !unitValue(sentence, u) {
			continue
		}
		if isWindow(sentence) {
			// A window of a flattened table holds several rows: the item
			// must be named in the value's own row, just before it.
			return mc.namesItemNear(sentence, section, u) || folder != "" && mc.namesItemNear(sentence, section+" "+folder, u) && mc.labelsMeasureNear(sentence, u)
		}
		return mc.namesItem(text) && !mc.onlyListed(sentence) && !mc.labelsOtherThing(sentence, text)
	}
	return len(mc.words.Terms) > 0 && share(mc.words, retrieval.TokenSet(text)) >= 0.999
}

// modelCodes are the words with digits of a document's title, its
// product's model ("CP200" of "HF-CP200 … Manual"): the title's other
// words name no item of a sentence.
func modelCodes(title string) string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if hasDigit(w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// namesItem asks for every code of the question and one of its item's
// terms: questions carry phrasing no document has ("must", "at the
// factory test"), so asking for more would refuse the right sentence,
// while a value naming none of them is about something else.
func (mc measureCheck) namesItem(text string) bool {
	if !codesIn(mc.codes, text) {
		return false
	}
	// One word left over is phrasing ("allowed"), not an item: the item
	// is then the product the question is about.
	return len(mc.item.Terms) < 2 || share(mc.item, retrieval.TokenSet(text)) > 0
}

// labelsOtherThing reports a value about another thing than the one the
// question's one item word names, where the evidence names that word as a
// thing and neither the sentence nor its section holds it: a label naming
// something besides the measure ("Motor: 52 kg", "Shipping weight (crate):
// 135 kg"), or the whole ("Total: 118 kg", "The unit weighs 118 kg").
// Asked how heavy the impeller is, each is another item's weight. A label
// of the measure alone ("Rated current: 14.8 A") states the value of what
// the section is about, as before.
func (mc measureCheck) labelsOtherThing(sentence, text string) bool {
	if !mc.namedThing || share(mc.item, retrieval.TokenSet(text)) > 0 {
		return false
	}
	tokens := retrieval.TokenSet(sentence)
	for w := range wholeWords {
		if tokens[w] {
			return true
		}
	}
	label, ok := valueLabel(sentence)
	if !ok {
		return false
	}
	words := map[string]bool{} // the measure's words, in either language
	for _, t := range mc.words.Terms {
		words[t] = true
		for _, seq := range mc.words.Alts[t] {
			for _, a := range seq {
				words[a] = true
			}
		}
	}
	for t := range retrieval.TokenSet(label) {
		if !words[t] && !labelQualifiers[t] && !isNumber(t) {
			return true
		}
	}
	return false
}

// wholeWords name the whole product, not one of its parts.
var wholeWords = retrieval.TokenSet("total overall whole entire complete unit 整机 总重")

// valueLabel is the label before a value: the text before the first
// colon or semicolon, when it is short and holds no figure.
func valueLabel(sentence string) (string, bool) {
	i := strings.IndexAny(sentence, ":;：；")
	if i <= 0 || i > 60 || anyDigit.MatchString(sentence[:i]) {
		return "", false
	}
	return sentence[:i], true
}

// labelQualifiers say which value of a measure a label gives, not whose.
var labelQualifiers = retrieval.TokenSet("rated nominal max maximum min minimum peak typical net gross " +
	"operating working continuous full load permissible allowable design standard approx approximate " +
	"额定 最大 最小 最高 最低 净 毛 工作 连续 峰值 典型 允许")

// onlyListed reports a sentence that names the asked item only among
// others in brackets: "Weight (pump, motor, base plate, control box):
// 118 kg" weighs them all, not the motor.
func (mc measureCheck) onlyListed(sentence string) bool {
	if len(mc.item.Terms) == 0 {
		return false
	}
	rest := sentence
	listed := false
	for _, g := range bracketList.FindAllString(sentence, -1) {
		members := strings.FieldsFunc(strings.Trim(g, "()（）"), func(r rune) bool { return r == ',' || r == '、' || r == '，' })
		if len(members) < 3 {
			continue
		}
		named := 0 // members, not words: "control box" is one of them
		for _, m := range members {
			if share(mc.item, retrieval.TokenSet(m)) > 0 {
				named++
			}
		}
		switch {
		case named >= 2:
			return false // the question names the list's items: "pump+motor+base"
		case named == 1:
			listed = true
			rest = strings.Replace(rest, g, " ", 1)
		}
	}
	return listed && share(mc.item, retrieval.TokenSet(rest)) == 0
}

var bracketList = regexp.MustCompile(`[(（][^()（）]*[)）]`)

// statesValue reports a value in the asked measure's unit.
func (mc measureCheck) statesValue(sentence string) bool {
	for _, u := range mc.units {
		if unitValue(sentence, u) {
			return true
		}
	}
	return false
}

// statesOtherMeasure reports values given in another measure's unit and
// none in the asked one's: "500 V", a test's voltage, is no insulation
// resistance. A value without a unit ("-168 ~ +168") is left to the
// other checks.
func (mc measureCheck) statesOtherMeasure(values string) bool {
	if mc.units == nil || mc.statesValue(values) {
		return false
	}
	for _, units := range attributeUnits {
		for _, u := range units {
			if unitValue(values, u) {
				return true
			}
		}
	}
	return false
}

// rowReach is how far before a value its row's label is looked for in a
// flattened table: a label and its value stand within a few words.
const rowReach = 60

// namesItemNear reports a value in unit u whose preceding few words,
// with the section, name the item.
func (mc measureCheck) namesItemNear(sentence, section, u string) bool {
	for i := 0; ; {
		j := strings.Index(sentence[i:], u)
		if j < 0 {
			return false
		}
		j += i
		from := max(0, j-rowReach)
		for from > 0 && !utf8.RuneStart(sentence[from]) {
			from--
		}
		if unitValue(sentence[from:j+len(u)], u) && mc.namesItem(sentence[from:j]+" "+section) {
			return true
		}
		i = j + len(u)
	}
}

// labelsMeasureNear reports every value in unit u in a window labelled by
// the measure's own words ("net weight of only 850g"), none by another
// thing's name ("平面底座: 60g").
func (mc measureCheck) labelsMeasureNear(sentence, u string) bool {
	vs := valuesIn(sentence, []string{u})
	for _, v := range vs {
		if len(mc.words.Terms) == 0 || share(mc.words, retrieval.TokenSet(v.row)) == 0 {
			return false
		}
	}
	return len(vs) > 0
}

// isWindow reports a quote cut from a run-on sentence by sentenceWindows.
func isWindow(s string) bool {
	return strings.HasPrefix(s, "…") || strings.HasSuffix(s, "…")
}

// placeOf is where a passage stands: its section path, or for a document
// without headings (a data sheet flattened from PDF) its title, which
// names what all its values are of.
func placeOf(c kg.Chunk) string {
	if p := c.SectionPath(); p != "" {
		return p
	}
	return c.DocTitle
}
