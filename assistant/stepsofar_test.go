package assistant

import "testing"

// The sentence after a step's first is read with what the step says before
// it: "Never heat a bearing above 110 °C" is the 6308's ceiling.
func TestStepSoFar(t *testing.T) {
	text := "Step 1: Heat the bearing 6308 C3 on the induction heater to 100 °C. Never heat a bearing above 110 °C. Step 2: Slide the bearing onto the shaft. Let it cool in place.\n检查轴承。步骤 3：加热轴承 6306 C3 到 100 °C。不得超过 110 °C。"
	for _, c := range []struct{ s, want string }{
		{"Never heat a bearing above 110 °C.", "Step 1: Heat the bearing 6308 C3 on the induction heater to 100 °C. "},
		{"Let it cool in place.", "Step 2: Slide the bearing onto the shaft. "},
		{"不得超过 110 °C。", "步骤 3：加热轴承 6306 C3 到 100 °C。"},
		{"Step 1: Heat the bearing 6308 C3 on the induction heater to 100 °C.", ""},
		{"not in the text", ""},
	} {
		if got := stepSoFar(text, c.s); got != c.want {
			t.Errorf("stepSoFar(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// A time said in words is a figure and a duration: the flange's "两年"
// answers how long it lasts as "2 years" would.
func TestTimeInWordsIsAFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"使用寿命 — myCobot春笋法兰 两年.":                               true,
		"Service life — Spring Bamboo Shoot Flange Two years.": true,
		"保修半年":                    true,
		"可以使用很多年":                 false,
		"Two of them are needed.": false,
	} {
		if got := figure.MatchString(s) && statesDuration(s); got != want {
			t.Errorf("%q: figure and duration %v, want %v", s, got, want)
		}
	}
}
