package retrieval

import "testing"

// A code shown on the display, asked what it means, is looked up in the
// code list, though the question says the pump tripped; a trip asked
// without the meaning is still a fault to trace.
func TestCodeMeaningIsNoFaultTree(t *testing.T) {
	for _, c := range []struct {
		question string
		want     Intent
	}{
		{"our control box just tripped the pump and shows E06. that code isn't in the manual - what does it mean?", General},
		{"控制箱报警 E06 是什么意思？", General},
		{"the pump trips and the box shows E06, what should I do?", Troubleshooting},
		{"the pump keeps tripping, what does it mean?", Troubleshooting},
	} {
		if got := Analyze(c.question).Intent; got != c.want {
			t.Errorf("%q: intent %s, want %s", c.question, got, c.want)
		}
	}
}
