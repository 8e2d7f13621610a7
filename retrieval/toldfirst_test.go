package retrieval

import (
	"slices"
	"testing"
)

// An opening sentence about what the asker is doing is their case, not
// their question: its words are no terms a passage must hold.
func TestOpeningSentenceOfTheAskersDoingIsNoTerm(t *testing.T) {
	q := Analyze("we're laying out the MCC for a new HF-CP200. what supply fuse do you recommend, and what's the minimum cable size?")
	for _, w := range []string{"lay", "mcc"} {
		if slices.Contains(q.Terms, w) {
			t.Errorf("term %q of the asker's case in %v", w, q.Terms)
		}
	}
	if !slices.Contains(q.Terms, "fuse") {
		t.Errorf("the question's own term is gone: %v", q.Terms)
	}
	// a statement with no question after it is the question
	if s := withoutToldFirst("we're seeing E07 on the display. the cable was replaced last week."); s == "the cable was replaced last week." {
		t.Error("a statement after a statement was taken for the question")
	}
}

// The asker's plant systems the pump is wired into are theirs, said with
// "the" as much as with "our".
func TestPlantSystemWiredIntoIsNoUnknownName(t *testing.T) {
	for _, q := range []string{"can we wire the pump into the SCADA?", "the supply comes from the MCC, what fuse?"} {
		if got := properNames(q); len(got) > 0 {
			t.Errorf("%q: unknown names %v", q, got)
		}
	}
	if got := properNames("is the PLC part of the delivery?"); !slices.Contains(got, "PLC") {
		t.Errorf("a PLC asked about is a name the documents must hold: %v", got)
	}
}

// A told sentence that a question about what to do, or why, points back
// to is what is asked about: the symptom's words are terms.
func TestToldSymptomAskedAboutIsTheQuestion(t *testing.T) {
	checkTerms(t, []termCase{
		{question: "we're getting a tingle off the motor casing when we touch it. what should we do, and what should the earth resistance be?", kept: []string{"tingl", "case", "earth"}},
		{question: "we're hearing a rattle from the coupling guard. why?", kept: []string{"rattl", "coupl"}},
		{question: "we're laying out the MCC for a new HF-CP200. what supply fuse do you recommend?", kept: []string{"fuse"}, dropped: []string{"lay", "mcc"}},
	})
}
