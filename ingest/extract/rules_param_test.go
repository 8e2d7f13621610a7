package extract

import (
	"context"
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
