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
