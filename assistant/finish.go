package assistant

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

var citeMarker = regexp.MustCompile(`\[(\d{1,3})\]`)

// Finish resolves a draft's [n] markers against the evidence. Markers that
// point at no evidence item are removed and recorded in the trace, so a
// citation can never send a reader to nothing.
func Finish(ev *retrieval.Evidence, d Draft, answerer string) *Answer {
	ans := &Answer{
		Question: ev.Question.Text, Lang: ev.Question.AnswerLang(), Answerer: answerer,
		Abstained: d.Abstained, Related: d.Related, Citations: []Citation{},
		Trace: Trace{Trace: ev.Trace, Answerer: answerer, Abstention: d.Reason, Removed: d.Removed},
	}
	cited := map[int]bool{}
	resolve := func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		if _, ok := ev.Item(n); !ok {
			ans.Trace.Removed = append(ans.Trace.Removed, "citation "+m+" points at no evidence item")
			return ""
		}
		cited[n] = true
		return m
	}
	// Removing a marker can join its neighbours into a new one ("[0[0]]"
	// leaves "[0]"), so resolve until nothing changes.
	text := d.Text
	for next := citeMarker.ReplaceAllStringFunc(text, resolve); next != text; next = citeMarker.ReplaceAllStringFunc(text, resolve) {
		text = next
	}
	ans.Answer = strings.TrimSpace(text)
	if ans.Abstained {
		ans.Evidence = kg.Subgraph{Entities: []kg.Entity{}, Relations: []kg.Relation{}}
		return ans
	}
	text, order := renumber(citeSameStatementOnce(ev, ans.Answer))
	ans.Answer = text
	said := markerStatements(text)
	for i, n := range order {
		it, _ := ev.Item(n)
		c := citation(it, said[i+1])
		c.N = i + 1
		ans.Citations = append(ans.Citations, c)
	}
	ans.Evidence = citedSubgraph(ev, cited)
	ans.Computed = computedCitedAs(ev.Computed, order)
	return ans
}

// Shown is the text Finish makes of a draft: what a stream that delivers
// a finished draft in one event sends, so the streamed words and the final
// answer's agree, citation numbers included.
func Shown(ev *retrieval.Evidence, d Draft) string {
	return Finish(ev, d, "").Answer
}

// computedCitedAs gives the computed results' citations the answer's own
// numbers, so a caller reading a total's cites finds the rows it used among
// the answer's citations; rows the answer did not cite are left out. The
// evidence keeps its numbering: it may be cached for the next question.
func computedCitedAs(cs []retrieval.Computed, order []int) []retrieval.Computed {
	if cs == nil {
		return nil // "none computed" reads the same on every store
	}
	newOf := map[int]int{}
	for i, n := range order {
		newOf[n] = i + 1
	}
	out := make([]retrieval.Computed, len(cs))
	for i, c := range cs {
		c.Cites = renumbered(c.Cites, newOf)
		c.Lines = linesCitedAs(c.Lines, newOf)
		c.Tops = linesCitedAs(c.Tops, newOf)
		out[i] = c
	}
	return out
}

func linesCitedAs(lines []retrieval.Line, newOf map[int]int) []retrieval.Line {
	if lines == nil {
		return nil
	}
	out := make([]retrieval.Line, len(lines))
	for i, l := range lines {
		l.Cites = renumbered(l.Cites, newOf)
		l.Children = linesCitedAs(l.Children, newOf)
		out[i] = l
	}
	return out
}

func renumbered(ns []int, newOf map[int]int) []int {
	var out []int
	for _, n := range ns {
		if k, ok := newOf[n]; ok {
			out = append(out, k)
		}
	}
	sort.Ints(out)
	return out
}

// renumber rewrites the markers so that they run 1..n in the order a
// reader meets them, and returns the evidence item behind each new number.
// Evidence numbers follow retrieval rank; a reader should not meet [7]
// first and wonder where [1] to [6] went.
func renumber(text string) (string, []int) {
	newOf := map[int]int{}
	var order []int
	for _, m := range citeMarker.FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		if _, ok := newOf[n]; !ok {
			order = append(order, n)
			newOf[n] = len(order)
		}
	}
	text = citeMarker.ReplaceAllStringFunc(text, func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		return "[" + strconv.Itoa(newOf[n]) + "]"
	})
	return dedupeMarkers(text), order
}

// dedupeMarkers drops a marker that repeats the one just before it
// ("[1][1]"), which merged lines can leave behind.
func dedupeMarkers(text string) string {
	var b strings.Builder
	last, prevEnd := "", -1
	pos := 0
	for _, loc := range citeMarker.FindAllStringIndex(text, -1) {
		m := text[loc[0]:loc[1]]
		b.WriteString(text[pos:loc[0]])
		if !(loc[0] == prevEnd && m == last) {
			b.WriteString(m)
		}
		last, prevEnd, pos = m, loc[1], loc[1]
	}
	b.WriteString(text[pos:])
	return b.String()
}

func citation(it retrieval.Item, said string) Citation {
	c := it.Chunk
	// The top heading is usually the title; the citation shows it once.
	if len(c.Section) > 0 && c.Section[0] == c.DocTitle {
		c.Section = c.Section[1:]
	}
	return Citation{
		N: it.N, ChunkID: c.ID, Section: c.SectionPath(), Page: c.Page, Lang: c.Lang,
		Snippet:  citedSnippet(c.Text, said),
		Document: DocRef{ID: c.DocumentID, URI: c.DocURI, Title: c.DocTitle},
	}
}

// citedSubgraph keeps the linked entities and the facts whose support was
// cited, so the evidence graph shows what the answer rests on.
func citedSubgraph(ev *retrieval.Evidence, cited map[int]bool) kg.Subgraph {
	g := kg.Subgraph{Entities: []kg.Entity{}, Relations: []kg.Relation{}}
	seen := map[string]bool{}
	add := func(id string) {
		if e, ok := ev.Entities[id]; ok && !seen[id] {
			seen[id] = true
			g.Entities = append(g.Entities, e)
		}
	}
	for _, l := range ev.Linked {
		add(l.Entity.ID)
	}
	for _, f := range ev.Facts {
		use := false
		for _, n := range f.Cites {
			use = use || cited[n]
		}
		if !use || f.From == "" {
			continue
		}
		add(f.From)
		add(f.To)
		g.Relations = append(g.Relations, f.Relation)
	}
	return g
}

// Snippet shortens text to about max bytes at a rune boundary.
func Snippet(text string, max int) string {
	text = strings.Join(strings.Fields(text), " ")
	if len(text) <= max {
		return text
	}
	cut := max
	for cut > 0 && !utf8Start(text[cut]) {
		cut--
	}
	return text[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
