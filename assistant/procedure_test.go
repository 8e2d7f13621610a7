package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

const startUp = "The pump is not self-priming. Before the first start, open the suction valve and fill the casing with liquid through the vent plug. Never run the pump dry.\n" +
	"1. Close the discharge valve, open the suction valve fully.\n" +
	"2. Start the pump with the START button.\n" +
	"3. Open the discharge valve slowly within 30 s.\n" +
	"Do not run the pump against a closed discharge valve for more than 30 s."

// However a customer asks for a procedure, the answer is its steps in
// order, opened by the unnumbered step the passage gives before them, in
// the asker's language where the documents have it.
func TestProcedureInCustomerWords(t *testing.T) {
	en := item(1, "a", startUp, "en", "Manual")
	en.Chunk.Section = []string{"5. Operation", "5.1 Priming and start-up"}
	zh := item(2, "b", "本泵不能自吸。首次起动前，打开吸入阀，向泵体内灌满液体。\n1. 关闭出口阀，完全打开吸入阀。\n2. 按“起动”按钮起动泵。\n3. 在 30 秒内缓慢打开出口阀。", "zh", "说明书")
	zh.Chunk.Section = []string{"5. 运行", "5.1 灌泵与起动"}
	for _, q := range []string{
		"What's the right way to start it up the first time?",
		"What is the correct way to start the pump for the first time?",
		"Walk me through the first start-up.",
		"How should I start the pump the first time?",
	} {
		ans := answer(t, evidence(q, zh, en))
		want := "Before the first start, open the suction valve and fill the casing with liquid through the vent plug.\n1. Close the discharge valve"
		if ans.Abstained || !strings.Contains(ans.Answer, want) || !strings.Contains(ans.Answer, "3. Open the discharge valve slowly within 30 s. [1]") {
			t.Errorf("%s: answer = %q", q, ans.Answer)
		}
		if strings.Contains(ans.Answer, "self-priming") || strings.Contains(ans.Answer, "本泵") {
			t.Errorf("%s: answer quotes remarks or the other language: %q", q, ans.Answer)
		}
	}
	ans := answer(t, evidence("首次起动的正确方法是什么？", en, zh))
	if ans.Abstained || !strings.HasPrefix(ans.Answer, "首次起动前，打开吸入阀，向泵体内灌满液体。\n1. 关闭出口阀") {
		t.Errorf("answer = %q", ans.Answer)
	}
}

// Steps cut short of the value do not answer a question asking for a
// measure: "what torque for the impeller nut" is answered by the sentence
// that gives 45 N·m, while a routing whose lines state it still answers.
func TestRoutingWithoutTheAskedValueYields(t *testing.T) {
	op := item(1, "a", "Step 1: Fit the key. Step 2: Tighten the impeller nut CP200-IMP-02 to 45 N·m using a torque wrench.", "en", "Assembly instruction")
	op.Chunk.Section = []string{"Operation 40 — Impeller mounting"}
	routing := func(step string) retrieval.Computed {
		return retrieval.Computed{Kind: "routing", Subject: "Operation 40 — Impeller mounting", Cites: []int{1},
			Lines: []retrieval.Line{{Name: "Fit the key", Order: 1, Cites: []int{1}}, {Name: step, Order: 2, Cites: []int{1}}}}
	}
	for _, c := range []struct{ step, want string }{
		{"Tighten the impeller nut…", "45 N·m"},
		{"Tighten the impeller nut to 45 N·m", "45 N·m"},
	} {
		ev := evidence("what torque does the impeller nut get?", op)
		ev.Computed = []retrieval.Computed{routing(c.step)}
		if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("step %q: answer = %q", c.step, ans.Answer)
		}
	}
}

// Two passages of steps that both hold the question's words are weighed
// by how retrieval ranked them: a fault remedy whose last step says
// "calibrate" is no calibration procedure ranked above it.
func TestEqualStepsTakeTheBetterRanked(t *testing.T) {
	calib := item(1, "a", "Step 1: Burn the calibration firmware.\nStep 2: Turn each joint to its zero position.\nStep 3: Press the calibration button.", "en", "Implement robot arm calibration")
	calib.Chunk.Section = []string{"Implement robot arm calibration", "Operation steps"}
	jitter := item(2, "b", "1. Reduce the load on the joint.\n2. Update the firmware.\n3. Calibrate the arm at zero position.", "en", "Hardware Issues")
	jitter.Chunk.Section = []string{"Hardware Issues", "How to reduce joint jitter?"}
	ans := answer(t, evidence("how do I calibrate the joints?", calib, jitter))
	if ans.Abstained || !strings.HasPrefix(ans.Answer, "Step 1: Burn the calibration firmware.") {
		t.Errorf("answer = %q", ans.Answer)
	}
}
