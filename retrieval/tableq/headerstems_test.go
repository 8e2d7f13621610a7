package tableq

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestHeaderWordReadsRememberedStems checks headerWord against the
// stems of the header words worked out afresh, for a header seen once
// and again, and that the memory stays within its bound.
func TestHeaderWordReadsRememberedStems(t *testing.T) {
	tbl := &Table{Columns: []Column{{Name: "Recommended Spares (pcs)"}, {Name: "DowntimeHours"}, {Name: "故障代码"}}}
	fresh := func(stem string) bool {
		for _, c := range tbl.Columns {
			for _, w := range strings.Fields(normHeader(c.Name)) {
				if Stem(w) == stem {
					return true
				}
			}
		}
		return false
	}
	for round := 0; round < 2; round++ {
		for _, w := range []string{"recommended", "spares", "spare", "downtime", "hours", "pcs", "故障代码", "pump"} {
			stem := Stem(w)
			if got, want := tbl.headerWord(stem), len(stem) >= 4 && (fresh(stem) || synonymWord(stem)); got != want {
				t.Errorf("round %d, %q: headerWord %v, want %v", round, w, got, want)
			}
		}
	}
	for i := 0; i <= maxHeaderStems; i++ {
		headerStems(fmt.Sprintf("Column %d", i))
	}
	if n := len(headerStemsOf.m); n > maxHeaderStems {
		t.Errorf("%d headers remembered, bound %d", n, maxHeaderStems)
	}
	if got := headerStems("Recommended Spares (pcs)"); !slices.Equal(got, []string{Stem("recommended"), Stem("spares")}) {
		t.Errorf("stems %q", got)
	}
}

// synonymWord reports a stem of a word of the column synonyms every
// table is also read with.
func synonymWord(stem string) bool {
	return (&Table{}).headerWord(stem)
}

// BenchmarkHeaderWord checks a question's leftover word against a
// table's headers, as every table question does for each such word.
func BenchmarkHeaderWord(b *testing.B) {
	tbl := &Table{Columns: []Column{{Name: "Work Order"}, {Name: "Equipment"}, {Name: "Symptom"}, {Name: "Cause"}, {Name: "Downtime (h)"}}}
	stem := Stem("leaking")
	for i := 0; i < b.N; i++ {
		tbl.headerWord(stem)
	}
}
