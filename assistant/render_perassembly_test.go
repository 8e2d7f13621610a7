package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// Pieces counted in one assembly of a flat parts list are each line's
// quantity in that assembly: the answer must not say they were
// multiplied by how many assemblies the product has.
func TestRenderPiecesInOneAssembly(t *testing.T) {
	plan := &tableq.Plan{Aggregate: "count", Pieces: true, Filters: []tableq.Filter{{Column: "assembly", Op: "eq", Value: "rocker bogie"}, {Column: tableq.AnyColumn, Op: "match", Value: "control arm"}}}
	per := retrieval.Computed{Kind: "table", Subject: "parts_list", Op: "count", Value: 2, Count: 1, TableRows: 47, Cites: []int{1}, Plan: plan, Noun: "arms", PerAssembly: true}
	whole := per
	whole.PerAssembly = false
	for _, c := range []struct {
		c         retrieval.Computed
		lang      string
		want, not string
	}{
		{per, "en", "in one such assembly", "times that of"},
		{per, "zh", "按每个该组件中的数量计", "乘以"},
		{whole, "en", "times that of the assemblies", "one such assembly"},
	} {
		got := renderTable(c.c, c.lang)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) || !strings.Contains(got, "2") {
			t.Errorf("%s: %q, want %q and not %q", c.lang, got, c.want, c.not)
		}
	}
}
