package assistant

import (
	"strings"
	"testing"
)

func TestNamesAttributeWhole(t *testing.T) {
	cases := []struct {
		attr, sentence string
		want           bool
	}{
		{"绝缘等级", "绝缘等级：F 级（按 B 级考核温升）。", true},
		{"绝缘等级", "控制箱 CP200-CTL-00：直接起动，防护等级 IP55。", false},
		{"电机绝缘等级", "绝缘等级：F 级。", true}, // the attribute runs on from its item
		{"电机绝缘等级", "防护等级 IP55。", false},
		{"insulation class", "Insulation class: F (temperature rise class B).", false}, // English words match whole already
		{"级", "绝缘等级：F 级。", false},                                                      // one character names nothing whole
	}
	for _, c := range cases {
		if got := namesAttributeWhole(c.attr, c.sentence); got != c.want {
			t.Errorf("namesAttributeWhole(%q, %q) = %v, want %v", c.attr, c.sentence, got, c.want)
		}
	}
}

// The sentence naming the asked attribute whole answers first, though a
// better-ranked passage shares as many of the question's words in other
// compounds.
func TestWholeAttributeAnswersFirst(t *testing.T) {
	box := item(1, "a", "控制箱 CP200-CTL-00：直接起动，HC-10 电机保护器，防护等级 IP55。", "zh", "说明书")
	box.Score = 1.7
	class := item(2, "b", "绝缘等级：F 级（按 B 级考核温升）。", "zh", "说明书")
	class.Score = 0.9
	ans := answer(t, evidence("电机的绝缘等级是什么？", box, class))
	if first, _, _ := strings.Cut(ans.Answer, "\n"); !strings.Contains(first, "F 级") {
		t.Fatalf("answer = %q, want the insulation class first", ans.Answer)
	}
}
