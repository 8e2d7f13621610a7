package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/ingest/mappings"
)

// Every cell of every table row in the evidence has its header read and
// its names checked against the question, so reading a header must not
// build anything afresh.
func TestHeaderReadingBuildsNothingPerCall(t *testing.T) {
	cases := []struct{ header, want string }{
		{"Work_Order_Basic_Start_Date", "work order basic start date"},
		{"Sub-Component", "sub component"},
		{"Potential Cause(s) of Failure", "potential cause of failure"},
		{"Unit Price (CNY)", "unit price"},
		{"供应商", "供应商"},
		{"Part No.", "part no"}, // the synonym, though written with its period
	}
	for _, c := range cases {
		if got := normHeader(c.header); got != c.want {
			t.Errorf("normHeader(%q) = %q, want %q", c.header, got, c.want)
		}
		// ToLower, Fields, Join and the separators' result allocate; a
		// replacer built per call would add three more.
		if allocs := testing.AllocsPerRun(20, func() { normHeader(c.header) }); allocs > 5 {
			t.Errorf("normHeader(%q) allocates %.0f times", c.header, allocs)
		}
	}
	var want []string
	for _, col := range mappings.Columns() {
		for _, s := range col.Synonyms {
			want = append(want, normHeader(s))
		}
	}
	if got := normalSynonyms(); len(got) != len(want) {
		t.Fatalf("normalSynonyms has %d names, want %d", len(got), len(want))
	}
	for i, s := range normalSynonyms() {
		if s.name != want[i] {
			t.Errorf("normalSynonyms()[%d] = %q, want %q", i, s.name, want[i])
		}
		for _, n := range []string{"unit", "unit price", "单价", "单", "price of the unit"} {
			if got, old := s.longerThan(sizeName(n)), longerName(s.name, n); got != old {
				t.Errorf("%q longer than %q: %v, longerName says %v", s.name, n, got, old)
			}
		}
	}
	// The synonyms are read and sized once, not once per cell: what is
	// left is the question's check against the few longer ones, under one
	// allocation for five names.
	question := func() {
		insideLongerField("what is the unit price", []string{"what", "is", "the", "unit", "price"}, "unit")
	}
	if allocs, most := testing.AllocsPerRun(20, question), len(want)/5; allocs > float64(most) {
		t.Errorf("insideLongerField allocates %.0f times, want at most %d", allocs, most)
	}
}
