package assistant

import "testing"

func TestCountedNounMissing(t *testing.T) {
	cases := []struct {
		question, answer string
		missing          bool
	}{
		{"发货的木箱最多能叠放几层？", "英文文档给出：135 kg、1200 × 600 × 750 mm [1]", true},
		{"发货的木箱最多能叠放几层？", "Crates may be stacked 2 high. [1]", false},
		{"木箱能叠几层", "最多叠放两层。[1]", false},
		{"how many poles is the motor?", "Rated speed: 2900 r/min [1]", true},
		{"how many poles is the motor?", "Motor: 7.5 kW, 2-pole, IE3 [1]", false},
		{"电机是几极的", "电机：7.5 kW，2 极 [1]", false},
		{"电机绝缘等级是几级？", "F 级 [1]", false},
		{"what is the rated power?", "7.5 kW [1]", false},
		// an arm's joints are counted as its degrees of freedom; "J2 joint"
		// names one joint and "4 screws" counts screws
		{"myCobot 280 有几个关节？", "Please fix the J2 joint body back; the 4 screws do not need to be removed. [1]", true},
		{"how many joints does the arm have?", "Degrees of Freedom: 6. [1]", false},
		{"myCobot 280 有几个关节？", "其六自由度和 280mm 的臂展 [1]", false},
	}
	for _, c := range cases {
		if _, got := countedNounMissing(c.question, c.answer); got != c.missing {
			t.Errorf("countedNounMissing(%q, %q) = %v, want %v", c.question, c.answer, got, c.missing)
		}
	}
}
