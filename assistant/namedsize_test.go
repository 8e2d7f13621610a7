package assistant

import (
	"slices"
	"testing"
)

// A size named by what is sized is stated by that name and a
// designation: "frame 132S" is the motor's frame size; a frame's weight
// or a bare "frame" is not.
func TestNamedSizeStatedByDesignation(t *testing.T) {
	for _, c := range []struct {
		attr, text string
		want       bool
	}{
		{"motor frame size", "Motor assembly 7.5 kW, 2-pole, IE3, 380 V 50 Hz, frame 132S", true},
		{"frame size", "frame 132S", true},
		{"thread size", "Drain plug, thread G1/4", true},
		{"frame size", "Mount the frame on the base plate.", false},
		{"frame size", "The frame weighs 40 kg.", false},
	} {
		if got := statesNamedSize(c.attr, c.text); got != c.want {
			t.Errorf("%q in %q: %v, want %v", c.attr, c.text, got, c.want)
		}
	}
}

// A ceiling asked is answered first by the sentence that bounds the value
// from above, where its passage answers the question.
func TestCeilingLeadsItsPassage(t *testing.T) {
	all := []scored{
		{text: "Heat the bearing on the induction heater to 100 °C.", n: 1, ratio: 0.5, score: 1.4},
		{text: "Never heat a bearing above 110 °C.", n: 1, ratio: 0.25, score: 1.2},
		{text: "Maximum flow: 50 m³/h.", n: 2, ratio: 0, score: 0.4},
		{text: "Use the induction heater.", n: 1, ratio: 0.3, score: 1.1},
		{text: "However, any M4 screw will do, provided it's not longer than about 8mm.", n: 3, ratio: 0.2, score: 1},
		{text: "These screws attach the motors.", n: 3, ratio: 0.7, score: 1.3},
		{text: "We suggest button-head screws.", n: 3, ratio: 0.5, score: 1.1},
	}
	got := ceilingsFirst("what's the hottest they're allowed to go?", slices.Clone(all))
	if got[1].ratio != 0.5 || got[1].score <= got[0].score {
		t.Errorf("the ceiling does not lead: %+v", got)
	}
	if got[2].ratio != 0 {
		t.Errorf("a ceiling of another passage rose: %+v", got[2])
	}
	if got[4].ratio != 0.7 {
		t.Errorf("the ceiling took %v, not its passage's best 0.7", got[4].ratio)
	}
	if same := ceilingsFirst("what temperature should the heater be set to?", slices.Clone(all)); same[1].ratio != 0.25 {
		t.Errorf("a setting asked raised the ceiling: %+v", same[1])
	}
}

// An item a Chinese question names in English is the item: another lens
// is not it, and the page named by it speaks of it.
func TestLatinItemOfChineseQuestion(t *testing.T) {
	item := latinItem("OpenFlexure 高分辨率版本用的管镜（tube lens）焦距是多少？")
	if item == nil {
		t.Fatal("no item read")
	}
	if !otherOfLatinItem(item, "13mm diameter, 5mm focal length plastic condenser lens") {
		t.Error("the condenser lens taken for the tube lens")
	}
	if otherOfLatinItem(item, "a 50mm focal length, 12.7mm diameter tube lens") {
		t.Error("the tube lens taken for another")
	}
	if !pageOfLatinItem(item, "Details Tube lens") || pageOfLatinItem(item, "Optical parts") {
		t.Error("pages named wrongly")
	}
	if latinItem("What is the tube lens focal length?") != nil {
		t.Error("an English question has no bracketed item")
	}
}

// A threshold given as a share of the rating states where it trips.
func TestRelativeThresholdIsStated(t *testing.T) {
	q := "what's the current threshold for E01?"
	if !asksCodeThreshold.MatchString(q) {
		t.Error("the code's threshold not read as asked")
	}
	if tripPointUnstated("at what current does the motor trip?", "E01 — Motor overcurrent (more than 110 % of rated current for 10 s). [1]") {
		t.Error("110 % of rated current read as no threshold")
	}
	if !tripPointUnstated("at what current does the motor trip?", "Rated current: 14.8 A. [1]") {
		t.Error("the rating read as the threshold")
	}
}

// A grid's counts state its size; a cable's cores times its cross-section
// and a bolt's thread times its length do not.
func TestGridStatesItsSize(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"LED matrix: 5*5 LED light matrix", true},
		{"connect the motor with 3 m of cable YJV 4x4 mm²", false},
		{"fit the four M12x40 bolts", false},
		{"Enclosure 400 x 300 x 200 mm, IP55", true},
	} {
		if got := statesDimensions("size", c.text); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
