package tableq

import (
	"context"
	"testing"
)

// "How many spare parts" names the spare-parts list more closely than the
// "parts" every BOM holds: the list is counted, whichever comes first.
func TestCloserKindNounPicksTheTable(t *testing.T) {
	bom := chunkTable(t, "assembly",
		"Level: 1; Part No.: X-100; Description: Frame; Qty: 1; Unit: pcs; Supplier: A Co.",
		"Level: 2; Part No.: X-101; Description: Bolt; Qty: 4; Unit: pcs; Supplier: B Co.",
		"Level: 2; Part No.: X-102; Description: Seal; Qty: 1; Unit: pcs; Supplier: C Co.")
	spares := chunkTable(t, "stock",
		"Part No.: X-102; Name: Seal; Recommended stock: 2",
		"Part No.: X-103; Name: Gasket; Recommended stock: 4")
	for _, q := range []string{"how many spare parts are listed?", "how many spare parts are there in total"} {
		res, err := AnswerOver(context.Background(), []*Table{bom, spares}, q, Options{Translate: glossaryTranslate(t)})
		if err != nil || res == nil {
			t.Fatalf("%q: no answer: %v", q, err)
		}
		if res.Count != 2 {
			t.Errorf("%q: counted %d rows, want the spare-parts list's 2", q, res.Count)
		}
	}
}
