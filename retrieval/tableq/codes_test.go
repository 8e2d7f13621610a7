package tableq

import (
	"context"
	"slices"
	"testing"
)

// A log row that names a part only by its number is found by what the
// parts list calls that part, and a question's everyday verb by the word
// the rows use: all four work orders that replaced the mechanical seal
// CP200-SEL-01, two of which only say "Replaced seal".
func TestLogRowsFoundByTheirPartsNames(t *testing.T) {
	log := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	bom := loadTable(t, "examples/demo/internal/bom.csv")
	linkCodes([]*Table{log, bom})
	want := []string{"WO-25-0012", "WO-25-0150", "WO-26-0021", "WO-26-0131"}
	for _, q := range []string{
		"Which jobs changed out the mechanical seal?",
		"list the work orders where a mechanical seal was renewed",
		"维修记录里机械密封换过几次？",
	} {
		res, err := AnswerOver(context.Background(), []*Table{log, bom}, q, Options{Translate: glossaryTranslate(t)})
		if err != nil || res == nil || res.Table != log {
			t.Fatalf("%q: no answer over the log (%v)", q, err)
		}
		var got []string
		for _, r := range log.filter(res.Plan.Filters) {
			got = append(got, r.Cell(log.Column("Work Order")))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: plan [%s] keeps %q, want %q", q, res.Plan, got, want)
		}
	}
	if unlinked := loadTable(t, "examples/demo/internal/maintenance_log.csv"); len(unlinked.filter([]Filter{{Column: AnyColumn, Op: "mention", Value: "mechanical seal"}})) != 2 {
		t.Errorf("without the BOM only the two rows that say mechanical seal should match")
	}
}

// An asset named by its code and its words is found by the code: "for the
// P-101 cooling loop" keeps P-101's seven work orders, not every row that
// says "cooling" and "loop" (P-102's and the chiller loop's too). The "p"
// of the code is no product word "for the p" of the sheet.
func TestAssetCodeBindsBesideItsWords(t *testing.T) {
	log := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	bom := loadTable(t, "examples/demo/internal/bom.csv")
	linkCodes([]*Table{log, bom})
	for _, q := range []string{
		"How many jobs were booked against the P-101 cooling loop?",
		"count the maintenance entries for the P-101 loop",
		"P-101 cooling loop 一共有几条维修记录？",
	} {
		res, err := AnswerOver(context.Background(), []*Table{log, bom}, q, Options{Translate: glossaryTranslate(t)})
		if err != nil || res == nil || res.Table != log {
			t.Fatalf("%q: no answer over the log (%v)", q, err)
		}
		if n := len(log.filter(res.Plan.Filters)); n != 7 {
			t.Errorf("%q: plan [%s] keeps %d rows, want 7", q, res.Plan, n)
		}
	}
}

// A Chinese word whose English is only a header's word ("推荐": the
// Recommended stock column) names the list, not rows that hold it: the
// recommended spares are the spare-parts list, as in English.
func TestHeaderWordInChineseNamesTheList(t *testing.T) {
	sp := loadTable(t, "examples/demo/public/spare_parts.csv")
	for _, q := range []string{"把推荐备件都列出来", "推荐的备件一共几种？", "which recommended spares are there?"} {
		p, ok := ParseWith(sp, q, glossaryTranslate(t))
		if !ok {
			t.Errorf("%q: not read over the spare-parts list", q)
			continue
		}
		if n := len(sp.filter(p.Plan.Filters)); n != 13 {
			t.Errorf("%q: plan [%s] keeps %d rows, want all 13", q, p.Plan, n)
		}
	}
}
