package assistant

import (
	"strings"
	"testing"
)

// "Is it X or Y?" is answered by the passage stating either: the one it
// states covers the question's other choice too.
func TestEitherOrAnsweredByTheStatedChoice(t *testing.T) {
	for _, c := range []struct {
		q, text, want string
	}{
		{"Is the open-leg gripper electric or air driven?", "Drive mode — Open-leg Gripper: Electric.", "Electric"},
		{"Is the rover chassis aluminium or steel?", "Rover chassis: aluminium extrusion, 20 mm.", "aluminium"},
		{"Is the pump casing cast iron or stainless steel?", "Pump casing: grey cast iron HT250.", "cast iron"},
		{"夹爪是电动的还是气动的？", "驱动方式：电动。", "电动"},
		{"这个泵的叶轮是铸铁还是不锈钢？", "叶轮材质：不锈钢 304。", "不锈钢"},
	} {
		ans := answer(t, evidence(c.q, item(1, "a", c.text, lang(c.q), "Manual")))
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q (%s), want %q", c.q, ans.Answer, ans.Trace.Abstention, c.want)
		}
	}
}

// A passage that states neither choice does not answer.
func TestEitherOrNotAnsweredByNeither(t *testing.T) {
	for _, c := range []struct{ q, text string }{
		{"Is the open-leg gripper electric or air driven?", "Open-leg Gripper colour: white."},
		{"夹爪是电动的还是气动的？", "夹爪颜色：白色。"},
	} {
		if ans := answer(t, evidence(c.q, item(1, "a", c.text, lang(c.q), "Manual"))); !ans.Abstained {
			t.Errorf("%s: answer = %q, want an abstention", c.q, ans.Answer)
		}
	}
}

func lang(q string) string {
	if strings.ContainsFunc(q, func(r rune) bool { return r >= 0x3400 }) {
		return "zh"
	}
	return "en"
}

// A sentence putting both steps of an order question in order answers
// it; one naming two materials side by side does not choose between them.
func TestBothChoicesOfAnOrder(t *testing.T) {
	if !statesBothChoices(choices("停泵的时候是先关阀门还是先按停止？"), `先关闭出口阀，再按"停止"按钮。`) {
		t.Error("the shutdown order not read as answering which comes first")
	}
	if statesBothChoices(choices("叶轮是铸铁还是不锈钢？"), "不腐蚀铸铁、不锈钢和三元乙丙橡胶的液体") {
		t.Error("two materials named side by side read as a choice made")
	}
}
