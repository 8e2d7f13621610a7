package retrieval_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// "What comes before X", "X 前一道是啥" walk the routing's NEXT_STEP
// back: the step before, not the one after.
func TestStepBeforeOne(t *testing.T) {
	names := []string{"Operation 70 — Coupling alignment (联轴器找正)", "Operation 80 — Control box wiring (控制箱接线)", "Operation 90 — Hydrostatic test (水压试验)"}
	aliases := [][]string{{"Coupling alignment", "联轴器找正"}, {"Control box wiring", "控制箱接线"}, {"Hydrostatic test", "水压试验"}}
	var ents []kg.Entity
	for i, n := range names {
		ents = append(ents, kg.Entity{ID: kg.EntityID(kg.Process, n), Type: kg.Process, Name: n, Aliases: aliases[i]})
	}
	next := func(a, b kg.Entity) kg.Relation {
		return kg.Relation{ID: kg.RelationID(kg.NextStep, a.ID, b.ID), Type: kg.NextStep, From: a.ID, To: b.ID}
	}
	st, emb := openPassages(t, passageDoc{id: "sop", title: "Pump assembly routing", audience: kg.Public,
		text:     "Operation 70 coupling alignment. Operation 80 control box wiring. Operation 90 hydrostatic test.",
		entities: ents, relations: []kg.Relation{next(ents[0], ents[1]), next(ents[1], ents[2])}})
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1})
	for _, c := range []struct {
		question, want string
	}{
		{"which operation comes before the hydrostatic test?", names[1]},
		{"水压试验的前一道工序是什么", names[1]},
		{"what is the step prior to control box wiring", names[0]},
		{"which step comes after control box wiring?", names[2]},
	} {
		ev := retrieve(t, r, kg.Public, c.question)
		got := ""
		for _, cp := range ev.Computed {
			if cp.Kind == "next" && len(cp.Lines) == 1 {
				got = cp.Lines[0].Name
			}
		}
		if got != c.want {
			t.Errorf("%q: step %q, want %q", c.question, got, c.want)
		}
	}
}
