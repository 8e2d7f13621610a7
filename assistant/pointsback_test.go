package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// "Our Prusa i3 Mk3 takes a similar time" gives no time alone: it is a
// quote only together with the sentence before, which says 10 hours.
func TestSimilarTimeIsQuotedWithItsAntecedent(t *testing.T) {
	c := kg.Chunk{Text: `"low" quality on an Ultimaker 2 (0.15mm layers) produces similar results in about 10 hours. Our Prusa i3 Mk3 takes a similar time using 0.2mm layers, or 0.3mm layers if we want to go even faster (8 hours or less).`}
	got := quoteCandidates(c)
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Our Prusa") }) {
		t.Errorf("the pointing sentence is a quote alone: %q", got)
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "10 hours. Our Prusa") }) {
		t.Errorf("no quote joins it to its antecedent: %q", got)
	}
}

// A trouble told is quoted with what was done about it: alone, "I was not
// happy with the clearance" answers nothing.
func TestTroubleIsQuotedWithWhatWasDone(t *testing.T) {
	c := kg.Chunk{Text: "When I wired according to the above instructions, I was not happy with the amount of clearance between the U-channel and the motor.  Thus, I cut a notch in the goRail just above the U-channel, as shown below."}
	got := quoteCandidates(c)
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, "and the motor.") }) {
		t.Errorf("the trouble is a quote alone: %q", got)
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "the motor. Thus, I cut a notch") }) {
		t.Errorf("no quote joins the trouble to what was done: %q", got)
	}
}
