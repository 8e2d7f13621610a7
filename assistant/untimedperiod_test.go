package assistant

import "testing"

// How long a warranty lasts is answered by a time: a sentence that only
// names the warranty, or what voids it, is no answer; a question about
// what the warranty covers asks no time.
func TestLastingLengthNeedsATime(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool // the answer is to be withheld
	}{
		{"myCobot 保修期多长？", "支持与服务板块将为您提供保修和服务条款。 [1]", true},
		{"how long is the warranty on the arm?", "Warranty Void: damage caused by unofficial accessories is not covered by the warranty. [1]", true},
		{"what's the warranty period?", "Liability and Warranty Policy [1]", true},
		{"保修期是多长时间？", "整机保修 18 个月。 [1]", false},
		{"warranty length on the CP200?", "The warranty is eighteen months from delivery. [1]", false},
		{"保修多久？从哪天开始算", "保修期为十二个月，自交货之日起计算。 [1]", false},
		{"is the mech seal covered by warranty?", "Wear parts such as the mechanical seal are excluded. [1]", false},
		{"保修期内换电机要钱吗", "保修期内更换电机免费。 [1]", false},
		{"按键寿命多长？", "按键寿命 10 万次。 [1]", false},
	} {
		if got := untimedPeriod(c.question, c.text); got != c.want {
			t.Errorf("%q answered by %q: withheld = %v, want %v", c.question, c.text, got, c.want)
		}
	}
}
