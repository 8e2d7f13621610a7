package tableq

import (
	"context"
	"testing"
)

// "How many times was the seal replaced" counts the log's work orders
// that did it, not the one routing step or spare-parts line that names
// the seal; a question about a document or a schedule is no count of
// events.
func TestTimesDoneCountsTheLog(t *testing.T) {
	log := loadTable(t, "examples/demo/internal/maintenance_log.csv")
	routing := chunkTable(t, "routing",
		"Operation: 20; Work step: Bearing assembly; Standard time (min): 35",
		"Operation: 30; Work step: Mechanical seal; Standard time (min): 20",
		"Operation: 40; Work step: Impeller; Standard time (min): 25")
	spares := loadTable(t, "examples/demo/public/spare_parts.csv")
	bom := loadTable(t, "examples/demo/internal/bom.csv")
	tables := []*Table{log, routing, spares, bom}
	linkCodes(tables) // the log names the seal by its part number CP200-SEL-01 too
	for _, c := range []struct {
		q    string
		want *Table
	}{
		{"how many times was the mechanical seal replaced", log},
		{"how many times did we replace the mechanical seal according to the log", log},
		{"日志里机械密封一共换了几次", log},
		{"机械密封换过几次？", log},
		{"how many times does the routing mention the seal", routing},
	} {
		res, err := AnswerOver(context.Background(), tables, c.q, Options{Translate: glossaryTranslate(t)})
		if err != nil {
			t.Fatal(err)
		}
		if res == nil || res.Table != c.want {
			got := "no table"
			if res != nil {
				got = res.Table.Ref.DocTitle + ": " + res.Plan.String()
			}
			t.Errorf("%q: answered from %s, want %s", c.q, got, c.want.Ref.DocTitle)
			continue
		}
		if c.want == log && res.Value != 4 {
			t.Errorf("%q: %v seal replacements [%s], want 4", c.q, res.Value, res.Plan)
		}
	}
	for _, q := range []string{"how many times a year should the bearings be greased", "一年需要保养几次"} {
		if asksTimesDone(q) {
			t.Errorf("%q reads as a count of events, want a schedule's figure", q)
		}
	}
}
