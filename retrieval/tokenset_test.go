package retrieval

import "testing"

// BenchmarkTokenSet reads the tokens of passages as answers weigh them,
// an English one and a Chinese one.
func BenchmarkTokenSet(b *testing.B) {
	texts := []string{
		"Mechanical seal replacement: Drain the pump casing and isolate the motor. Remove the coupling guard, the coupling and the bearing bracket. Withdraw the impeller with puller P-100 and lift out the mechanical seal CP200-SEL-01. Fit the new seal with the spring side towards the impeller; torque the impeller nut to 25 N·m. Self-priming pumps need the casing filled before start-up. Shut-off head 32 m; M8x25mm bolts.",
		"机械密封更换：排空泵壳并断开电机电源。拆下联轴器护罩、联轴器和轴承架。用拉马P-100取出叶轮，取出机械密封CP200-SEL-01。安装新密封时弹簧侧朝向叶轮；叶轮螺母拧紧力矩25 N·m。",
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			TokenSet(s)
		}
	}
}

// The set is made big enough for an English passage's tokens at once:
// growing it token by token was most of what reading a passage cost.
func TestTokenSetIsSizedForItsPassage(t *testing.T) {
	s := "Withdraw the impeller with puller P-100 and lift out the mechanical seal CP200-SEL-01. Fit the new seal with the spring side towards the impeller; torque the impeller nut to 25 N·m. Self-priming pumps need the casing filled."
	var set map[string]bool
	allocs := testing.AllocsPerRun(20, func() { set = TokenSet(s) })
	for _, tok := range []string{"impel", "p-100", "cp200-sel-01", "self-priming", "self", "prime", "n", "m"} {
		if !set[tok] {
			t.Errorf("TokenSet lacks %q: %v", tok, set)
		}
	}
	if allocs > 12 { // the words written in capitals, the hyphened one split, the set
		t.Errorf("TokenSet of a %d-byte passage allocates %.0f times", len(s), allocs)
	}
}
