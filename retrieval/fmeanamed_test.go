package retrieval

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

func TestRowsNamedKeepsTheRowsTheQuestionNames(t *testing.T) {
	rows := []fmeaRow{
		{item: "Bearing assembly CP200-BRG-00", mode: "Bearing overheating"},
		{item: "Mechanical seal CP200-SEL-01", mode: "Seal face leakage"},
		{item: "Mechanical seal CP200-SEL-01", mode: "Elastomer swelling"},
	}
	cases := []struct {
		question string
		want     int
	}{
		{"what's the RPN for the seal leaking", 1},
		{"RPN of a leaking seal?", 1},
		{"list the failure modes by RPN", 3},
		{"what is the RPN for a cracked casing", 3}, // no row named: every row
		{"failure modes with RPN above 100", 3},     // a bound, not a name
		{"密封泄漏的RPN是多少", 1},                          // the glossary reads the row's words
		{"机械密封漏水的风险顺序数是多少", 1},
		{"轴承过热的RPN", 1},
		{"列出所有失效模式的RPN", 3},
	}
	for _, c := range cases {
		got := rowsNamed(rows, parseFMEAQuery(c.question), Analyze(c.question))
		if len(got) != c.want {
			t.Errorf("%q: %d rows, want %d", c.question, len(got), c.want)
		}
	}
}

// A question naming an item and one of its failure modes ("电机绝缘失效":
// the motor and its insulation failure) is about that mode's rows, not
// every row of the item.
func TestLinkedModeNarrowsItsItem(t *testing.T) {
	motor := kg.Entity{ID: "motor", Type: kg.Part, Name: "Motor CP200-MOT-01"}
	insulation := kg.Entity{ID: "m1", Type: kg.FailureMode, Name: "Motor CP200-MOT-01 Insulation failure", Props: kg.Props{"mode": "Insulation failure"}}
	bearing := kg.Entity{ID: "m2", Type: kg.FailureMode, Name: "Motor CP200-MOT-01 Motor bearing failure", Props: kg.Props{"mode": "Motor bearing failure"}}
	seal := kg.Entity{ID: "seal", Type: kg.Part, Name: "Mechanical seal CP200-SEL-01"}
	leak := kg.Entity{ID: "m3", Type: kg.FailureMode, Name: "Mechanical seal CP200-SEL-01 Seal face leakage", Props: kg.Props{"mode": "Seal face leakage"}}
	v := newGraphView(kg.Subgraph{
		Entities: []kg.Entity{motor, insulation, bearing, seal, leak},
		Relations: []kg.Relation{
			{ID: "r1", Type: kg.HasFailureMode, From: "motor", To: "m1"},
			{ID: "r2", Type: kg.HasFailureMode, From: "motor", To: "m2"},
			{ID: "r3", Type: kg.HasFailureMode, From: "seal", To: "m3"},
		},
	})
	for _, c := range []struct {
		name   string
		linked []kg.Entity
		want   []string
	}{
		{"item and mode", []kg.Entity{motor, insulation}, []string{"Insulation failure"}},
		{"item alone", []kg.Entity{motor}, []string{"Insulation failure", "Motor bearing failure"}},
		{"mode and another item", []kg.Entity{insulation, seal}, []string{"Seal face leakage", "Insulation failure"}},
	} {
		scope := map[string]bool{}
		var linked []Linked
		for _, e := range c.linked {
			scope[e.ID] = true
			linked = append(linked, Linked{Entity: e})
		}
		var got []string
		for _, r := range fmeaRows(v, narrowedToModes(v, scope, linked)) {
			got = append(got, r.mode)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: rows %q, want %q", c.name, got, c.want)
		}
	}
}
