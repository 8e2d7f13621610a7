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

// "高分辨率版本用的管镜焦距和直径" asks the tube lens's figures: the
// condenser lens's, in a line that shares "high resolution", are another
// item's, and the tube lens's own page answers though it never says
// "high resolution".
func TestChineseMeasureIsOfTheItemNamedBeforeIt(t *testing.T) {
	condenser := item(1, "a", "13mm diameter, 5mm focal length plastic condenser lens (optional, strongly recommended for high resolution optics)", "en", "Obtaining the non-printed parts")
	condenser.Score = 1
	tube := item(2, "b", "Focal length: 50mm\nOuter diameter: 12.7mm", "en", "Tube lens")
	tube.Chunk.Section = []string{"Tube lens", "Details"}
	tube.Score = 0.6
	ev := evidence("高分辨率版本用的管镜焦距是多少？", condenser, tube)
	ev.Linked = []retrieval.Linked{{Entity: kg.Entity{ID: "Parameter:焦距", Type: "Parameter", Name: "焦距"}, Surface: "焦距"}}
	got := strings.Join(bestSentences(ev, 3, asked{}), "\n")
	if !strings.Contains(got, "50mm") || strings.Contains(got, "condenser") {
		t.Errorf("%q, want the tube lens's 50mm alone", got)
	}
	// A parts list naming the lens by what it is still answers.
	achromat := item(3, "c", "12.7mm diameter, 50mm focal length achromatic lens (for high resolution optics only)", "en", "Obtaining the non-printed parts")
	achromat.Score = 1
	ev = evidence("高分辨率版本用的管镜焦距是多少？", condenser, achromat)
	ev.Linked = []retrieval.Linked{{Entity: kg.Entity{ID: "Parameter:焦距", Type: "Parameter", Name: "焦距"}, Surface: "焦距"}}
	got = strings.Join(bestSentences(ev, 3, asked{}), "\n")
	if !strings.Contains(got, "achromatic") || strings.Contains(got, "condenser") {
		t.Errorf("%q, want the achromatic lens's 50mm alone", got)
	}
	for q, want := range map[string]string{"高分辨率版本用的管镜焦距和直径是多少？": "管镜", "高分辨率光学用的聚光镜直径多大？": "聚光光镜", "最高介质温度多少？": "", "电源电压多少伏": "", "焦距和直径多少？": ""} {
		item := zhMeasuredItem(q)
		if got := ""; item != nil {
			got = strings.Join(item.Terms, "")
			if got != want {
				t.Errorf("%s: item %q, want %q", q, got, want)
			}
		} else if want != "" {
			t.Errorf("%s: no item, want %q", q, want)
		}
	}
}
