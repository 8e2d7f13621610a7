package retrieval

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A question that counts rows and then asks what they add up to ("and
// what's their combined cost", "总费用加起来多少") is answered with both.
func TestCountThenTotalGivesBoth(t *testing.T) {
	rows := []string{
		"PONumber: 1; AssetID: AID1; Work_Order_Total_Actual_Cost: 100",
		"PONumber: 2; AssetID: AID1; Work_Order_Total_Actual_Cost: 250",
		"PONumber: 3; AssetID: AID2; Work_Order_Total_Actual_Cost: 900",
	}
	tables := workOrderTables(t, rows)
	for _, c := range []struct {
		q     string
		total float64
	}{
		{"How many work orders were raised against AID1, and what's their combined cost?", 350},
		{"AID1 的工单有几张？总费用加起来多少？", 350},
		{"How many work orders were raised against AID1, and what did they cost altogether?", 350},
		{"How many work orders were there on AID1 and what did they cost altogether?", 350},
		{"How many work orders were raised against AID1?", 0},
	} {
		count, err := tableq.AnswerOver(context.Background(), tables, c.q, tableq.Options{})
		if err != nil || count == nil || count.Count != 2 {
			t.Fatalf("%q: %+v, %v; want a count of 2", c.q, count, err)
		}
		total, ok := countsTotal(context.Background(), tables, c.q, count, tableq.Options{})
		if ok != (c.total > 0) || ok && total.Value != c.total {
			t.Errorf("%q: total %v, %v; want %v", c.q, total.Value, ok, c.total)
		}
	}
}
