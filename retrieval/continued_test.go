package retrieval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// A procedure cut into passages is kept whole: the passages of the same
// section before and after a kept passage of steps join the evidence, and
// those of other sections do not.
func TestStepsOfOneSectionAreKeptTogether(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "kg.db"), sqlite.WithDimensions(4))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	doc := kg.Document{ID: kg.DocumentID("faq.md"), URI: "faq.md", SHA256: "1", Audience: kg.Public, Chunks: 5}
	b, err := st.Begin(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	fix := []string{"Hardware", "How to fix joint jitter?"}
	chunks := []struct {
		text    string
		section []string
	}{
		{"1. Check the screen cable.", []string{"Hardware", "How to fix a dark screen?"}},
		{"How to fix joint jitter?\n1. Reduce the load.\n2. Use refresh mode.", fix},
		{"How to fix joint jitter?\n3. Adjust the PID.\n4. Update the firmware.", fix},
		{"How to fix joint jitter?\n5. Calibrate the zero position.", fix},
		{"1. Open the box.", []string{"Hardware", "How to unpack it?"}},
	}
	for i, c := range chunks {
		err := b.AddChunks(ctx, []kg.Chunk{{ID: kg.ChunkID(doc.ID, i), DocumentID: doc.ID, Ordinal: i, Text: c.text, Section: c.section, Kind: "text", Embedding: []float32{1, 0, 0, 0}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	kept, err := st.Chunks(ctx, kg.Public, []string{kg.ChunkID(doc.ID, 2)})
	if err != nil || len(kept) != 1 {
		t.Fatalf("chunks = %v, %v", kept, err)
	}
	r := New(st, nil, Options{})
	ev := &Evidence{Question: Analyze("The joints shake, how do I fix it?"), Items: []Item{{N: 1, Chunk: kept[0], Score: 1}}}
	if err := r.continueSteps(ctx, kg.Public, ev); err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, it := range ev.Items {
		got = append(got, it.Chunk.Ordinal)
	}
	if len(got) != 3 || got[1] != 1 || got[2] != 3 || ev.Items[2].N != 3 {
		t.Fatalf("ordinals kept = %v, want [2 1 3] numbered in order", got)
	}
	// A question that wants no procedure keeps the evidence as it is.
	ev = &Evidence{Question: Analyze("What is the payload?"), Items: []Item{{N: 1, Chunk: kept[0], Score: 1}}}
	if err := r.continueSteps(ctx, kg.Public, ev); err != nil || len(ev.Items) != 1 {
		t.Fatalf("items = %d (%v), want 1", len(ev.Items), err)
	}
}
