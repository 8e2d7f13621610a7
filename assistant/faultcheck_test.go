package assistant

import (
	"strings"
	"testing"
)

// A troubleshooting row's remedy gives a value to check against ("check
// the supply voltage (380 V ±10%)"); asked for the measure itself, the
// specification states it first, though the row ranked higher. Asked
// about the row's fault, the row still answers.
func TestRatingLeadsTheValueAFaultChecks(t *testing.T) {
	fault := "Symptom: Motor trips with E01; Possible cause: Supply voltage too low; Remedy: Check the supply voltage (380 V ±10%)"
	spec := "Rated voltage: 380 V ±10%, three-phase."
	for _, c := range []struct{ q, lead string }{
		{"How many volts does it want?", "Rated voltage"},
		{"电压要求是多少？", "Rated voltage"},
		{"What voltage does it take?", "Rated voltage"},
		{"Motor trips with E01: what voltage should I check?", "Motor trips"},
	} {
		row := item(1, "a", fault, "en", "Manual")
		row.Chunk.Kind, row.Score = "table_row", 1
		text := item(2, "b", spec, "en", "Manual")
		text.Score = 0.6
		ev := evidence(c.q, row, text)
		got := strings.Join(bestSentences(ev, 2), "\n")
		if !strings.HasPrefix(got, c.lead) {
			t.Errorf("%s: %q, want the lead %q", c.q, got, c.lead)
		}
	}
}
