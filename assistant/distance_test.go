package assistant

import "testing"

func TestOtherDistance(t *testing.T) {
	cases := []struct {
		question, sentence string
		want               bool
	}{
		{"what's the noise level at 3 metres?", "Noise level at 1 m: ≤ 72 dB(A).", true},
		{"what's the noise level at 1 m?", "Noise level at 1 m: ≤ 72 dB(A).", false},
		{"what's the noise level at 1000 mm?", "Noise level at 1 m: ≤ 72 dB(A).", false},
		{"距离 3 米处噪声多大？", "噪声（距离 1 m）: ≤ 72 dB(A).", true},
		{"1 米处噪声多大？", "噪声（距离 1 m）: ≤ 72 dB(A).", false},
		{"How much head does the pump make at 45 m³/h?", "Noise level at 1 m: ≤ 72 dB(A).", false}, // a flow, not a distance
		{"what's the noise level at 3 m?", "Head at 2 m/s: 30 m.", false},
		{"how loud is the pump?", "Noise level at 1 m: ≤ 72 dB(A).", false},      // no distance asked
		{"what's the noise level at 3 metres?", "The pump runs quietly.", false}, // no distance stated
	}
	for _, c := range cases {
		if got := otherDistance(c.question, c.sentence); got != c.want {
			t.Errorf("otherDistance(%q, %q) = %v, want %v", c.question, c.sentence, got, c.want)
		}
	}
}
