package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A measure's shortened word asks for its units, and a value in them
// states it: "what temp" is answered by "to 100 °C".
func TestShortMeasureWordStatedByUnit(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"what temp do the bearings get heated to before fitting?", "Heat the bearing 6308 C3 on the induction heater to 100 °C.", true},
		{"what's the max temp of the bearing housing?", "The bearing must not exceed 80 °C in service.", true},
		{"what temp must the oil bath reach for the coupling hub?", "轴承加热至 100 ℃ 后装到轴上", true},
		{"what temp must the oil bath reach for the coupling hub?", "Fill the bath with 2 L of oil.", false},
		{"what temps does the motor see in summer?", "The motor is rated 7.5 kW.", false},
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
	for _, q := range []string{"is a temporary repair of the seal allowed?", "what tempered steel is the shaft?"} {
		if u := unitsOf(q); len(u) != 0 {
			t.Errorf("%q asks for units %v", q, u)
		}
	}
}

// A sentence giving the asked measure's value covers the measure's words
// of the question; one without such a value does not.
func TestStatedTermsCountTheMeasure(t *testing.T) {
	q := retrieval.Analyze("what temp do the bearings get heated to before fitting on the shaft?")
	aq, asked := attributeQuestion(q)
	for _, c := range []struct {
		sentence string
		min, max float64
	}{
		{"Step 1: Heat the bearing 6308 C3 on the induction heater to 100 °C.", minSentenceCoverage, 1},
		{"Step 2: Slide the bearing onto the shaft and let it cool in place.", 0, 0.5},
		{"Heat the coupling hub in an oil bath to 120 °C.", 0, minSentenceCoverage - 0.01}, // another item's temperature
	} {
		got := share(q, statedTerms(aq, withoutTerms(q, aq.Terms), asked, c.sentence, ""))
		if got < c.min || got > c.max {
			t.Errorf("%q covers %.2f of the question, want %.2f to %.2f", c.sentence, got, c.min, c.max)
		}
	}
}

// A reading with its degrees spelled out falls under the documents' rule
// for temperatures past a bound.
func TestSpelledDegreesAreCelsius(t *testing.T) {
	for _, c := range []struct {
		question, figure, text string
		want                   bool
	}{
		{"bearings running hot at about 85 deg C, likely cause?", "85", "Bearing temperature above 80 °C: regrease with 15 g per bearing", true},
		{"motor frame at 95 degrees C, is that ok", "95", "机壳温度超过 90 ℃ 时检查风扇，间隙不小于 5 mm", true},
		{"the casing reads 70 degC, what now", "70", "Bearing temperature above 80 °C: regrease with 15 g per bearing", false},
		{"bearing at 85 deg c", "85", "Vibration above 80 mm/s: check 2 bolts", false},
	} {
		code := quantityCode(c.question, c.figure)
		if got := holdsQuantity(code, c.text, retrieval.TokenSet(c.text)); got != c.want {
			t.Errorf("%q: %q holds %q = %v, want %v", c.question, c.text, code, got, c.want)
		}
	}
}
