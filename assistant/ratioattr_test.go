package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A ratio whose name holds a measure's word (a power factor, a speed
// ratio) is stated only by name: the measure's value states the measure,
// not the ratio.
func TestRatioAttributeStatedOnlyByName(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"电机的功率因数是多少？", "电机额定功率: 7.5 kW.", false},
		{"电机的功率因数是多少？", "The power curve is non-overloading, so the 7.5 kW motor cannot be overloaded.", false},
		{"What is the power factor of the motor?", "Motor rated power: 7.5 kW (IE3, 2-pole).", false},
		{"what is the power factor of the drive motor at full load?", "Power factor at full load: 0.86", true},
		{"减速箱的速比是多少", "减速箱输出转速 95 r/min", false},
		{"减速箱的速比是多少", "减速箱速比 1:15", true},
		{"What is the speed ratio of the gearbox?", "The gearbox speed ratio is 1:15.", true},
		// a gear motor's reduction, given in a parts list as its figure and the bare word
		{"驱动电机的减速比是多少？", "long name 5202 Series Planetary Gear Motor (26.9:1 Ratio, 223 RPM) - goBILDA", true},
		{"What is the gear ratio of the drive motor?", "Planetary Gear Motor (26.9:1 Ratio, 223 RPM)", true},
		{"驱动电机的减速比是多少？", "Planetary Gear Motor (223 RPM, 6mm D-Shaft)", false},
		// a speed ratio is not a compression ratio's figure
		{"减速箱的速比是多少", "compression 10:1 ratio", false},
		// the measure itself is still stated by its unit
		{"电机的额定功率是多少？", "Motor rated power: 7.5 kW (IE3, 2-pole).", true},
		{"What is the rated power of the motor?", "电机额定功率: 7.5 kW.", true},
	} {
		aq, asked := attributeQuestion(retrieval.Analyze(c.question))
		if !asked {
			t.Errorf("%q: no attribute asked", c.question)
			continue
		}
		if got := statesAttribute(aq, asked, c.text); got != c.want {
			t.Errorf("%q: %q states %q = %v, want %v", c.question, c.text, aq.Text, got, c.want)
		}
	}
}
