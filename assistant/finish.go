package assistant

import (
	"regexp"
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
	text, order := renumber(ans.Answer)
	ans.Answer = text
	for i, n := range order {
		it, _ := ev.Item(n)
		c := citation(it)
		c.N = i + 1
		ans.Citations = append(ans.Citations, c)
	}
	ans.Evidence = citedSubgraph(ev, cited)
	ans.Computed = ev.Computed
	return ans
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

func citation(it retrieval.Item) Citation {
	c := it.Chunk
	// The top heading is usually the title; the citation shows it once.
	if len(c.Section) > 0 && c.Section[0] == c.DocTitle {
		c.Section = c.Section[1:]
	}
	return Citation{
		N: it.N, ChunkID: c.ID, Section: c.SectionPath(), Page: c.Page, Lang: c.Lang,
		Snippet:  Snippet(c.Text, 320),
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
