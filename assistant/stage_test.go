package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A question placed in the factory is asked of the works' tests and
// assembly steps; a default setting the user sees is not one.
func TestAsksFactoryStage(t *testing.T) {
	for q, want := range map[string]bool{
		"what pressure is the casing hydro-tested at in the factory?": true,
		"What torque do the casing bolts get at the factory?":         true,
		"出厂时电机绕组的绝缘电阻至少应为多少？":                                         true,
		"装配时电机绕组绝缘电阻至少要多少":                                            true,
		"出厂水压试验打多少压力":                                                 true,
		"E05 的出厂默认压力是多少？":                                             false,
		"How do you restore the factory parameters after fault E09?":  false,
		"what's the rated pressure of the pump?":                      false,
		// The works' final test and inspection are factory stages too.
		"what insulation resistance must the winding show at the final test?": true,
		"终检时电机绕组绝缘电阻要多少":                                                      true,
		"What vibration is accepted at the end-of-line test?":                 true,
		"what pressure is the casing tested to before shipping?":              true,
		"Is the final answer in the manual?":                                  false,
	} {
		if got := asksFactoryStage(q); got != want {
			t.Errorf("asksFactoryStage(%q) = %v, want %v", q, got, want)
		}
	}
}

// The answer to a factory-stage question must cite a passage set in the
// factory; the site manual's value of the same kind does not stand in.
func TestOffStage(t *testing.T) {
	site := kg.Chunk{DocTitle: "Operating manual", Section: []string{"4. 安装"}, Text: "管道连接完毕后复查联轴器对中：径向偏差不大于 0.10 mm。"}
	works := kg.Chunk{DocTitle: "Assembly Operation Instruction", Section: []string{"Operation 70"}, Text: "Factory tolerance: radial offset at most 0.05 mm."}
	setting := kg.Chunk{DocTitle: "FAQ", Section: []string{"E05"}, Text: "E05 表示出口超压（出厂默认 1.2 MPa）。"}
	for _, c := range []struct {
		name, question, answer string
		want                   bool
	}{
		{"site value for a factory question", "出厂时联轴器对中的径向偏差要求是多少", "径向偏差不大于 0.10 mm [1]", true},
		{"factory value", "出厂时联轴器对中的径向偏差要求是多少", "0.05 mm [2]", false},
		{"both cited", "出厂时联轴器对中的径向偏差要求是多少", "0.10 mm [1]\n0.05 mm [2]", false},
		{"a factory default is no works test", "what pressure is the casing hydro-tested at in the factory?", "1.2 MPa [3]", true},
		{"no stage asked", "联轴器对中的径向偏差要求是多少", "0.10 mm [1]", false},
		{"nothing cited", "出厂时联轴器对中的径向偏差要求是多少", "0.10 mm", false},
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(c.question), Items: []retrieval.Item{
			{N: 1, Chunk: site}, {N: 2, Chunk: works}, {N: 3, Chunk: setting},
		}}
		if got := offStage(ev, c.answer); got != c.want {
			t.Errorf("%s: offStage = %v, want %v", c.name, got, c.want)
		}
	}
}

// A factory question quotes the works' own step, though a site passage
// (a factory default setting) shares more of its words.
func TestFactoryQuestionQuotesTheWorksStep(t *testing.T) {
	works := kg.Chunk{DocTitle: "Assembly Operation Instruction", Section: []string{"Operation 90 — Hydrostatic test (水压试验)"},
		Text: "Step 1: Fill the casing with water and pressurise it to 2.4 MPa for 5 min.", Lang: "en"}
	setting := kg.Chunk{DocTitle: "FAQ", Section: []string{"控制箱显示 E05 是什么意思？"}, Text: "E05 表示出口超压，出口压力超过设定值（出厂默认 1.2 MPa）。", Lang: "zh"}
	for _, q := range []string{"出厂水压试验压力是多少", "出厂水压试验打到多少压力？", "what pressure is the casing hydro-tested at in the factory?"} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(q), Items: []retrieval.Item{
			{N: 1, Chunk: setting, Score: 1}, {N: 2, Chunk: works, Score: 0.8},
		}}
		got := strings.Join(bestSentences(ev, 3, asked{}), "\n")
		if !strings.Contains(got, "2.4 MPa") || strings.Contains(got, "1.2 MPa") {
			t.Errorf("%q: quotes %q, want the works step's 2.4 MPa alone", q, got)
		}
	}
}
