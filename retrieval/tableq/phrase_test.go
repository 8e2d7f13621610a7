package tableq

import (
	"fmt"
	"slices"
	"testing"
)

// TestPhrasesAndNamesAreReadOnce checks the remembered forms of phrases
// against those read afresh (seen once, seen again, after the memory has
// started over), and that looking again for a phrase or a column's names
// builds nothing: every question looks for them in every table.
func TestPhrasesAndNamesAreReadOnce(t *testing.T) {
	phrases := []string{"", "  ", " Work Orders ", "hydro test", "功能位置描述", "P-102 (cooling loop)", "Supplier's part"}
	check := func(when string) {
		for _, p := range phrases {
			for _, stem := range []bool{false, true} {
				got, want := formOf(p, stem), readPhrase(p, stem)
				if got.text != want.text || got.han != want.han || !slices.Equal(got.words, want.words) {
					t.Errorf("%s, %q stem=%v: %+v, want %+v", when, p, stem, got, want)
				}
			}
		}
	}
	check("first")
	check("again")
	for i := 0; i <= maxPhrases; i++ {
		formOf(fmt.Sprint("phrase ", i), true)
	}
	check("after starting over")

	tb := chunkTable(t, "work orders",
		"Work_Order_Total_Actual_Cost: 120; WorkCentre: WC2; Downtime (h): 3",
		"Work_Order_Total_Actual_Cost: 80; WorkCentre: WC1; Downtime (h): 5")
	q := newQuestion("which work centre lost the most downtime")
	for i := range tb.Columns {
		if names := tb.columnNames(i); !slices.Equal(names, tb.readColumnNames(i)) {
			t.Errorf("column %d: names %q, want %q", i, names, tb.readColumnNames(i))
		}
	}
	found := 0
	allocs := testing.AllocsPerRun(20, func() {
		found = 0
		for i := range tb.Columns {
			for _, name := range tb.columnNames(i) {
				found += len(q.find(name))
			}
		}
		tb.sheetNames()
	})
	if allocs > float64(found) { // one for each span found
		t.Errorf("looking again for the columns' names allocates %.0f times for %d spans", allocs, found)
	}
}

// A question parsed over many tables is read once: each parse gets the
// same reading with bytes of its own to take.
func TestQuestionIsReadOnceForEveryTable(t *testing.T) {
	texts := []string{"", "What do the drive wheel parts cost?", "液压系统（Hydraulic System）有哪几个零件", "Which pump's seals leak", "list every RPN over five "}
	check := func(when string) {
		for _, s := range texts {
			got, want := newQuestion(s), prepare(s)
			if got.text != want.text || !slices.Equal(got.words, want.words) || !slices.Equal(got.taken, want.taken) || got.sumsCost != want.sumsCost {
				t.Errorf("%s, %q: read %+v, want %+v", when, s, got, want)
			}
			if len(got.taken) > 0 {
				got.take(span{0, len(got.taken)}) // a parse taking words leaves the next parse's alone
			}
		}
	}
	check("first")
	check("again")
	for i := 0; i <= maxPrepared; i++ {
		newQuestion(fmt.Sprint("question ", i))
	}
	check("after starting over")
	s := texts[1]
	if allocs := testing.AllocsPerRun(20, func() { newQuestion(s) }); allocs > 2 {
		t.Errorf("reading a question again allocates %.0f times", allocs)
	}
}

// A word filter asks which columns to search for every row: the answer
// is read once per table and is what reading it afresh gives.
func TestColumnKindsAreReadOnce(t *testing.T) {
	tb := chunkTable(t, "work orders",
		"WO: 1; Asset: Pump P-101; Problem: Seal leaking; Downtime (h): 3",
		"WO: 2; Asset: Fan F-2; Problem: Bearing noise; Downtime (h): 5")
	var text, key []int
	for i, c := range tb.Columns {
		if !c.Numeric {
			text = append(text, i)
			if keyRoles[c.Role] {
				key = append(key, i)
			}
		}
	}
	search := text
	if len(key) > 0 {
		search = key
	}
	if !slices.Equal(tb.textColumns(), text) || !slices.Equal(tb.searchColumns(), search) {
		t.Errorf("text columns %v, search columns %v; want %v, %v", tb.textColumns(), tb.searchColumns(), text, search)
	}
	if allocs := testing.AllocsPerRun(20, func() {
		for _, r := range tb.Rows {
			tb.keeps(r, Filter{Column: AnyColumn, Op: "match", Value: "seal"})
		}
	}); allocs > 0 {
		t.Errorf("a word filter over the rows allocates %.0f times", allocs)
	}
}
