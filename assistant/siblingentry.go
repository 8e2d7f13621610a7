package assistant

import (
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A line that lists one figure per item under one label ("标准维修工时：更换
// 机械密封 2.5 h；更换轴承 4 h；更换叶轮 3 h") is quoted entry by entry. Asked
// for the impeller's time, the impeller's entry answers; its siblings
// under the same label, which name another item, are not quoted beside
// it as if they answered too.

// withoutSiblingEntries drops a quoted entry that shares its label with
// the first quote but lacks a question term the first one holds.
func withoutSiblingEntries(picked []scored, q retrieval.Question) []scored {
	if len(picked) < 2 {
		return picked
	}
	label, ok := entryLabel(picked[0].text)
	if !ok {
		return picked
	}
	first := retrieval.TokenSet(picked[0].text)
	out := picked[:1]
	for _, p := range picked[1:] {
		if l, ok := entryLabel(p.text); ok && l == label && p.n == picked[0].n && lacksHeldTerm(q, first, retrieval.TokenSet(p.text)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// entryLabel is the label an entry opens with, before its colon.
func entryLabel(s string) (string, bool) {
	for _, sep := range []string{"：", ": "} {
		if label, _, ok := strings.Cut(s, sep); ok && label != "" && len([]rune(label)) <= 20 {
			return label, true
		}
	}
	return "", false
}

// lacksHeldTerm reports a question term that first holds and other lacks.
func lacksHeldTerm(q retrieval.Question, first, other map[string]bool) bool {
	for _, t := range q.Terms {
		one := q
		one.Terms = []string{t}
		if one.Covered(first) == 1 && one.Covered(other) == 0 {
			return true
		}
	}
	return false
}
