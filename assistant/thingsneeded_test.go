package assistant

import (
	"slices"
	"testing"
)

// "What screws and hex key do I need to fit the motors" asks two things
// of one job, each answered in its own place; a thing and its attribute
// ("what size and type") or a clause of its own is no such pair.
func TestTwoThingsNeededAreTwoParts(t *testing.T) {
	got := enThingsNeeded("what screws and hex key do I need to bolt the motors on")
	want := []string{"what screws do I need to bolt the motors on", "what hex key do I need to bolt the motors on"}
	if !slices.Equal(got, want) {
		t.Errorf("parts = %q, want %q", got, want)
	}
	for _, q := range []string{"what screws do I need and how many", "what is the flow and head at 50 Hz", "which screws do I need"} {
		if got := enThingsNeeded(q); got != nil {
			t.Errorf("%q: parts %q, want none", q, got)
		}
	}
}
