package tableq

import "testing"

// An FMEA's S, O and D letters name its severity, occurrence and
// detection where a comparison follows them; a row with nothing filled
// in under a column is a row missing it; the "top RPN" is the highest.
func TestFMEALettersAndNothingFilledIn(t *testing.T) {
	fmea := chunkTable(t, "fmea",
		"Subsystem: Hydraulic System; Potential Failure Mode: Leaking; Severity: 4; Occurrence: 3; Detection: 2; RPN: 24; Recommended Action: Inspect hoses",
		"Subsystem: Hydraulic System; Potential Failure Mode: Wearing; Severity: 3; Occurrence: 3; Detection: 3; RPN: 27; Recommended Action: ",
		"Subsystem: Electrical System; Potential Failure Mode: Corrosion; Severity: 4; Occurrence: 2; Detection: 4; RPN: 32; Recommended Action: ",
		"Subsystem: Electrical System; Potential Failure Mode: Overloading; Severity: 2; Occurrence: 1; Detection: 2; RPN: 4; Recommended Action: Fit fuse")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"FMEA 里严重度 S=4 的一共多少行？", 2},
		{"how many rows have O=3?", 2},
		{"how many failure modes with S>=4 and D < 3", 1},
		{"how many FMEA rows have nothing filled in for recommended action?", 2},
		{"top RPN in the hydraulic system, and on what?", 27},
	} {
		wantValue(t, fmea, c.q, c.want)
	}
}

// wantValue checks that q plans over tb, the glossary reading Chinese,
// and that the plan computes want.
func wantValue(t *testing.T, tb *Table, q string, want float64) {
	t.Helper()
	p, ok := ParseWith(tb, q, glossaryTranslate(t))
	if !ok {
		t.Errorf("%q: no plan", q)
		return
	}
	if res, err := Execute(tb, p.Plan); err != nil || res.Value != want {
		t.Errorf("%q: [%s] = %v, %v; want %v", q, p.Plan, res.Value, err, want)
	}
}
