package assistant

import (
	_ "embed"
	"regexp"
	"strings"
)

// A material's name states the material of what it describes, as a value
// in a unit states a measure: the data sheet's "Shaft 2Cr13 stainless
// steel" and the manual's "泵体（灰铸铁 HT250）" answer what they are made
// of without the word "material".

//go:embed materials.txt
var materialsText string

var materialNames = func() []string {
	var out []string
	for _, l := range strings.Split(materialsText, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, strings.ToLower(l))
		}
	}
	return out
}()

// materialGrade matches the grade codes standards give materials: grey
// iron HT250, structural steel Q235B, stainless 2Cr13 / 304 / 316L, cast
// stainless CF8.
var materialGrade = regexp.MustCompile(`\b(?:HT\d{3}|QT\d{3}(?:-\d+)?|Q\d{3}[A-E]?|\dCr\d{2}\w*|\d{2}Cr\w+|CF\d[M]?|SUS\d{3}L?|AISI\s?\d{3}L?|\d{3}L)\b`)

// statesMaterial reports a material named in text.
func statesMaterial(text string) bool {
	if materialGrade.MatchString(text) {
		return true
	}
	lower := strings.ToLower(text)
	for _, m := range materialNames {
		if !isASCII(m) {
			if strings.Contains(lower, m) {
				return true
			}
			continue
		}
		if wordInText(lower, m) {
			return true
		}
	}
	return false
}

// asksMaterial reports an attribute that is a material, named or asked
// as what a thing is made of ("what's the casing gasket made of").
func asksMaterial(attr string) bool {
	lower := strings.ToLower(attr)
	return strings.Contains(lower, "material") || strings.Contains(lower, "材料") || strings.Contains(lower, "材质") ||
		reMadeOf.MatchString(lower)
}

var reMadeOf = regexp.MustCompile(`\bmade (?:of|from|out of)\b|\bmade\s*[?？]?$|什么做的|啥做的|什么材`)
