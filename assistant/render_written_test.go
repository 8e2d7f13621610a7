package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A count of rows lacking a value says how many say so in words and how
// many are blank: "rows that say there are no current controls" are the
// first, "rows without controls" all of them.
func TestCountOfEmptyCellsSaysWhichAreWritten(t *testing.T) {
	c := retrieval.Computed{Kind: "table", Subject: "fmea", Op: "count", Count: 16, TableRows: 330,
		Plan:    &tableq.Plan{Aggregate: "count", Filters: []tableq.Filter{{Column: "Current Controls", Op: "missing"}}},
		Written: []retrieval.Line{{Name: "No current controls", Qty: 9}}}
	for lang, want := range map[string][]string{
		"en": {"16 rows", "Of these, 9 rows say “No current controls”", "7 are blank"},
		"zh": {"16", "9条写明“No current controls”", "7条为空"},
	} {
		got := renderTable(c, lang)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", lang, got, w)
			}
		}
	}
	c.Written = nil
	if got := renderTable(c, "en"); strings.Contains(got, "blank") {
		t.Errorf("%q: blank rows named where no row says anything", got)
	}
}
