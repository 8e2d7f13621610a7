package retrieval

import "testing"

// A reading given in its unit alone tells the measure: "85C" is covered
// by a passage naming the temperature.
func TestAReadingInItsUnitNamesItsMeasure(t *testing.T) {
	for _, c := range []struct{ question, covering string }{
		{"bearing housing reads 85C, ok?", "bearing temperature above 80 °C"},
		{"轴承座85℃，还能运行吗？", "轴承温度超过 80 °C"},
	} {
		q := Analyze(c.question)
		if q.Covered(TokenSet(c.covering)) < 2 {
			t.Errorf("%q: %q covers %d terms (alts %v)", c.question, c.covering, q.Covered(TokenSet(c.covering)), q.Alts)
		}
	}
	if q := Analyze("what does 85 kg weigh?"); q.Covered(TokenSet("temperature")) > 0 {
		t.Errorf("a mass reached temperature: %v", q.Alts)
	}
}
