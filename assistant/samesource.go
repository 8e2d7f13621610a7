package assistant

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A section may state one value twice, in its table and in its prose
// ("| Rated voltage | 380 | V | ±10% |" and "Rated voltage: 380 V ±10%").
// Cited as two sources, the reader finds the same document and section
// listed twice for one figure; cited once, the source list says the same
// with no echo.

// citeSameStatementOnce rewrites a marker whose passage comes from the
// same document section as a passage cited before it, and states no figure
// that passage does not, to that earlier passage's marker.
func citeSameStatementOnce(ev *retrieval.Evidence, text string) string {
	var seen []retrieval.Item
	sameAs := map[int]int{}
	for _, m := range citeMarker.FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		if _, done := sameAs[n]; done {
			continue
		}
		it, ok := ev.Item(n)
		if !ok {
			continue
		}
		sameAs[n] = n
		for _, s := range seen {
			if restates(s, it) {
				sameAs[n] = s.N
				break
			}
		}
		if sameAs[n] == n {
			seen = append(seen, it)
		}
	}
	text = citeMarker.ReplaceAllStringFunc(text, func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		if k, ok := sameAs[n]; ok {
			return "[" + strconv.Itoa(k) + "]"
		}
		return m
	})
	return markersOnceInARun(text)
}

// restates reports b a passage of a's document section whose figures a
// states all of. Two rows of one table are two records however alike
// their figures.
func restates(a, b retrieval.Item) bool {
	if a.Chunk.Kind == "table_row" && b.Chunk.Kind == "table_row" {
		return false
	}
	if a.Chunk.DocumentID != b.Chunk.DocumentID || a.Chunk.SectionPath() != b.Chunk.SectionPath() || a.Chunk.Page != b.Chunk.Page {
		return false
	}
	figs := figureSet(b.Chunk.Text)
	if len(figs) == 0 {
		return false
	}
	has := figureSet(a.Chunk.Text)
	for _, f := range figs {
		if _, found := slices.BinarySearch(has, f); !found {
			return false
		}
	}
	return true
}

// markersOnceInARun drops a marker already given in the same run of
// markers ("[1][2][1]" reads "[1][2]").
func markersOnceInARun(text string) string {
	var b strings.Builder
	var run []string
	pos, prevEnd := 0, -1
	for _, loc := range citeMarker.FindAllStringIndex(text, -1) {
		if loc[0] != prevEnd {
			run = run[:0]
		}
		m := text[loc[0]:loc[1]]
		b.WriteString(text[pos:loc[0]])
		if !slices.Contains(run, m) {
			b.WriteString(m)
			run = append(run, m)
		}
		prevEnd, pos = loc[1], loc[1]
	}
	b.WriteString(text[pos:])
	return b.String()
}
