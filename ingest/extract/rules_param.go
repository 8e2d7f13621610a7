package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
)

// ruleText is a chunk's text with obvious Unicode variants folded (full-width
// digits, ～, ℃) and a map back to the original bytes, so a value can be
// matched on the folded text and still quoted raw.
type ruleText struct {
	norm string
	orig []int // orig[i] is the byte offset in raw of norm byte i
	raw  string
}

func (t ruleText) rawSpan(i, j int) string { return t.raw[t.orig[i]:t.orig[j]] }

var ruleFold = map[rune]string{
	'～': "~", '〜': "~", '－': "-", '–': "-", '—': "-", '−': "-", '℃': "°C", '℉': "°F",
	'µ': "μ", '：': "：", '（': "(", '）': ")", '　': " ", '×': "×", '％': "%", '＋': "+", '／': "/",
}

func ruleNormalize(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	orig := make([]int, 0, len(s)+1)
	for i, r := range s {
		out, ok := ruleFold[r]
		switch {
		case ok:
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			out = string(r - 0xFEE0)
		default:
			out = string(r)
		}
		for k := 0; k < len(out); k++ {
			orig = append(orig, i)
		}
		b.WriteString(out)
	}
	orig = append(orig, len(s))
	return b.String(), orig
}

// ruleQuantity is a value with its unit as written.
type ruleQuantity struct {
	value, unit, min, max, tolerance string
	start, end                       int
}

// quantity reads a cell or phrase that is entirely one quantity.
func (rs *ruleSet) quantity(s string) (ruleQuantity, bool) {
	norm, _ := ruleNormalize(strings.TrimSpace(s))
	qs := rs.quantities(norm)
	if len(qs) != 1 || qs[0].start != 0 || qs[0].end != len(norm) {
		return ruleQuantity{}, false
	}
	return qs[0], true
}

// quantities finds the values with units in text. A number glued to a
// letter on its left (P-100, CP200) is a part number, not a value, and a
// unit glued to a letter on its right (5 metres) is not that unit.
func (rs *ruleSet) quantities(text string) []ruleQuantity {
	var out []ruleQuantity
	for _, m := range rs.quantityRe.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > 0 && ruleASCIIAlnum(text[m[0]-1]) {
			continue
		}
		unitEnd := m[7]
		if unitEnd < len(text) && ruleASCIIAlnum(text[unitEnd]) && ruleASCIIAlnum(text[unitEnd-1]) {
			continue
		}
		q := ruleQuantity{value: text[m[2]:m[3]], unit: text[m[6]:m[7]], start: m[0], end: m[1]}
		if m[4] >= 0 {
			q.min, q.max = q.value, text[m[4]:m[5]]
			q.value = q.min + "~" + q.max
		}
		if m[8] >= 0 {
			q.tolerance = strings.ReplaceAll(text[m[8]:m[9]], " ", "")
		}
		out = append(out, q)
	}
	return out
}

func ruleASCIIAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// parametersIn records Subject -HAS_PARAMETER-> Parameter for each named
// value in the chunk. Two values for one parameter in one chunk are both
// kept, each as its own assertion.
func (rs *ruleSet) parametersIn(sink *extractSink, c kg.Chunk, t ruleText, subjectID string) {
	for _, q := range rs.quantities(t.norm) {
		name := rs.paramName(t.norm[:q.start], q.unit)
		if name == "" || name == rs.unitNames[q.unit] && rs.qualifiesThingBefore(t.norm[:q.start]) {
			continue
		}
		param := sink.entity(c, kg.Parameter, name)
		props := kg.Props{"value": q.value, "unit": q.unit, "min": q.min, "max": q.max, "tolerance": q.tolerance, "raw": t.rawSpan(q.start, q.end)}
		sink.relate(c, kg.HasParameter, subjectID, param, props)
	}
}

// qualifiesThingBefore reports a value opening a bracket that follows
// what it qualifies with no name of its own: "the control fuse F1 (2 A,
// 5 × 20 mm)" rates the fuse, and "额定电流的 110 %（即 16.3 A）" restates
// a limit; neither is the subject's current.
func (rs *ruleSet) qualifiesThingBefore(before string) bool {
	open := max(strings.LastIndex(before, "("), strings.LastIndex(before, "（"))
	if open < 0 || strings.ContainsAny(before[open:], ")）") {
		return false
	}
	inside := strings.TrimSpace(strings.TrimLeft(before[open:], "(（"))
	return utf8.RuneCountInString(inside) <= 3 // "(", "（即", "(ca."
}

// paramName reads the parameter's name backwards from its value: the Han
// run before it ("额定功率1.5kW"), or up to four words ("Max. flow 12 m³/h"),
// stopping at punctuation and function words. With no name it falls back to
// the quantity the unit measures (N·m -> torque).
func (rs *ruleSet) paramName(before, unit string) string {
	s := strings.TrimRight(before, " \t:：=")
	s = rs.trimStopSuffix(s)
	if r, _ := utf8.DecodeLastRuneInString(s); unicode.Is(unicode.Han, r) {
		if name := rs.hanName(s); name != "" {
			return name
		}
	} else if name := rs.latinName(s); name != "" {
		return name
	}
	return rs.unitNames[unit]
}

// trimStopSuffix drops a trailing copula such as "is" or "为" before the
// value; other function words ("to", "with") end the name instead.
func (rs *ruleSet) trimStopSuffix(s string) string {
	for {
		r, size := utf8.DecodeLastRuneInString(s)
		if unicode.Is(unicode.Han, r) && rs.copula[string(r)] {
			s = strings.TrimRight(s[:len(s)-size], " ")
			continue
		}
		// i is -1 when s is one word: a lone copula leaves no name.
		i := strings.LastIndexByte(s, ' ')
		if w := strings.ToLower(s[i+1:]); w != "" && rs.copula[w] {
			s = strings.TrimRight(s[:max(i, 0)], " :：")
			continue
		}
		return s
	}
}

func (rs *ruleSet) hanName(s string) string {
	runes := []rune(s)
	i := len(runes)
	for i > 0 && len(runes)-i < 8 && unicode.Is(unicode.Han, runes[i-1]) && !rs.nameStop[string(runes[i-1])] {
		i--
	}
	if len(runes)-i < 2 {
		return ""
	}
	return string(runes[i:])
}

func (rs *ruleSet) latinName(s string) string {
	words := strings.Fields(s)
	name, i := rs.latinWordsBefore(words, len(words), 4)
	// "NPSH required at rated flow 3.2 m": the words after "at" are the
	// condition of the parameter named before it, not a parameter of
	// their own; read as "rated flow" the value would rival the flow.
	if len(name) > 0 && i >= 0 && strings.EqualFold(words[i], "at") {
		if head, _ := rs.latinWordsBefore(words, i, 3); len(head) > 0 {
			name = append(append(head, "at"), name...)
		}
	}
	return strings.Trim(strings.Join(name, " "), " :-")
}

// latinWordsBefore reads up to most name words backwards from words[:end],
// and returns them with the index of the word that stopped it (-1 when
// none did).
func (rs *ruleSet) latinWordsBefore(words []string, end, most int) ([]string, int) {
	var name []string
	i := end - 1
	for ; i >= 0 && len(name) < most; i-- {
		w := words[i]
		clean := strings.TrimRight(w, ".")
		if rs.nameStop[strings.ToLower(clean)] || strings.ContainsAny(w, ",;()[]!?\"") || !ruleWordLike(clean) {
			break
		}
		if strings.HasSuffix(w, ".") && !ruleAbbrev[strings.ToLower(w)] {
			break // the end of the previous sentence
		}
		name = append([]string{w}, name...)
	}
	return name, i
}

// ruleAbbrev are abbreviations that may start a parameter name ("Max. flow").
var ruleAbbrev = map[string]bool{"max.": true, "min.": true, "nom.": true, "approx.": true, "temp.": true, "op.": true}

func ruleWordLike(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '/' && r != '.' {
			return false
		}
	}
	return true
}
