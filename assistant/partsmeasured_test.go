package assistant

import "testing"

// A part asking with what measure the thing before it is done is answered
// where an answer already given states that measure in its unit.
func TestMeasuredInAnswer(t *testing.T) {
	step := "Step 3: Measure the insulation resistance of the motor winding at 500 V DC: at least 20 MΩ. [1]"
	if !measuredInAnswer("用多大电压测", []string{step}) {
		t.Error("the step's 500 V did not answer 用多大电压测")
	}
	if measuredInAnswer("用多大电压测", []string{"Measure the insulation resistance: at least 20 MΩ. [1]"}) {
		t.Error("an answer without a voltage answered 用多大电压测")
	}
	if measuredInAnswer("额定电压是多少", []string{step}) {
		t.Error("a part naming its own item counted as answered")
	}
}

// A part opened by a pronoun is asked of the item the part before names.
func TestPronounTakesTheItemBefore(t *testing.T) {
	parts := []string{"OpenFlexure 显微镜执行器里用的 Viton O 形圈外径是多少", "它起什么作用"}
	if got, want := withDroppedSubject(parts, 1), "OpenFlexure 显微镜执行器里用的 Viton O 形圈起什么作用"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := withDroppedSubject([]string{"额定流量是多少", "扬程是多少"}, 1); got != "扬程是多少" {
		t.Errorf("a part with its own item became %q", got)
	}
	// "itself" stands for the item the part before opens with
	if got, want := withDroppedSubject([]string{"笔夹持器能上下伸缩多少行程", "自身多重"}, 1), "笔夹持器自身多重"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Naming a document (说明书, 产品介绍) is no request to explain: the
// remark after the question that they differ asks nothing of its own.
func TestDocumentNamesAskNothing(t *testing.T) {
	for _, s := range []string{"说明书上的限值和出厂性能试验的验收值好像不一样", "规格表和产品介绍里写的不一样"} {
		if !asksNothing(s) {
			t.Errorf("%q read as a question of its own", s)
		}
	}
	if asksNothing("请介绍一下机械密封") {
		t.Error("a request to explain read as a remark")
	}
}
