package retrieval

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A question that counts a set and then a part of it ("其中", "of
// those") is answered with both counts, the whole set's first.
func TestSubsetCountGivesTheSetToo(t *testing.T) {
	rows := []string{
		"PONumber: 1; AssetID: AID1; Work_Order_Basic_Start_Date: 13/09/2006",
		"PONumber: 2; AssetID: AID1; Work_Order_Basic_Start_Date: 28/02/2005",
		"PONumber: 3; AssetID: AID1; Work_Order_Basic_Start_Date: 01/03/2006",
		"PONumber: 4; AssetID: AID2; Work_Order_Basic_Start_Date: 01/03/2006",
		"PONumber: 5; AssetID: AID1; Work_Order_Basic_Start_Date: 11/07/2004",
	}
	tables := workOrderTables(t, rows)
	for _, c := range []struct {
		q         string
		base, sub int
	}{
		{"工单里 AID1 的有多少张？其中 2006 年开的有几张？", 4, 2},
		{"how many work orders does AID1 have, and of those how many started in 2006?", 4, 2},
		{"how many work orders does AID1 have in 2006?", 0, 2},
	} {
		sub, err := tableq.AnswerOver(context.Background(), tables, c.q, tableq.Options{})
		if err != nil || sub == nil || sub.Count != c.sub {
			t.Fatalf("%q: %+v, %v; want %d", c.q, sub, err, c.sub)
		}
		base, ok := baseCount(context.Background(), tables, c.q, sub, tableq.Options{})
		if ok != (c.base > 0) || ok && base.Count != c.base {
			t.Errorf("%q: base %d, %v; want %d", c.q, base.Count, ok, c.base)
		}
	}
}

// workOrderTables is a work-order log of rows, one chunk each, as the
// only table a question is answered over.
func workOrderTables(t *testing.T, rows []string) []*tableq.Table {
	t.Helper()
	var chunks []kg.Chunk
	for i, r := range rows {
		chunks = append(chunks, kg.Chunk{ID: "wo" + string(rune('a'+i)), Text: r})
	}
	tb, err := tableq.NewTable(kg.Table{DocumentID: "wo", DocTitle: "work_orders", Rows: len(rows)}, chunks)
	if err != nil {
		t.Fatal(err)
	}
	return []*tableq.Table{tb}
}
