package assistant

import "testing"

func TestAPartsPlaceIsNotThePart(t *testing.T) {
	for _, c := range []struct {
		question string
		place    []string
		part     []string
	}{
		{"who makes the pressure transmitter that goes in the control box?", []string{"control", "box"}, []string{"pressur", "transmitt"}},
		{"which company supplies the spider that sits in the coupling?", []string{"coupl"}, []string{"spider"}},
		{"控制箱里装的压力变送器是哪家做的？", []string{"控制"}, []string{"压力", "变送"}},
		{"who supplies the mechanical seal?", nil, []string{"mechan", "seal"}},
		{"who actually makes the pressure transmitter in the CP200 control box?", []string{"control", "box"}, []string{"pressur", "transmitt"}},
	} {
		got := placeTerms(c.question)
		for _, p := range c.place {
			if !got[p] {
				t.Errorf("%q: place terms %v lack %q", c.question, got, p)
			}
		}
		for _, p := range c.part {
			if got[p] {
				t.Errorf("%q: place terms %v hold the part's %q", c.question, got, p)
			}
		}
		if c.place == nil && len(got) > 0 {
			t.Errorf("%q: place terms %v, want none", c.question, got)
		}
	}
}

// Where work is done is no part's place.
func TestWorkPlaceIsNoPartsPlace(t *testing.T) {
	if got := placeTerms("how many holes do I drill in the DollarHobbyz wheels?"); len(got) > 0 {
		t.Errorf("place terms %v", got)
	}
}
