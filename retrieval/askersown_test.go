package retrieval

import "testing"

// What the asker says they have at hand is their situation: its code need
// not be in any document ("手边只有 M4x10 的"); a code asked about must.
func TestAskersOwnCodes(t *testing.T) {
	for _, c := range []struct {
		q    string
		code string
		own  bool
	}{
		{"装步进电机用的 M4 螺丝最长能用多长？手边只有 M4x10 的", "m4x10", true},
		{"we only have M4x10 screws, will they do for the motors?", "m4x10", true},
		{"I've got M3x30 bolts here - too long?", "m3x30", true},
		{"where is the M4x10 screw used?", "m4x10", false},
	} {
		if got := askersOwn(c.q)[c.code]; got != c.own {
			t.Errorf("%q: %s owned = %v, want %v (%v)", c.q, c.code, got, c.own, askersOwn(c.q))
		}
	}
}
