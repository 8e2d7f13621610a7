package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A top-n listing names the n rows asked for as the n highest (or
// lowest) of the column, out of how many rows, in both languages, and
// does not announce every row matched with "… and 22 more".
func TestRenderTopNListing(t *testing.T) {
	lines := []retrieval.Line{{Name: "Bearing — Spalling (RPN 168)", Cites: []int{1}}, {Name: "Bearing — Overheating (RPN 160)", Cites: []int{2}},
		{Name: "Impeller — Cavitation (RPN 140)", Cites: []int{3}}}
	top := retrieval.Computed{Kind: "table", Subject: "FMEA", Op: "list", Metric: "RPN", Count: 25, TableRows: 25, Cites: []int{1, 2, 3},
		Plan: &tableq.Plan{Aggregate: "list", Column: "RPN", Order: "desc", Limit: 3}, Lines: lines}
	bottom := top
	bottom.Plan = &tableq.Plan{Aggregate: "list", Column: "RPN", Order: "asc", Limit: 3}
	for _, c := range []struct {
		c         retrieval.Computed
		lang      string
		want, not []string
	}{
		{top, "en", []string{"The 3 highest RPN among the 25 rows of “FMEA”:", "Spalling", "Cavitation"}, []string{"more", "25 rows of “FMEA” :"}},
		{top, "zh", []string{"“FMEA”中的25条记录里，RPN最高的3条：", "Spalling"}, []string{"另有"}},
		{bottom, "en", []string{"The 3 lowest RPN"}, []string{"more"}},
	} {
		got := renderTable(c.c, c.lang)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", c.lang, got, w)
			}
		}
		for _, n := range c.not {
			if strings.Contains(got, n) {
				t.Errorf("%s: %q says %q", c.lang, got, n)
			}
		}
	}
}
