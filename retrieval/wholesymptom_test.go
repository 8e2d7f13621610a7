package retrieval

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A troubleshooting question's whole symptom, held by one passage below a
// budget full of parts-list rows that hold only the part, still reaches
// the evidence; a question of another intent leaves the budget as it is.
func TestWholeSymptomBeyondTheBudgetIsKept(t *testing.T) {
	var hits []kg.ScoredChunk
	for i := range 12 {
		hits = append(hits, kg.ScoredChunk{Score: 2 - 0.01*float64(i), Chunk: kg.Chunk{ID: fmt.Sprintf("bom%d", i), DocumentID: "bom",
			Kind: "table_row", Text: fmt.Sprintf("Part No.: FAN-%02d; Description: Fan motor bracket %d", i, i)}})
	}
	entry := kg.ScoredChunk{Score: 0.2, Chunk: kg.Chunk{ID: "codes", DocumentID: "codes", Text: "F02 fan motor overheating: clean the air filter."}}
	hits = append(hits, entry)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"the fan motor is overheating, what should I do?", true},
		{"which fan motor brackets are there?", false},
	} {
		f := newFusion()
		f.addScored(hits, weightFulltext, "fulltext")
		reserveWholeSymptoms(Analyze(c.q), f, 10)
		r := &Retriever{opts: Options{MaxItems: 10}.withDefaults()}
		var got []string
		for _, k := range r.budget(f) {
			got = append(got, k.chunk.ID)
		}
		if slices.Contains(got, "codes") != c.want {
			t.Errorf("%s: kept %v", c.q, got)
		}
	}
}
