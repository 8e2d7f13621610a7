package assistant

import (
	"fmt"
	"github.com/kgassist/kgassist/retrieval"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Two passages may state different values for the same measure of the
// same item: a manual's 48 m³/h and a data sheet's 50 m³/h, a parameter
// table's 12 V and a connector note's 8.4 V. A user who is shown one of
// them is misled, so both are shown, each cited, and said to differ. Only
// passages that already qualify as quotes for the asked measure and item
// take part, and two that name different conditions ("50 Hz" and "60 Hz")
// are two cases, not a disagreement.

// statedValue is one value of the asked measure, in a base unit so that
// "0.85 kg" and "850 g" are one value.
type statedValue struct {
	written string  // as the passage writes it: "48 m³/h"
	base    float64 // in the unit family's base
	family  string
	row     string // the words just before the value: its row's label
}

// unitScale maps a unit to its family and its factor to the family's base.
var unitScale = map[string]struct {
	family string
	factor float64
}{
	"kg": {"mass", 1000}, "g": {"mass", 1},
	"kW": {"power", 1000}, "W": {"power", 1},
	"MΩ": {"resistance", 1e6}, "Ω": {"resistance", 1},
	"ohms": {"resistance", 1}, "Ohms": {"resistance", 1}, "ohm": {"resistance", 1}, "Ohm": {"resistance", 1},
	"GHz": {"clock", 1000}, "MHz": {"clock", 1},
	"cm": {"length", 10}, "mm": {"length", 1},
	"MPa": {"pressure", 10}, "bar": {"pressure", 1}, "kPa": {"pressure", 0.01},
	"°C": {"temperature", 1}, "℃": {"temperature", 1},
	"N·m": {"torque", 1}, "Nm": {"torque", 1}, "N.m": {"torque", 1},
	"r/min": {"speed", 1}, "rpm": {"speed", 1},
	"m³/h": {"flow", 1}, "l/min": {"flow", 0.06},
	"hours": {"time", 60}, "hour": {"time", 60}, "hrs": {"time", 60}, "hr": {"time", 60}, "h": {"time", 60}, "小时": {"time", 60},
	"minutes": {"time", 1}, "minute": {"time", 1}, "mins": {"time", 1}, "min": {"time", 1}, "分钟": {"time", 1},
}

var number = regexp.MustCompile(`\d+(?:\.\d+)?`)

// valuesIn returns the values text states in one of units, once each.
func valuesIn(text string, units []string) []statedValue {
	var out []statedValue
	for _, loc := range number.FindAllStringIndex(text, -1) {
		if loc[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:loc[0]]); latinLetter(r) || r == '.' || r == '-' && loc[0] > 1 && isDigitBefore(text, loc[0]-1) {
				continue // part of a code or a range's second end ("M3", "1-2")
			}
		}
		rest := strings.TrimLeft(text[loc[1]:], " ")
		for _, u := range units {
			after, ok := strings.CutPrefix(rest, u)
			if !ok {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(after); after != "" && latinLetter(r) {
				continue
			}
			v := newValue(text[loc[0]:loc[1]], u)
			v.row = rowLabel(text[:loc[0]])
			if !containsValue(out, v) {
				out = append(out, v)
			}
			break
		}
	}
	return out
}

// latinLetter is a letter that joins a number into a code or a unit
// into a word ("M3", "5 mmHg"); Chinese text runs on without spaces
// ("配备的8.4V 5A"), so its characters join nothing.
func latinLetter(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }

func isDigitBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsDigit(r)
}

func newValue(num, unit string) statedValue {
	f, _ := strconv.ParseFloat(num, 64)
	s, ok := unitScale[unit]
	if !ok {
		s.family, s.factor = unit, 1
	}
	return statedValue{written: num + " " + unit, base: f * s.factor, family: s.family}
}

func (v statedValue) same(w statedValue) bool {
	return v.family == w.family && math.Abs(v.base-w.base) <= 1e-9*math.Max(1, math.Abs(v.base))
}

func containsValue(vs []statedValue, v statedValue) bool {
	for _, w := range vs {
		if w.same(v) {
			return true
		}
	}
	return false
}

// valueFor is the value a passage states in units for the asked case: its
// only one, or, in a table window of many rows, the one whose row names
// the same qualifier ("Maximum flow 50 m³/h" among "Rated flow 40 m³/h").
// A range's ends are not rival values.
func valueFor(text string, units []string, quals string) (statedValue, bool) {
	if rangeMark.MatchString(text) {
		return statedValue{}, false
	}
	vs := valuesIn(text, units)
	if len(vs) == 1 {
		return vs[0], true
	}
	var found []statedValue
	for _, v := range vs {
		if quals != "" && caseOf(v.row) == quals {
			found = append(found, v)
		}
	}
	if len(found) != 1 {
		return statedValue{}, false
	}
	return found[0], true
}

// rowLabel is the text before a value back to the previous figure or
// clause mark: "±3% Maximum flow " gives "Maximum flow".
func rowLabel(before string) string {
	i := strings.LastIndexFunc(before, func(r rune) bool {
		return unicode.IsDigit(r) || strings.ContainsRune("%;；,，。|", r)
	})
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		before = before[i+size:]
	}
	return strings.TrimSpace(before)
}

// qualifierWords name which of an item's values of one measure a value
// is: the maximum flow and the rated flow are two values, both right, as
// are a unit's weight and its shipping weight in the crate.
var qualifierWords = []struct {
	name string
	re   *regexp.Regexp
}{
	{"max", regexp.MustCompile(`(?i)\b(?:max|maximum|peak|highest|upper|biggest|largest)\b|最大|最高|最多|上限|峰值`)},
	{"min", regexp.MustCompile(`(?i)\b(?:min|minimum|lowest|lower|smallest)\b|最小|最低|下限`)},
	{"rated", regexp.MustCompile(`(?i)\b(?:rated|nominal)\b|额定|标称`)},
	{"no-load", regexp.MustCompile(`(?i)\b(?:no-load|idle|shut-off)\b|空载|关死`)},
	{"shipping", regexp.MustCompile(`(?i)\b(?:shipping|shipped|packed|packing|packaged|gross|crated?)\b|运输|包装|毛重|含箱`)},
	{"beyond", regexp.MustCompile(`(?i)\b(?:beyond|above|below|over|under|exceeds?)\b|超过|低于|高于`)},
}

// caseOf is which case of a measure a row label names: a rated value is
// the item's value as such ("Rated voltage: 12V" is the voltage), while a
// maximum, a minimum or a limit is another case.
func caseOf(row string) string {
	return strings.TrimSpace(strings.Replace(" "+qualifiers(row)+" ", " rated ", " ", 1))
}

// qualifiers names the qualifiers text carries, in a fixed order.
func qualifiers(text string) string {
	var qs []string
	for _, q := range qualifierWords {
		if q.re.MatchString(text) {
			qs = append(qs, q.name)
		}
	}
	return strings.Join(qs, " ")
}

// rangeMark is a range or a tolerance written with a tilde or "to": its
// ends are not rival values.
var rangeMark = regexp.MustCompile(`\d\s*(?:~|～|–|to\s+\d|至\s*\d)`)

// conditionUnits are units that name a case a value holds for: a 50 Hz
// and a 60 Hz version of a motor differ in speed without disagreeing.
var conditionUnits = []string{"Hz", "V", "kW", "W", "bar", "MPa", "°C", "℃", "kg", "mm"}

// differentConditions reports two passages naming different values of a
// unit other than the asked measure's.
func differentConditions(a, b string, asked []string) bool {
	for _, u := range conditionUnits {
		if slices.ContainsFunc(asked, func(a string) bool { return strings.HasPrefix(a, u) }) {
			continue // the asked unit, or one it begins: "mm" of "mm/s" is the measure itself
		}
		va, vb := valuesIn(a, []string{u}), valuesIn(b, []string{u})
		if len(va) == 0 || len(vb) == 0 {
			continue
		}
		for _, v := range va {
			if !containsValue(vb, v) {
				return true
			}
		}
	}
	return false
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// maxRivalRatio bounds how far apart two readings of one value lie: a
// document revised from 48 to 50 m³/h, a resistor of 60 or about 80 Ω.
// A value several times another (a bearing's 80 °C and the ambient 5 °C,
// a payload of 250 g and a suction cup's 50 g) is another quantity.
const maxRivalRatio = 2

func closeEnough(a, b statedValue) bool {
	lo, hi := math.Min(a.base, b.base), math.Max(a.base, b.base)
	return lo > 0 && hi <= maxRivalRatio*lo
}

// sameRowItem reports whether a record line's item ("吸取重量 — 双头吸泵":
// the dual suction cup) is one the answer's passage names too; a line
// that is no record names no item of its own.
func sameRowItem(row, answerContext string) bool {
	i := strings.LastIndex(row, " — ")
	if i < 0 {
		return true
	}
	item := retrieval.TokenSet(row[i+len(" — "):])
	if len(item) == 0 {
		return true
	}
	have := retrieval.TokenSet(answerContext)
	for t := range item {
		if have[t] {
			return true
		}
	}
	return false
}

// recordItem is the words of a record line's item ("myCobot Phone Holder" of
// "Clamping weight — myCobot Phone Holder"), none for a line that is no
// record.
func recordItem(row string) map[string]bool {
	i := strings.LastIndex(row, " — ")
	if i < 0 {
		return nil
	}
	return retrieval.TokenSet(row[i+len(" — "):])
}

// otherItems reports two record lines about two items: each names a word
// the other and the question do not. The phone holder's 50 g and the pen
// holder's 35 g are two accessories' weights, not two readings of one,
// though both lines say "holder" and the product's name.
func otherItems(a, b string, q retrieval.Question) bool {
	ia, ib := recordItem(a), recordItem(b)
	asked := retrieval.TokenSet(userWithForms(q))
	return namesOwnWord(ia, ib, asked) && namesOwnWord(ib, ia, asked)
}

// namesOwnWord reports a word of item that other and asked lack.
func namesOwnWord(item, other, asked map[string]bool) bool {
	for t := range item {
		if !other[t] && !asked[t] {
			return true
		}
	}
	return false
}

// rival is a quoted passage's value and where it stands.
type rival struct {
	value   statedValue
	n       int    // the evidence item, for the citation
	context string // the passage with its section, for the condition check
	doc     string // the document, as the answer names it
}

// findDisagreement returns the first candidate (best first) whose single
// value differs from the answer's, and is not about another condition or
// another item than the one q asks about.
func findDisagreement(q retrieval.Question, answer rival, candidates []rival, units []string) (rival, bool) {
	for _, c := range candidates {
		if c.n == answer.n || c.value.same(answer.value) || caseOf(c.value.row) != caseOf(answer.value.row) {
			continue // the same value, or another case of the measure
		}
		if !closeEnough(answer.value, c.value) || differentConditions(answer.context, c.context, units) || !sameRowItem(c.value.row, answer.context) || otherItems(answer.value.row, c.value.row, q) {
			continue
		}
		return c, true
	}
	return rival{}, false
}

// disagreementLine says plainly that the documents differ, each value with
// its citation and its document.
func disagreementLine(a, b rival, lang string) string {
	if lang == "zh" {
		return fmt.Sprintf("%s%s [%d]（%s）；%s [%d]（%s）", msgConflict.in(lang), a.value.written, a.n, a.doc, b.value.written, b.n, b.doc)
	}
	return fmt.Sprintf("%s%s [%d] (%s) vs %s [%d] (%s)", msgConflict.in(lang), a.value.written, a.n, a.doc, b.value.written, b.n, b.doc)
}

// labels reports a row label that names the asked measure ("Rated
// voltage:") or the asked item ("a resistor (about"): a value under no
// such label, in a passage about an accessory, is not a rival reading.
func (mc measureCheck) labels(row string) bool {
	lower := strings.ToLower(row)
	for word, units := range attributeUnits {
		if units[0] == mc.units[0] && strings.Contains(lower, word) {
			return true
		}
	}
	have := retrieval.TokenSet(row)
	return share(mc.words, have) > 0 || share(mc.item, have) > 0
}

// rivalFloor is the share of the question a rival quote must carry. A
// value whose row names its case ("Maximum flow 50 m³/h" in a data
// sheet's table) is matched on that case, so it needs only the bar of
// any quote, while an unqualified value must be as good as the answer's.
func rivalFloor(floor float64, v statedValue) float64 { // v: the rival's value
	if qualifiers(v.row) != "" {
		return minSentenceCoverage
	}
	return floor
}

// disagreeingQuote finds, for the first picked quote stating one value of
// the asked measure, the best other quote as good (ratio at least floor)
// that states another value of the same case; it takes that quote too
// and returns the line saying the documents differ, or "".
func disagreeingQuote(ev *retrieval.Evidence, mc measureCheck, picked, all []scored, floor float64, take func(scored), seen map[string]bool) string {
	units := mc.units
	if units == nil {
		return ""
	}
	asRival := func(s scored, v statedValue) rival {
		it, _ := ev.Item(s.n)
		return rival{value: v, n: s.n, context: s.text + " " + it.Chunk.SectionPath(), doc: docLabel(ev, s.n)}
	}
	// A picked table window holds several values; the asked case ("max
	// flow") says which one is the answer's.
	asked := caseOf(ev.Question.Text)
	for _, p := range picked {
		v, ok := valueFor(p.text, units, asked)
		if !ok {
			continue
		}
		answer := asRival(p, v)
		var candidates []rival
		var quotes []scored
		for _, s := range all {
			if namesAskedItemAlone(ev, mc.item, p, s) {
				continue // the liquid's 60 °C and the bearing's 80 °C are two things' temperatures
			}
			if w, ok := valueFor(s.text, units, caseOf(v.row)); ok && s.ratio >= rivalFloor(floor, w) && mc.labels(w.row) {
				candidates = append(candidates, asRival(s, w))
				quotes = append(quotes, s)
			}
		}
		other, ok := findDisagreement(ev.Question, answer, candidates, units)
		if !ok {
			continue
		}
		if q := quotes[slices.Index(candidates, other)]; !seen[q.text] {
			take(q)
		}
		return disagreementLine(answer, other, ev.Question.AnswerLang())
	}
	return ""
}

// namesAskedItemAlone reports the answer's sentence naming an item word of
// the question, one its document's title and section do not already say,
// where the rival's sentence and heading name none: a value of the same measure in
// such a sentence is another thing's ("the bearing temperature must not
// exceed 80 °C" against the hot liquid's 60 °C).
func namesAskedItemAlone(ev *retrieval.Evidence, item retrieval.Question, answer, rival scored) bool {
	own := sentenceItemTerms(ev, item, answer)
	if len(own.Terms) == 0 {
		return false
	}
	it, _ := ev.Item(rival.n)
	return own.Covered(retrieval.TokenSet(rival.text+" "+headingOf(it))) == 0
}

// headingOf is the document title and section path a passage stands
// under: "Outer diameter: 12.7mm" names its lens there.
func headingOf(it retrieval.Item) string {
	return it.Chunk.DocTitle + " " + it.Chunk.SectionPath()
}

// sentenceItemTerms are the item terms of the question that s's sentence
// states and its document's title and section path do not.
func sentenceItemTerms(ev *retrieval.Evidence, item retrieval.Question, s scored) retrieval.Question {
	it, _ := ev.Item(s.n)
	heading := retrieval.TokenSet(headingOf(it))
	have := retrieval.TokenSet(s.text)
	out := item
	out.Terms = nil
	for _, t := range item.Terms {
		one := item
		one.Terms = []string{t}
		if one.Covered(have) == 1 && one.Covered(heading) == 0 {
			out.Terms = append(out.Terms, t)
		}
	}
	return out
}
