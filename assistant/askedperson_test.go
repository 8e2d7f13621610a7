package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// Rows grouped by a place or a machine do not say which person did the
// most; rows grouped by a column of people, or by what is asked, do.
func TestPersonAskedNeedsPeopleColumn(t *testing.T) {
	grouped := func(col, part string) retrieval.Computed {
		return retrieval.Computed{Kind: "table", Plan: &tableq.Plan{Aggregate: "count", GroupBy: col, GroupPart: part}}
	}
	for _, c := range []struct {
		question string
		c        retrieval.Computed
		want     bool // the answer is dropped
	}{
		{"工单里哪个技术员做的工单最多？", grouped("Functional_Location_Description", ""), true},
		{"哪位维修工处理的故障最多", grouped("AssetID", ""), true},
		{"Which technician closed the most work orders?", grouped("Functional_Location_Description", ""), true},
		{"which maintenance engineer logged the most downtime?", grouped("Machine", ""), true},
		{"Which technician closed the most work orders?", grouped("Technician", ""), false},
		{"哪个技术员做的工单最多", grouped("维修人员", ""), false},
		{"Which operator raised the most faults?", grouped("ReportedBy", ""), false},
		{"Who supplies the most parts?", grouped("Supplier", ""), false},
		{"哪个功能位置的工单最多", grouped("Functional_Location_Description", ""), false},
		{"Which year has the most work orders starting?", grouped("Basic_start_date", "year"), false},
		{"Which technician closed the most work orders?", retrieval.Computed{Kind: "bom"}, false},
	} {
		if got := groupsOtherThanPeople(c.question, c.c); got != c.want {
			t.Errorf("%q grouped by %v: dropped = %v, want %v", c.question, c.c.Plan, got, c.want)
		}
	}
}
