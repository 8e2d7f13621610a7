package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// "What diameter condenser lens should I order for the arm" asks the
// lens's diameter: the LED's, in a sentence naming the arm, is another
// item's value.
func TestMeasureIsOfTheItemNamedAfterIt(t *testing.T) {
	led := item(1, "a", "5mm diameter is what I've designed for, but you could tweak the illumination arm to use a 3mm LED.", "en", "White LED")
	led.Score = 1
	lens := item(2, "b", "13mm diameter, 5mm focal length plastic condenser lens (optional)", "en", "Optical parts")
	lens.Score = 0.8
	ev := evidence("what diameter condenser lens should I order for the illumination arm?", led, lens)
	ev.Linked = []retrieval.Linked{{Entity: kg.Entity{ID: "Part:condenser lens", Type: "Part", Name: "condenser lens"}, Surface: "condenser lens"}}
	got := strings.Join(bestSentences(ev, 2, asked{}), "\n")
	if !strings.Contains(got, "13mm") || strings.Contains(got, "LED") {
		t.Errorf("%q, want the lens's 13mm alone", got)
	}
	for _, q := range []string{"what is the diameter of the condenser lens?", "what temperature range can the condenser lens run in?"} {
		other := evidence(q)
		other.Linked = ev.Linked
		if measuredItem(other) != nil {
			t.Errorf("%q: an item read where the measure names none after it", q)
		}
	}
}
