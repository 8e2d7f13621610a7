package retrieval

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/kg/textseg"
)

// A customer writes "centre" where a manual writes "center", or
// "aluminium" where a parts list writes "aluminum": the two spellings stem
// apart, so a British word also searches for, and is covered by, its
// American form, and the other way round.
var spellingPairs = [][2]string{
	{"centre", "center"}, {"centres", "centers"}, {"centred", "centered"}, {"metre", "meter"}, {"metres", "meters"},
	{"litre", "liter"}, {"litres", "liters"}, {"colour", "color"}, {"colours", "colors"}, {"fibre", "fiber"},
	{"aluminium", "aluminum"}, {"grey", "gray"}, {"tyre", "tire"}, {"tyres", "tires"}, {"calibre", "caliber"},
	{"behaviour", "behavior"}, {"programme", "program"}, {"analyse", "analyze"}, {"optimise", "optimize"},
	{"catalogue", "catalog"}, {"draught", "draft"}, {"mould", "mold"}, {"moulded", "molded"},
}

var otherSpelling = func() map[string]string {
	m := map[string]string{}
	for _, p := range spellingPairs {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	return m
}()

// withOtherSpellings adds to each term written in one spelling the other.
func withOtherSpellings(q Question) Question {
	lower := strings.ToLower(q.Text)
	for w, other := range otherSpelling {
		if !wordFormIn(lower, w, wholeWord) {
			continue
		}
		toks := textseg.Tokens(w)
		if len(toks) != 1 {
			continue
		}
		t := toks[0]
		if !slices.Contains(q.Terms, t) {
			continue
		}
		if q.Alts == nil {
			q.Alts, q.altWords = map[string][][]string{}, map[string][]string{}
		}
		q.Alts[t] = append(q.Alts[t], textseg.Tokens(other))
		q.altWords[t] = append(q.altWords[t], other)
	}
	return q
}

// wholeWord lets a spelling match only as a word of its own:
// "centrepiece" holds no "centre".
var wholeWord = map[string]bool{"": true}

// withHyphenParts lets a word joined by a hyphen ("zero-position",
// "webcam-lens") match a passage writing it apart ("zero position"): the
// index holds the joined word as one token. Words with figures
// ("RS-485", "M3-8") are codes and stay whole.
func withHyphenParts(q Question) Question {
	for _, t := range q.Terms {
		if !strings.Contains(t, "-") || strings.ContainsAny(t, "0123456789") {
			continue
		}
		apart := strings.ReplaceAll(t, "-", " ")
		parts := textseg.Tokens(apart)
		if len(parts) < 2 {
			continue
		}
		if q.Alts == nil {
			q.Alts, q.altWords = map[string][][]string{}, map[string][]string{}
		}
		q.Alts[t] = append(q.Alts[t], parts)
		q.altWords[t] = append(q.altWords[t], apart)
	}
	return q
}

// An angle written as a compound ("45-degree bracket") is one term, which
// a parts list writes "45deg bracket" and a drawing "45° bracket": the
// term is read in the short form, with the spaced form beside it.
var reAngleTerm = regexp.MustCompile(`^(\d+(?:\.\d+)?)-?(?:degrees?|degre|deg)$`)

// withAngleTerms writes each angle term as figure and "deg".
func withAngleTerms(q Question) Question {
	for i, t := range q.Terms {
		m := reAngleTerm.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		short := m[1] + "deg"
		q.Terms[i] = short
		if q.Alts == nil {
			q.Alts, q.altWords = map[string][][]string{}, map[string][]string{}
		}
		q.Alts[short] = append(q.Alts[short], []string{m[1], "degre"})
		q.altWords[short] = append(q.altWords[short], m[1]+" degree")
		if q.words != nil {
			q.words[short] = short
		}
	}
	return q
}
