package tableq

import "testing"

// Words that each find rows but no row together are a misreading, not a
// zero: the question is left to the rest of retrieval.
func TestNoFigureFromWordsNoRowHasTogether(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/bom.csv")
	for _, q := range []string{
		"How many motor bolts are supplied by Ningbo Jinhai Seal Co.?",
		"How many casing gaskets does Changzhou Ruitai Motor Co. supply?",
	} {
		if p, ok := Parse(tb, q); ok {
			t.Errorf("%q: read as [%s]", q, p.Plan)
		}
	}
	if _, ok := Parse(tb, "How many parts does Ningbo Jinhai Seal Co. supply?"); !ok {
		t.Error("a supplier's parts are no longer counted")
	}
}
