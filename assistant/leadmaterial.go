package assistant

import (
	"slices"
	"strings"
)

// materialsIn are the material names and grades text gives, as written
// and each once: what a lead repeats when the question asks what
// something is made of, since no figure states a material.
func materialsIn(text string) []string {
	var out []string
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, g := range materialGrade.FindAllString(text, -1) {
		add(g)
	}
	lower := strings.ToLower(text)
	for _, m := range materialNames {
		i := strings.Index(lower, m)
		if i < 0 || isASCII(m) && !wordInText(lower, m) || coveredBy(out, m) {
			continue
		}
		add(text[i : i+len(m)])
	}
	// "cast iron" inside "grey cast iron" is the same material once
	return slices.DeleteFunc(out, func(m string) bool {
		return slices.ContainsFunc(out, func(o string) bool {
			return len(o) > len(m) && strings.Contains(strings.ToLower(o), strings.ToLower(m))
		})
	})
}

// coveredBy reports a name already taken that holds m ("stainless steel"
// holds "steel").
func coveredBy(taken []string, m string) bool {
	for _, t := range taken {
		if strings.Contains(strings.ToLower(t), m) {
			return true
		}
	}
	return false
}
