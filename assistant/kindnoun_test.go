package assistant

import "testing"

func TestKindNounMissing(t *testing.T) {
	for _, c := range []struct {
		question, answer string
		missing          bool
	}{
		{"出口法兰要配什么规格的螺栓？", "进口 / 出口: DN65 / DN50 (PN16 法兰). [1]", true},
		{"出口法兰要配什么规格的螺栓？", "法兰螺栓 M16x60，8 个。[1]", false},
		{"OpenFlexure 用什么型号的步进电机？", "3x 28BYJ-48 micro stepper motors [1]", false},
		{"泵体是什么材料", "HT250 [1]", false}, // no kind-of noun asked
	} {
		if _, got := kindNounMissing(c.question, c.answer); got != c.missing {
			t.Errorf("kindNounMissing(%q, %q) = %v, want %v", c.question, c.answer, got, c.missing)
		}
	}
}
