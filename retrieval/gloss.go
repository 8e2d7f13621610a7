package retrieval

import (
	"sort"
	"strings"
)

// Gloss lists glossary words found in text with their first form in the
// other language ("地脚螺栓 = anchor bolt"), longest words first and none
// inside a longer one already given, at most max. An answer that quotes a
// passage in the other language labels it with these.
func Gloss(text, textLang string, max int) []string {
	type hit struct{ own, other string }
	var hits []hit
	lower := strings.ToLower(text)
	for _, e := range glossary {
		own, other := e.zhRaw, e.enRaw
		if textLang != "zh" {
			own, other = e.enRaw, e.zhRaw
		}
		for _, f := range own {
			if f == "" || len(other) == 0 {
				continue
			}
			if textLang == "zh" && strings.Contains(lower, f) || textLang != "zh" && wordFormIn(lower, f, glossEndings) {
				hits = append(hits, hit{f, other[0]})
				break
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return len(hits[i].own) > len(hits[j].own) })
	var out []string
	var taken []string
	for _, h := range hits {
		if len(out) == max {
			break
		}
		inside := false
		for _, t := range taken {
			inside = inside || strings.Contains(t, h.own)
		}
		if inside {
			continue
		}
		taken = append(taken, h.own)
		out = append(out, h.own+" = "+h.other)
	}
	return out
}

// glossEndings are the endings a glossed word may take: none, since an
// inflected word may mean something else ("covered" is not the pump
// cover), and a gloss that is wrong misleads more than one left out.
var glossEndings = map[string]bool{"": true}
