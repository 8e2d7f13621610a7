package assistant

import (
	"github.com/kgassist/kgassist/retrieval"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A figure the asker gives with a unit ("在海拔 1500 米", "at 1500 m") is
// their own situation, not a code that names a passage: the documents
// state a rule for values past a bound in the same unit ("above 1000 m
// derate the motor"). Such a figure is kept among the question's codes
// as figure, quantitySep and unit, and a text holds it when it holds the
// figure or a rule the figure falls under. A plain value in the unit
// ("rated frequency: 50 Hz") is another variant, and a range ("max 48
// m³/h") says what is allowed, not what happens past it.
const quantitySep = "\x00"

// questionUnits are units as a question writes them, longest first within
// a script, with the forms documents write them in.
var questionUnits = []struct {
	asked string
	forms []string
}{
	{"毫米", []string{"mm"}}, {"厘米", []string{"cm"}}, {"公里", []string{"km"}}, {"千米", []string{"km"}}, {"米", []string{"m"}},
	{"小时", []string{"h", "hours", "小时"}}, {"分钟", []string{"min", "minutes", "分钟"}},
	{"个多月", []string{"个月", "months"}}, {"个月", []string{"个月", "months"}}, {"天", []string{"天", "days", "d"}}, {"周", []string{"周", "weeks"}},
	// English spells the degree out ("85 deg C", "85 degrees C").
	{"degrees celsius", []string{"°C", "℃"}}, {"degrees c", []string{"°C", "℃"}}, {"degree c", []string{"°C", "℃"}}, {"deg c", []string{"°C", "℃"}}, {"degc", []string{"°C", "℃"}},
	// "95 degrees" of a liquid or a bearing: the temperature, as "度" is.
	{"degrees", []string{"°C", "℃"}}, {"degree", []string{"°C", "℃"}},
	{"摄氏度", []string{"°C", "℃"}}, {"℃", []string{"°C", "℃"}}, {"°c", []string{"°C", "℃"}}, {"度", []string{"°C", "℃"}},
	{"公斤", []string{"kg"}}, {"千克", []string{"kg"}}, {"克", []string{"g"}},
	{"千瓦", []string{"kW"}}, {"伏", []string{"V"}}, {"赫兹", []string{"Hz"}},
	{"m³/h", []string{"m³/h", "m3/h"}}, {"m3/h", []string{"m³/h", "m3/h"}},
	{"mm", []string{"mm"}}, {"cm", []string{"cm"}}, {"km", []string{"km"}}, {"m", []string{"m"}},
	{"hours", []string{"h", "hours"}}, {"hrs", []string{"h", "hours"}}, {"h", []string{"h", "hours"}},
	{"kg", []string{"kg"}}, {"g", []string{"g"}}, {"kw", []string{"kW"}}, {"hz", []string{"Hz"}}, {"bar", []string{"bar"}}, {"mpa", []string{"MPa"}},
	{"months", []string{"months", "个月"}}, {"month", []string{"months", "个月"}},
	// A share: "30 % glycol" is no 30 of another measure.
	{"%", []string{"%"}}, {"％", []string{"%"}}, {"percent", []string{"%"}},
	{"weeks", []string{"weeks", "周"}}, {"days", []string{"days", "天"}},
}

// quantityCode returns the code kept for figure t of the question: t
// itself, or t with its unit when the question writes one after it.
func quantityCode(question, t string) string {
	if m := reFigureRange.FindStringSubmatch(t); m != nil {
		// "4-5 months": the range's upper figure, with the unit after it
		if code := quantityCode(question, m[1]); isQuantity(code) {
			return code
		}
	}
	if !isNumber(t) {
		return t
	}
	lower := strings.ToLower(question)
	for i := strings.Index(lower, t); i >= 0; {
		end := i + len(t)
		if before, _ := utf8.DecodeLastRuneInString(lower[:i]); i == 0 || !unicode.IsDigit(before) && before != '.' {
			if u, ok := unitAfter(lower[end:]); ok {
				return t + quantitySep + u
			}
		}
		next := strings.Index(lower[end:], t)
		if next < 0 {
			break
		}
		i = end + next
	}
	return t
}

// reFigureRange is a range written as one token: "4-5", "3~4".
var reFigureRange = regexp.MustCompile(`^\d+(?:\.\d+)?[-–~](\d+(?:\.\d+)?)$`)

// unitAfter reads the unit that rest starts with, after spaces: a Latin
// unit must end there ("m" is not the start of "M5").
func unitAfter(rest string) (string, bool) {
	rest = strings.TrimLeft(rest, " ")
	// "4+ months": the asker's "or more" before the unit.
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "+"), " ")
	// "4 or 5 months", "3-4 天": the first figure of a range takes the
	// unit written after the last.
	if m := reRangeRest.FindStringIndex(rest); m != nil {
		rest = strings.TrimLeft(rest[m[1]:], " ")
	}
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsDigit(r) || r == '.' {
		return "", false
	}
	for _, u := range questionUnits {
		if !strings.HasPrefix(rest, u.asked) {
			continue
		}
		after, _ := utf8.DecodeRuneInString(rest[len(u.asked):])
		if u.asked[0] < utf8.RuneSelf && (unicode.IsLetter(after) || unicode.IsDigit(after)) && !unicode.Is(unicode.Han, after) {
			continue
		}
		return u.asked, true
	}
	return "", false
}

var reRangeRest = regexp.MustCompile(`^(?:or|to|-|–|~|或|到|至)\s*\d+(?:\.\d+)?`)

// holdsQuantity reports whether text gives the figure, or a rule in its
// unit that the figure falls under.
func holdsQuantity(code string, text string, tokens map[string]bool) bool {
	figure, unit, ok := strings.Cut(code, quantitySep)
	if !ok {
		return holdsCode(tokens, code) || holdsSpaced(code, text, tokens) || holdsDimensions(code, text) || holdsAngle(code, text)
	}
	if unit == "%" {
		return statesPercent(text, figure)
	}
	if tokens[figure] {
		return true
	}
	forms := unitForms(unit)
	for _, f := range forms {
		if tokens[figure+strings.ToLower(f)] {
			return true // the figure written against its unit: "500g"
		}
	}
	n, err := strconv.ParseFloat(figure, 64)
	if err != nil {
		return false
	}
	for _, f := range forms {
		if ruleBeyond(text, f, n) {
			return true
		}
	}
	return false
}

// unitForms are the forms documents write the asked unit in.
func unitForms(asked string) []string {
	for _, u := range questionUnits {
		if u.asked == asked {
			return u.forms
		}
	}
	return nil
}

func isQuantity(code string) bool { return strings.Contains(code, quantitySep) }

// Words that open a rule for the values past a bound: "above 1000 m
// derate", "低于 5 ℃ 时排空". A range ("up to 40 °C", "max 48 m³/h") says
// what is allowed, not what to do past it, so it does not count.
var (
	aboveWords = []string{"above", "over", "more than", "higher than", "exceeding", "exceeds", "exceed", "beyond", ">", "超过", "以上", "高于", "大于"}
	belowWords = []string{"below", "under", "less than", "lower than", "<", "低于", "以下", "小于", "不到"}
)

// ruleBeyond reports a bound in unit u in text that opens a rule which
// the asker's figure falls under: 1500 m under "above 1000 m". The rule
// must prescribe a figure of its own ("derate by 1 % per 100 m") or tell
// what to do ("超过 90 °C 时请选用高温型"): a sentence that only says what
// happens past the bound ("beyond 48 m³/h the NPSH required rises")
// gives no answer for the asker's case.
func ruleBeyond(text, u string, figure float64) bool {
	if figures(text) < 2 && !instructs(text) {
		return false
	}
	lower := strings.ToLower(text)
	lu := strings.ToLower(u)
	for from := 0; ; {
		i := strings.Index(lower[from:], lu)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(lu)
		j := strings.TrimRight(lower[:i], " ")
		next, _ := utf8.DecodeRuneInString(lower[i+len(lu):])
		if unicode.IsLetter(next) && !unicode.Is(unicode.Han, next) {
			continue
		}
		k := strings.LastIndexFunc(j, func(r rune) bool { return !(unicode.IsDigit(r) || r == '.') })
		bound, err := strconv.ParseFloat(j[k+1:], 64)
		if err != nil {
			continue // not a value in u
		}
		before := strings.TrimRight(j[:k+1], " ")
		if hasSuffixAny(before, aboveWords) && figure > bound || hasSuffixAny(before, belowWords) && figure < bound {
			return true
		}
	}
}

var reStandaloneFigure = regexp.MustCompile(`\d+(?:[.,]\d+)?`)

// figures counts the standalone figures of text: a number inside a code
// or a model name ("HF-CP200") is none.
func figures(text string) int {
	n := 0
	for _, loc := range reStandaloneFigure.FindAllStringIndex(text, -1) {
		r, _ := utf8.DecodeLastRuneInString(text[:loc[0]])
		if loc[0] == 0 || !(unicode.IsLetter(r) || r == '-' || r == '_') {
			n++
		}
	}
	return n
}

func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// holdsSpaced reports a figure the question writes against its unit
// ("380V") that text writes apart ("380 V"). A temperature asked as
// "80C" is written "80 °C" or "80℃": the degree sign is left out.
func holdsSpaced(code, text string, tokens map[string]bool) bool {
	figure, unit, ok := retrieval.GluedQuantity(code)
	if !ok || !tokens[figure] {
		return false
	}
	lower := degreeSigns.Replace(strings.ToLower(text))
	unit = degreeSigns.Replace(unit)
	return strings.Contains(lower, figure+" "+unit) || strings.Contains(lower, figure+unit)
}

// reDimensions is a size written as its figures crossed: "30x2" of an
// O-ring, "8x7x32" of a key.
var reDimensions = regexp.MustCompile(`^(\d+(?:\.\d+)?)(?:[x×*](\d+(?:\.\d+)?))+$`)

// reMetricScrew is a metric screw's size: its thread and its length.
var reMetricScrew = regexp.MustCompile(`^m(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$`)

// holdsDimensions reports a size code ("30x2") whose every figure the text
// gives in millimetres: the O-ring's own page writes "30mm inner diameter,
// 2mm cross section".
func holdsDimensions(code, text string) bool {
	lower := strings.ToLower(text)
	if m := reMetricScrew.FindStringSubmatch(code); m != nil {
		// "M3x25" of the screw whose own page is "25mm M3 Hexagon-head screw"
		return regexp.MustCompile(`\bm`+regexp.QuoteMeta(m[1])+`\b`).MatchString(lower) && givesMillimetres(lower, m[2])
	}
	if !reDimensions.MatchString(code) {
		return false
	}
	for _, f := range strings.FieldsFunc(code, func(r rune) bool { return r == 'x' || r == '×' || r == '*' }) {
		if !givesMillimetres(lower, f) {
			return false
		}
	}
	return true
}

// givesMillimetres reports figure f written in millimetres in lower.
func givesMillimetres(lower, f string) bool {
	return regexp.MustCompile(`(?:^|[^\d.])` + regexp.QuoteMeta(f) + `\s?mm\b`).MatchString(lower)
}

// degreeSigns folds the ways a temperature's unit is written to "c".
var degreeSigns = strings.NewReplacer("°c", "c", "℃", "c", "° c", "c")

// statesPercent reports figure given as a percentage: written before a
// percent sign or word, or under a column headed in percent
// ("Efficiency (%): 68"). A bare 30 in a row of flows is no 30 %.
func statesPercent(text, figure string) bool {
	f := regexp.QuoteMeta(figure)
	re := regexp.MustCompile(`(?i)(?:^|[^\d.])` + f + `\s*(?:%|％|percent|per cent)|\((?:%|％)\)\s*[:：]?\s*` + f + `(?:[^\d.]|$)`)
	return re.MatchString(text)
}

// unitWordsStated are the Chinese unit words of a question ("多少小时")
// that the evidence states a figure in, as documents write the unit
// ("每 16000 h"): the figure answers the word, which no passage repeats.
func unitWordsStated(question, text string) string {
	var b strings.Builder
	for _, u := range questionUnits {
		if !allHan(u.asked) || !strings.Contains(question, u.asked) {
			continue
		}
		for _, f := range u.forms {
			if unitValue(text, f) {
				b.WriteString(" " + u.asked)
				break
			}
		}
	}
	return b.String()
}

// reAngleCode is an angle as a question's code is written ("45deg", from
// "45-degree"); holdsAngle finds it as a text writes it (reAngleText):
// "45deg", "45°", "45 degree", "45-degree".
var (
	reAngleCode = regexp.MustCompile(`^(\d+(?:\.\d+)?)deg$`)
	reAngleText = regexp.MustCompile(`(?i)(?:^|[^\d.])(\d+(?:\.\d+)?)\s*(?:°|-?\s*deg(?:ree)?s?\b)`)
)

func holdsAngle(code, text string) bool {
	m := reAngleCode.FindStringSubmatch(code)
	if m == nil {
		return false
	}
	for _, a := range reAngleText.FindAllStringSubmatch(text, -1) {
		if a[1] == m[1] {
			return true
		}
	}
	return false
}
