package assistant

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A figure the asker gives with a unit ("在海拔 1500 米", "at 1500 m") is
// their own situation, not a code that names a passage: the documents
// state the rule in the same unit at their own figures ("above 1000 m
// derate the motor"). Such a figure is kept among the question's codes
// as figure, quantitySep and unit, and a text holds it when it holds the
// figure or any value in that unit.
const quantitySep = "\x00"

// questionUnits are units as a question writes them, longest first within
// a script, with the forms documents write them in.
var questionUnits = []struct {
	asked string
	forms []string
}{
	{"毫米", []string{"mm"}}, {"厘米", []string{"cm"}}, {"公里", []string{"km"}}, {"千米", []string{"km"}}, {"米", []string{"m"}},
	{"小时", []string{"h", "hours", "小时"}}, {"分钟", []string{"min", "minutes", "分钟"}},
	{"摄氏度", []string{"°C", "℃"}}, {"℃", []string{"°C", "℃"}}, {"°c", []string{"°C", "℃"}}, {"度", []string{"°C", "℃"}},
	{"公斤", []string{"kg"}}, {"千克", []string{"kg"}}, {"克", []string{"g"}},
	{"千瓦", []string{"kW"}}, {"伏", []string{"V"}}, {"赫兹", []string{"Hz"}},
	{"m³/h", []string{"m³/h", "m3/h"}}, {"m3/h", []string{"m³/h", "m3/h"}},
	{"mm", []string{"mm"}}, {"cm", []string{"cm"}}, {"km", []string{"km"}}, {"m", []string{"m"}},
	{"hours", []string{"h", "hours"}}, {"hrs", []string{"h", "hours"}}, {"h", []string{"h", "hours"}},
	{"kg", []string{"kg"}}, {"kw", []string{"kW"}}, {"hz", []string{"Hz"}}, {"bar", []string{"bar"}}, {"mpa", []string{"MPa"}},
}

// quantityCode returns the code kept for figure t of the question: t
// itself, or t with its unit when the question writes one after it.
func quantityCode(question, t string) string {
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

// unitAfter reads the unit that rest starts with, after spaces: a Latin
// unit must end there ("m" is not the start of "M5").
func unitAfter(rest string) (string, bool) {
	rest = strings.TrimLeft(rest, " ")
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

// holdsQuantity reports whether text gives figure in the unit the
// question asked it in, or any other value in that unit.
func holdsQuantity(code string, text string, tokens map[string]bool) bool {
	figure, unit, ok := strings.Cut(code, quantitySep)
	if !ok {
		return tokens[code]
	}
	if tokens[figure] {
		return true
	}
	for _, u := range questionUnits {
		if u.asked != unit {
			continue
		}
		for _, f := range u.forms {
			if unitValue(text, f) {
				return true
			}
		}
	}
	return false
}

func isQuantity(code string) bool { return strings.Contains(code, quantitySep) }
