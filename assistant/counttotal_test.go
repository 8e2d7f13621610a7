package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A question that counts rows and asks what they cost altogether is
// answered with the count and the total retrieval computed together; the
// second part asked alone has lost the rows it adds up.
func TestCountAndItsTotalAnsweredTogether(t *testing.T) {
	aid := []tableq.Filter{{Column: "AssetID", Op: "eq", Value: "AID2"}}
	count := retrieval.Computed{Kind: "table", Subject: "work_orders", Op: "count", Count: 88, TableRows: 500, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "count", Filters: aid}}
	total := retrieval.Computed{Kind: "table", Subject: "work_orders", Op: "sum", Metric: "Work_Order_Total_Actual_Cost", Value: 2272700, Count: 88, TableRows: 500, Cites: []int{1},
		Plan: &tableq.Plan{Aggregate: "sum", Column: "Work_Order_Total_Actual_Cost", Filters: aid}}
	row := item(1, "r", "PONumber: 7; AssetID: AID2; Work_Order_Total_Actual_Cost: 1200", "en", "work_orders")
	row.Chunk.Kind = "table_row"
	ev := evidence("How many work orders were there on AID2 and what did they cost altogether?", row)
	ev.Computed = []retrieval.Computed{count, total}
	ans := answer(t, ev)
	for _, want := range []string{"88", "2272700"} {
		if !strings.Contains(ans.Answer, want) {
			t.Errorf("answer lacks %s:\n%s", want, ans.Answer)
		}
	}
}
