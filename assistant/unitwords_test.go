package assistant

import "testing"

func TestUnitWordsStatedByFigures(t *testing.T) {
	cases := []struct{ question, text, want string }{
		{"轴承跑多少小时要换新的？", "Interval: Every 16000 h; Task: Replace the bearings", " 小时"},
		{"轴承跑多少小时要换新的？", "The motor is rated 11 hp", ""}, // "h" of "hp" is no hour
		{"泵有多重，多少公斤？", "Pump: 48 kg; Motor: 52 kg", " 公斤"},
		{"what is the flow in hours?", "Every 16000 h", ""}, // English units are matched as words already
	}
	for _, c := range cases {
		if got := unitWordsStated(c.question, c.text); got != c.want {
			t.Errorf("unitWordsStated(%q, %q) = %q, want %q", c.question, c.text, got, c.want)
		}
	}
}
