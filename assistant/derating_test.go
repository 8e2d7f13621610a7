package assistant

import (
	"strings"
	"testing"
)

// Asked how a rating is derated, the answer is the share the documents
// take off ("1 % per 100 m"), which states no value in the rating's unit;
// the power asked about does not hold the sentence back for want of kW.
func TestDeratingIsAnsweredByTheShare(t *testing.T) {
	for _, q := range []string{
		"泵装在海拔1500米的地方，电机功率要怎么降额？",
		"海拔2000米用的话电机功率要降额多少",
		"how should the motor power be derated at 1800 m altitude?",
	} {
		en := item(1, "a", "Installation altitude: up to 1000 m above sea level; above 1000 m derate the motor output by 1 % per 100 m.", "en", "Operating manual")
		en.Chunk.Section = []string{"2. Specifications"}
		rated := item(2, "b", "Motor rated power: 7.5 kW, IE3, 2-pole.", "en", "Data sheet")
		ev := evidence(q, en, rated)
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, "1 % per 100 m") {
			t.Errorf("%s: answer = %q", q, ans.Answer)
		}
	}
}

func TestAsksDerating(t *testing.T) {
	cases := map[string]bool{
		"电机功率要怎么降额？":                                  true,
		"do I need to derate the motor above 1000 m?": true,
		"how is the output derated at altitude?":      true,
		"what is the motor rated power?":              false,
		"电机额定功率是多少":                                   false,
	}
	for q, want := range cases {
		if got := asksDerating(q); got != want {
			t.Errorf("asksDerating(%q) = %v, want %v", q, got, want)
		}
	}
}
