package tableq

import (
	"regexp"
	"strings"
)

// A threshold is often followed by a note on its boundary: "超过5小时的工单
// （不含5小时）", "downtime of 2 h or more (including 2)". The note restates
// the threshold's figure, so it is no figure of its own, and says whether
// the figure itself counts.

// reBoundaryNote is a bracketed note that the figure is or is not counted.
var reBoundaryNote = regexp.MustCompile(`[（(]\s*(不含|不包括|不包含|含|包括|包含|excluding|not counting|not including|including|inclusive of|exclusive of)\s*(?:exactly\s*)?(\d+(?:\.\d+)?)[^（()）]{0,16}[）)]`)

// boundaryNote takes a boundary note from q and returns its figure and
// whether the note counts it; ok is false when q has none.
func boundaryNote(q *question) (figure string, inclusive, ok bool) {
	m := reBoundaryNote.FindStringSubmatchIndex(q.text)
	if m == nil || !q.free(span{m[0], m[1]}) {
		return "", false, false
	}
	q.take(span{m[0], m[1]})
	word := q.text[m[2]:m[3]]
	inclusive = !strings.HasPrefix(word, "不") && !strings.HasPrefix(word, "ex") && !strings.HasPrefix(word, "not")
	return q.text[m[4]:m[5]], inclusive, true
}

// withBoundary makes the comparisons against figure count it or not, as
// the note says.
func withBoundary(fs []Filter, figure string, inclusive bool) []Filter {
	want, _ := Number(figure)
	for i, f := range fs {
		if v, ok := Number(f.Value); !ok || v != want {
			continue
		}
		switch {
		case inclusive && f.Op == "gt":
			fs[i].Op = "ge"
		case inclusive && f.Op == "lt":
			fs[i].Op = "le"
		case !inclusive && f.Op == "ge":
			fs[i].Op = "gt"
		case !inclusive && f.Op == "le":
			fs[i].Op = "lt"
		}
	}
	return fs
}
