package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// A BOM row is read under its part number, not its level, and a value
// ending in a full stop gets no second one.
func TestRowSentenceLabelsByPartNotLevel(t *testing.T) {
	row := kg.Chunk{Kind: "table_row", Text: "Level: 2; Part No.: CP200-CPL-02; Description: Coupling hub, motor side, bore 38 mm; Qty: 1; Supplier: Jiaxing Lianda Transmission Co."}
	got := rowSentence(row)
	want := "CP200-CPL-02 — Description Coupling hub, motor side, bore 38 mm, Qty 1, Supplier Jiaxing Lianda Transmission Co."
	if got != want {
		t.Fatalf("rowSentence = %q, want %q", got, want)
	}
	// a level that is the row's only label stays
	if got := rowSentence(kg.Chunk{Kind: "table_row", Text: "Level: 2; Qty: 1"}); got != "2 — Qty 1." {
		t.Fatalf("two-cell row = %q", got)
	}
}

// The cheapest or dearest row's figure is one cell and reads as written;
// a money total is rounded to cents.
func TestExtremeReadsAsWritten(t *testing.T) {
	min := retrieval.Computed{Kind: "table", Subject: "Spare parts", Op: "min", Metric: "Unit price (CNY)", Value: 1.8, Count: 13, TableRows: 13, Money: true, Unit: "CNY", Cites: []int{1},
		Plan:  &tableq.Plan{Aggregate: "min", Column: "Unit price (CNY)"},
		Lines: []retrieval.Line{{Name: "CP200-CTL-06", Cites: []int{1}}}}
	got := renderComputed(min, "en", nil)
	if !strings.Contains(got, "1.8 CNY") || strings.Contains(got, "1.80") {
		t.Fatalf("extreme = %q, want 1.8 CNY as written", got)
	}
	sum := min
	sum.Op, sum.Plan = "sum", &tableq.Plan{Aggregate: "sum", Column: "Unit price (CNY)"}
	sum.Value, sum.Lines = 12.5, nil
	if got := renderComputed(sum, "en", nil); !strings.Contains(got, "12.50") {
		t.Fatalf("money sum = %q, want cents", got)
	}
}

// A figure whose letter unit runs into digits is a model name: "myCobot
// 280 M5" gives no "280 M".
func TestLeadFiguresSkipModelNames(t *testing.T) {
	figs := leadFigures("myCobot 280 M5 weighs 850 g in all", "what is the payload?")
	if slices.Contains(figs, "280 M") || !slices.Contains(figs, "850 g") {
		t.Fatalf("leadFigures = %q", figs)
	}
}
