package assistant

import "testing"

// How long a lasting thing lasts is answered by a time, not by a passage
// that names it.
func TestPeriodNeedsATime(t *testing.T) {
	for _, c := range []struct {
		question, answer string
		want             bool
	}{
		{"myCobot 280 保修期多长？", "支持与服务板块将为您提供购买后的服务信息，如保修和服务条款。[1]", true},
		{"myCobot 280 保修期多长？", "整机保修 12 个月。[1]", false},
		{"how long is the warranty period?", "The warranty covers 18 months from delivery. [1]", false},
		{"how long is the warranty period?", "Warranty claims go through your dealer. [1]", true},
		{"what does the warranty period cover?", "Wear parts are not covered. [1]", false},
	} {
		if got := periodUnstated(c.question, c.answer); got != c.want {
			t.Errorf("periodUnstated(%q, %q) = %v, want %v", c.question, c.answer, got, c.want)
		}
	}
}
