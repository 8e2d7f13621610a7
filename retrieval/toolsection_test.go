package retrieval

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// The tools list of a guide whose steps were found joins the evidence
// for a question asking what tools a job takes, and for no other.
func TestToolsListOfTheGuideIsKept(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	doc := kg.Document{ID: kg.DocumentID("motors.md"), URI: "motors.md", SHA256: "1", Audience: kg.Public, Chunks: 4}
	writeDoc(t, st, doc,
		kg.Chunk{Text: "1 Motor board case\n3 stepper motors", Section: []string{"Requirements", "Parts"}, Kind: "text"},
		kg.Chunk{Text: "1 2.5mm hex key\n3cm insulating tape", Section: []string{"Requirements", "Tools"}, Kind: "text"},
		kg.Chunk{Text: "Fit the gears onto the motors.", Section: []string{"Assembly Instructions", "Step 1"}, Kind: "text"},
		kg.Chunk{Text: "Fit each motor onto the microscope body using two M4 screws.", Section: []string{"Assembly Instructions", "Step 2"}, Kind: "text"})
	kept, err := st.Chunks(ctx, kg.Public, []string{kg.ChunkID(doc.ID, 3)})
	if err != nil || len(kept) != 1 {
		t.Fatalf("chunks = %v, %v", kept, err)
	}
	r := New(st, nil, Options{})
	ev := &Evidence{Question: Analyze("给显微镜装电机要准备哪些工具？"), Items: []Item{{N: 1, Chunk: kept[0], Score: 1}}}
	if err := r.addToolsLists(ctx, kg.Public, ev); err != nil {
		t.Fatal(err)
	}
	if len(ev.Items) != 2 || ev.Items[1].Chunk.Ordinal != 1 || ev.Items[1].N != 2 {
		t.Fatalf("items = %+v, want the tools list second", ev.Items)
	}
	ev = &Evidence{Question: Analyze("How do I fit the motors?"), Items: []Item{{N: 1, Chunk: kept[0], Score: 1}}}
	if err := r.addToolsLists(ctx, kg.Public, ev); err != nil || len(ev.Items) != 1 {
		t.Fatalf("items = %d (%v), want 1", len(ev.Items), err)
	}
}
