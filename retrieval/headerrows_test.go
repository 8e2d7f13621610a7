package retrieval

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// The rows of one table that hold the question's words only in their
// header ("Flow (m³/h)", "Head (m)" over every point of a curve) take two
// places; the row that states them in its cells ("Rated head") takes the
// next, and so does a row whose cells hold the asked figure ("30").
func TestHeaderOnlyRowsGiveWay(t *testing.T) {
	curve := func(n int) []kg.ScoredChunk {
		var out []kg.ScoredChunk
		for i := range n {
			out = append(out, kg.ScoredChunk{Score: 2 - 0.01*float64(i), Chunk: kg.Chunk{ID: fmt.Sprintf("curve%d", i), DocumentID: "sheet",
				Kind: "table_row", Section: []string{"Performance curve points"}, Text: fmt.Sprintf("Flow (m³/h): %d; Head (m): %d", 10*i, 38-i)}})
		}
		return out
	}
	faults := func(n int) []kg.ScoredChunk {
		var out []kg.ScoredChunk
		for i := range n {
			out = append(out, kg.ScoredChunk{Score: 2 - 0.01*float64(i), Chunk: kg.Chunk{ID: fmt.Sprintf("fault%d", i), DocumentID: "manual",
				Kind: "table_row", Section: []string{"Troubleshooting"}, Text: fmt.Sprintf("Fault: E0%d; Remedy: see section %d", i, i)}})
		}
		return out
	}
	rated := kg.ScoredChunk{Score: 1, Chunk: kg.Chunk{ID: "rated", DocumentID: "sheet", Kind: "table_row",
		Section: []string{"Hydraulic data"}, Text: "Parameter: Rated head; Value: 32 m"}}
	cases := []struct {
		name     string
		question string
		hits     []kg.ScoredChunk
		want     []string // the first ids kept, in order
	}{
		{"header words find the table, not a row", "What head does the pump reach?",
			append(curve(5), rated), []string{"curve0", "curve1", "rated", "curve2"}},
		{"a row holding the asked figure in a cell keeps its place", "What head at 30 m³/h?",
			append(curve(5), rated), []string{"curve0", "curve1", "curve3", "rated", "curve2", "curve4"}},
		{"few rows keep their places", "What head does the pump reach?",
			append(curve(2), rated), []string{"curve0", "curve1", "rated"}},
		{"a figure in a unit names the point of that column, not a row holding the figure elsewhere", "What flow do I get against 30 m of head?",
			append(curve(9), rated), []string{"curve0", "curve1", "curve7", "curve8", "rated"}},
		{"so it does in a Chinese question run on without spaces", "扬程为30米时流量是多少？",
			append(curve(9), rated), []string{"curve0", "curve1", "curve7", "curve8", "rated"}},
		{"rows of words keep their places", "What fault can the pump show?",
			append(faults(4), rated), []string{"fault0", "fault1", "fault2", "fault3", "rated"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFusion()
			f.addScored(c.hits, weightFulltext, "fulltext")
			demoteHeaderOnlyRows(Analyze(c.question), f)
			r := &Retriever{opts: Options{MaxItems: 10}.withDefaults()}
			var got []string
			for _, k := range r.budget(f) {
				got = append(got, k.chunk.ID)
			}
			if len(got) > len(c.want) {
				got = got[:len(c.want)]
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("kept %v, want %v first", got, c.want)
			}
		})
	}
}
