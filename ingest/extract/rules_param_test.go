package extract

import (
	"context"
	"strings"
	"testing"
)

// A figure opening a bracket after a thing qualifies that thing, and
// only a figure with a name of its own is a parameter of the subject.
func TestBracketedFigureIsNoSubjectParameter(t *testing.T) {
	x, err := NewExtractor(WithSubject("CP200 pump"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"the control fuse F1 (2 A, 5 × 20 mm) has probably blown", 0},
		{"更换控制回路保险丝（2 A）", 0},
		{"the contactor K1 (25 A) closes", 0},
		{"额定电流：14.8 A。", 1},
		{"Rated current: 14.8 A.", 1},
		{"The motor draws 14.8 A.", 1},
	} {
		if got := len(extractParamRels(x.ExtractText(context.Background(), c.text))); got != c.want {
			t.Errorf("%q: %d parameters, want %d", c.text, got, c.want)
		}
	}
}

// A parameter measured at a condition keeps the condition in its name:
// the condition is not a parameter of its own, so "NPSH required at
// rated flow 3.2 m" never gives the pump a rated flow of 3.2 m.
func TestParameterAtAConditionIsNamedWithIt(t *testing.T) {
	x, err := NewExtractor(WithSubject("CP200 pump"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"NPSH required at rated flow 3.2 m", "npsh required at rated flow"},
		{"Efficiency at rated point 72 %", "efficiency at rated point"},
		{"Shaft power at maximum flow 9.1 kW", "shaft power at maximum flow"},
		{"Rated flow 40 m³/h", "rated flow"},
	} {
		facts := x.ExtractText(context.Background(), c.text)
		rels := extractParamRels(facts)
		if len(rels) != 1 {
			t.Errorf("%q: %d parameters, want 1", c.text, len(rels))
			continue
		}
		if got := entityName(facts, rels[0].To); !strings.EqualFold(got, c.want) {
			t.Errorf("%q: parameter %q, want %q", c.text, got, c.want)
		}
	}
}

func entityName(f Facts, id string) string {
	for _, e := range f.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	return ""
}
