package tableq

import (
	"strings"
	"testing"
)

// The row an FMEA extreme names is a failure mode: where the item's own
// path (subsystem, component, sub-component) already fills the label,
// the failure mode still says which row it is.
func TestLabelNamesFailureModeOfDeepItem(t *testing.T) {
	tb := loadTable(t, "../shared/corpus/fmea-hybrid-rag/data/dataset/fmea_dataset_filled.csv")
	p, ok := ParseWith(tb, "Hydraulic System 里 RPN 最高的是哪一条？多少分", glossaryTranslate(t))
	if !ok {
		t.Fatal("no plan")
	}
	res, err := Execute(tb, p.Plan)
	if err != nil || len(res.Rows) == 0 {
		t.Fatalf("plan [%s]: %v, %d rows", p.Plan, err, len(res.Rows))
	}
	got := res.Label(res.Rows[0])
	if !strings.Contains(got, "Fittings — Mechanical failure") || !strings.Contains(got, "RPN 24") {
		t.Errorf("label %q, want the sub-component, its failure mode and the RPN", got)
	}
}
