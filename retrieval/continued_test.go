package retrieval

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A procedure cut into passages is kept whole: the passages of the same
// section before and after a kept passage of steps join the evidence, and
// those of other sections do not.
func TestStepsOfOneSectionAreKeptTogether(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	doc := kg.Document{ID: kg.DocumentID("faq.md"), URI: "faq.md", SHA256: "1", Audience: kg.Public, Chunks: 5}
	fix := []string{"Hardware", "How to fix joint jitter?"}
	writeDoc(t, st, doc,
		kg.Chunk{Text: "1. Check the screen cable.", Section: []string{"Hardware", "How to fix a dark screen?"}, Kind: "text"},
		kg.Chunk{Text: "How to fix joint jitter?\n1. Reduce the load.\n2. Use refresh mode.", Section: fix, Kind: "text"},
		kg.Chunk{Text: "How to fix joint jitter?\n3. Adjust the PID.\n4. Update the firmware.", Section: fix, Kind: "text"},
		kg.Chunk{Text: "How to fix joint jitter?\n5. Calibrate the zero position.", Section: fix, Kind: "text"},
		kg.Chunk{Text: "1. Open the box.", Section: []string{"Hardware", "How to unpack it?"}, Kind: "text"})
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
