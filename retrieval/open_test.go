package retrieval

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// productPages are passages that repeat the product's name and say
// nothing else the question asks.
func productPages(n int) []kg.ScoredChunk {
	var out []kg.ScoredChunk
	for i := range n {
		c := kg.Chunk{ID: fmt.Sprintf("page.%d", i), Text: "myCobot 280 M5 myCobot 320 M5 myPalletizer 260 M5", Section: []string{"myCobot 280 M5 (2023)"}}
		out = append(out, kg.ScoredChunk{Chunk: c, Score: float64(10 - i)})
	}
	return out
}

// The term no top passage holds ("payload", when every top passage only
// repeats "myCobot 280 M5") is searched alone, and its best passage leads
// that list; a word of how people ask opens no search.
func TestOpenTermsAreSearchedAlone(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	rows := []string{"Index: Payload; Parameters: 250g", "Index: Weight; Parameters: 800g", "Wipe the lens often with a dry cloth.",
		"The sides of the rover are mirrored.", "M4x35 full thread screw", "Charge the battery overnight.",
		"Viton O rings are well worth the effort and price!"}
	var chunks []kg.Chunk
	for _, text := range rows {
		chunks = append(chunks, kg.Chunk{Text: text, Kind: "table_row"})
	}
	writeDoc(t, st, kg.Document{ID: kg.DocumentID("params.md"), URI: "params.md", SHA256: "1", Audience: kg.Public}, chunks...)
	r := New(st, nil, Options{})
	searchOpen := func(q string) ([]kg.ScoredChunk, error) {
		g := &gathered{text: productPages(5)}
		err := r.searchOpen(ctx, kg.Public, Analyze(q), g)
		return g.open, err
	}
	open, err := searchOpen("What is the payload of the myCobot 280 for M5?")
	if err != nil {
		t.Fatal(err)
	}
	if len(open) != 1 || open[0].Chunk.Text != rows[0] || math.Abs(open[0].Score-weightOpen) > 1e-9 {
		t.Fatalf("open hits = %+v, want the payload row at %v", open, weightOpen)
	}
	// A word no passage holds ("cope") is the asker's: it is not required
	// of what the open search finds.
	if open, err := searchOpen("What payload does the myCobot 280 M5 cope with?"); err != nil || len(open) != 1 || open[0].Chunk.Text != rows[0] {
		t.Errorf("with a word no passage holds: open hits = %+v (%v), want the payload row", open, err)
	}
	for q, why := range map[string]string{
		"How often is the myCobot 280 M5 calibrated?": "a phrasing word",
		// What was left open must be held whole: a passage with "rover"
		// and another with "full" are about neither the charge nor the arm.
		"Does the myCobot 280 M5 rover take a full charge?": "a passage holding only part of the open terms",
		// Only a question for a value searches its open terms: elsewhere
		// they are a second topic, and a passage holding them alone says
		// nothing about the product.
		"Which price has the myCobot 280 M5?": "a question that asks for no value",
		// Every term open is a question the first search did not find at all.
		"What is the payload?": "a question whose terms no passage held",
		// A Chinese item no passage names is still asked for: the payload
		// row says nothing of a contactor.
		"myCobot 280 M5 接触器的 payload 是多少？": "an item no passage names",
	} {
		if open, err := searchOpen(q); err != nil || len(open) != 0 {
			t.Errorf("%s: open hits = %+v (%v), want none for %s", q, open, err, why)
		}
	}
}

// A reserved passage is kept beyond the item budget; the others are cut
// at it.
func TestReservedPassageIsKeptBeyondTheBudget(t *testing.T) {
	f := newFusion()
	f.addScored(productPages(8), weightFulltext, "fulltext")
	row := kg.Chunk{ID: "row", Text: "Index: Payload; Parameters: 250g"}
	f.addBetter([]kg.ScoredChunk{{Chunk: row, Score: 0.3}}, 1, "open", "fulltext")
	f.byID["row"].reserved = true
	r := &Retriever{opts: Options{MaxItems: 4}.withDefaults()}
	kept := r.budget(f)
	if len(kept) != 5 || kept[len(kept)-1].chunk.ID != "row" {
		var ids []string
		for _, c := range kept {
			ids = append(ids, c.chunk.ID)
		}
		t.Fatalf("kept = %v, want four pages and the row", ids)
	}
}
