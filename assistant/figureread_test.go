package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A table figure reads as people write it: a share with one decimal, an
// amount of money with two, whole figures whole, other figures as before.
func TestTableFiguresReadAsWritten(t *testing.T) {
	share := func(v float64) retrieval.Computed {
		return retrieval.Computed{Kind: "table", Subject: "maintenance_log", Op: "percent", Value: v, Count: 17, TableRows: 32, Cites: []int{1},
			Plan: &tableq.Plan{Aggregate: "percent", Filters: []tableq.Filter{{Column: "Parts Replaced", Op: "missing"}}}}
	}
	money := func(agg string, v float64, unit string) retrieval.Computed {
		return retrieval.Computed{Kind: "table", Subject: "work_orders", Op: agg, Metric: "Total cost", Value: v, Count: 125, TableRows: 500,
			Unit: unit, Money: true, Cites: []int{1}, Plan: &tableq.Plan{Aggregate: agg, Column: "Total cost"}}
	}
	plain := money("avg", 6.45, "")
	plain.Money = false
	grouped := money("avg", 310.5, "")
	grouped.Plan = &tableq.Plan{Aggregate: "avg", Column: "Total cost", GroupBy: "Work centre", Order: "desc", Limit: 1}
	grouped.Lines = []retrieval.Line{{Name: "WC2", Qty: 310.5, Cites: []int{1}}}
	stock := retrieval.Computed{Kind: "table", Subject: "spare_parts", Op: "max", Metric: "Recommended stock", Value: 5, Count: 13, TableRows: 13,
		Unit: "pcs", Cites: []int{1}, Plan: &tableq.Plan{Aggregate: "max", Column: "Recommended stock"},
		Lines: []retrieval.Line{{Name: "CP200-CTL-06 — Control fuse", Cites: []int{1}}}}
	for _, c := range []struct {
		c          retrieval.Computed
		lang       string
		want, lack string
	}{
		{share(53.125), "en", "53.1% of the rows", "53.12"},
		{share(53.125), "zh", "占53.1%", "53.12"},
		{share(4.848), "en", "4.8% of the rows", "4.85"},
		{share(60), "en", "60% of the rows", "60.0"},
		{money("avg", 24574.4, ""), "en", "is 24574.40,", ""},
		{money("avg", 24574.4, ""), "zh", "为24574.40", ""},
		{money("sum", 12.5, "$"), "en", "is $12.50,", ""},
		{money("sum", 1200, "$"), "en", "is $1200,", "1200.00"},
		{money("avg", 4.966, "$"), "en", "is $4.97,", ""},
		{plain, "en", "is 6.45,", ""},
		{stock, "en", "is 5 pcs: CP200-CTL-06", ""},
		{stock, "zh", "最大值为5 个", "pcs"},
		{grouped, "en", "WC2 has the highest average Total cost in “work_orders”: 310.50.", ""},
	} {
		got := renderComputed(c.c, c.lang, &namer{})
		if !strings.Contains(got, c.want) || c.lack != "" && strings.Contains(got, c.lack) {
			t.Errorf("%s %s: %q, want %q without %q", c.lang, c.c.Plan, got, c.want, c.lack)
		}
	}
}
