package assistant

import "testing"

// An FMEA row the question names in everyday words ("the turbo") is
// called by its part and failure mode, not by its subsystem, which every
// part of the subsystem shares.
func TestFMEARowNamedByPartAndMode(t *testing.T) {
	cells := rowCells("Subsystem: Power Unit; Component: Air Intake System; Sub-Component: Turbocharger; Potential Failure Mode: Leaking; Detection: 3")
	asked := len(cells) - 1
	if got, want := rowSubject(cells, asked, "what's the detection rating for turbo leaks?"), "Turbocharger (Leaking)"; got != want {
		t.Errorf("subject %q, want %q", got, want)
	}
	if got := rowSubject(cells, asked, "what's the detection rating for turbocharger?"); got != "Turbocharger (Leaking)" {
		t.Errorf("a row the question names by its cell: subject %q", got)
	}
}
