package retrieval

import (
	"slices"
	"testing"
)

// A fitter's shorthand names what the documents spell out.
func TestShorthandSpelledOut(t *testing.T) {
	for in, want := range map[string]string{
		"how detectable are the mech seal failure modes?": "how detectable are the mechanical seal failure modes?",
		"Mech. seal leaking":                              "mechanical seal leaking",
		"pump assy weight":                                "pump assembly weight",
		"mechanic on site":                                "mechanic on site",
	} {
		if got := withShorthandSpelled(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// "那几颗螺栓" points at bolts already known; it asks no count.
func TestPointingCountAsksNoCount(t *testing.T) {
	if got := Analyze("联轴器防护罩那几颗螺栓拧多大扭矩？").Text; got != "联轴器防护罩螺栓拧多大扭矩？" {
		t.Errorf("got %q", got)
	}
	if got := Analyze("联轴器防护罩用几颗螺栓？").Text; got != "联轴器防护罩用几颗螺栓？" {
		t.Errorf("a count lost: %q", got)
	}
}

// What a measure question leaves out is not searched for.
func TestLeftOutIsNotSearched(t *testing.T) {
	q := Analyze("how heavy is just the pump end, without the motor or the base?")
	for _, term := range q.Terms {
		if term == "motor" || term == "base" {
			t.Errorf("terms %v hold what is left out", q.Terms)
		}
	}
	if q := Analyze("how do I remove the impeller without damaging the seal?"); !slices.Contains(q.Terms, "seal") {
		t.Errorf("a manner clause dropped: %v", q.Terms)
	}
}
