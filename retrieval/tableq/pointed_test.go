package tableq

import (
	"strings"
	"testing"
)

// A value with its column's name after it, a bracket or a demonstrative
// between ("发动机（Engine）这个部件", "Engine 这个部件"), is that value as
// written, not every value holding its word ("Engine Electronic Control
// Module").
func TestValuePointedAtByItsColumnIsWhole(t *testing.T) {
	tb := chunkTable(t, "fmea",
		"Subsystem: Power Train; Component: Engine; Potential Failure Mode: Overheat; RPN: 30",
		"Subsystem: Power Train; Component: Engine; Potential Failure Mode: Oil leak; RPN: 20",
		"Subsystem: Electrical; Component: Engine Electronic Control Module (ECM); Potential Failure Mode: Short; RPN: 4",
		"Subsystem: Power Train; Component: Transmission; Potential Failure Mode: Slip; RPN: 12")
	for _, q := range []string{
		"发动机（Engine）这个部件的失效模式平均 RPN 是多少",
		"发动机 (Engine) 部件的平均 RPN",
		"“Engine”这个部件平均RPN多少",
		"Engine 那个部件平均 RPN 是多少",
		// a Latin name right before "这个部件": the noun labels it
		"Engine 这个部件平均 RPN 是多少",
		"Engine这个部件的失效模式 RPN 平均多少",
		"该表中 Engine 这个部件的平均 RPN",
	} {
		p, ok := Parse(tb, q)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || res.Value != 25 || !strings.Contains(p.Plan.String(), "Engine") {
			t.Errorf("%q: [%s] = %v, %v; want the Engine rows' average, 25", q, p.Plan, res.Value, err)
		}
	}
}

// "what" before a plural noun asks which: the components of a subsystem
// are listed however the question opens.
func TestWhatBeforeAPluralAsksWhich(t *testing.T) {
	tb := chunkTable(t, "fmea",
		"Subsystem: Power Train; Component: Engine; RPN: 30",
		"Subsystem: Power Train; Component: Transmission; RPN: 12",
		"Subsystem: Electrical; Component: Alternator; RPN: 4")
	for _, q := range []string{
		"what components are under the Power Train subsystem?",
		"what components does the Power Train subsystem have?",
		"What components are in Power Train?",
	} {
		p, ok := Parse(tb, q)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || p.Plan.Aggregate != "distinct" || len(res.Distinct) != 2 {
			t.Errorf("%q: [%s] = %v, %v; want Engine and Transmission", q, p.Plan, res.Distinct, err)
		}
	}
	for _, q := range []string{"what is the RPN of the engine", "what does the engine have", "what goes wrong"} {
		if got := newQuestion(q).text; strings.Contains(got, "which") {
			t.Errorf("%q read as %q", q, got)
		}
	}
}

// A count of rows an empty column keeps tells the rows that say so in
// words ("No current controls") from the blank ones.
func TestCountOfMissingKeepsWhatRowsSay(t *testing.T) {
	tb := chunkTable(t, "fmea",
		"Component: Engine; Current Controls: No current controls; RPN: 30",
		"Component: Pump; Current Controls: ; RPN: 20",
		"Component: Valve; Current Controls: No current controls; RPN: 4",
		"Component: Hose; Current Controls: Visual inspection; RPN: 12")
	for _, q := range []string{"how many FMEA rows say there are no current controls?", "how many rows have no current controls?", "count the failure modes without current controls"} {
		p, ok := Parse(tb, q)
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		res, err := Execute(tb, p.Plan)
		if err != nil || res.Count != 3 || len(res.Written) != 1 || res.Written[0].Count != 2 {
			t.Errorf("%q: [%s] = %d, %v, %v; want 3 rows, 2 written", q, p.Plan, res.Count, res.Written, err)
		}
	}
}
