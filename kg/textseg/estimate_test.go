package textseg

import "testing"

func TestEstimateTokens(t *testing.T) {
	for s, want := range map[string]int{
		"":                   0,
		"rated voltage":      4,  // 13 bytes
		"额定电压":               4,  // one a Han character
		"ポンプの定格電圧":           8,  // kana count as Han do
		"HF-CP200水泵的额定功率是多少": 12, // 8 bytes, 10 Han
	} {
		if got := EstimateTokens(s); got != want {
			t.Errorf("EstimateTokens(%q) = %d, want %d", s, got, want)
		}
	}
}
