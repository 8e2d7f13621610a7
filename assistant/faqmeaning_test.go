package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

func faqItem(n int, id, question, answer, lang string, score float64) retrieval.Item {
	it := item(n, id, question+"\n"+answer, lang, "HF-CP200 FAQ")
	it.Chunk.Section = []string{"常见问题", question}
	it.Score = score
	return it
}

// A question reworded in the asker's own words still finds its FAQ entry,
// and is answered with the entry's answer, never its question.
func TestFAQMatchedByMeaningNotWording(t *testing.T) {
	for _, c := range []struct {
		q, fq, answer string
	}{
		{"泵能放在室外用吗？", "泵可以安装在室外吗？", "电机和控制箱的防护等级为 IP55，可以安装在有遮雨棚的室外。"},
		{"订备件要报什么信息给你们？", "订购备件时需要提供什么信息？", "请提供铭牌上的出厂编号和备件编号。"},
		{"Atom 的 USB 口输入是多少？", "Atom的usb接口输入参数是多少？", "5V @ 500mA"},
	} {
		ev := evidence(c.q,
			faqItem(1, "a", c.fq, c.answer, "zh", 1.2),
			faqItem(2, "b", "HF-CP200 可以输送热水吗？", "可以，介质温度范围为 −10 °C 至 +90 °C。", "zh", 1.1))
		ev.Trace.Coverage = 0.3
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, c.answer) || strings.Contains(ans.Answer, c.fq) {
			t.Errorf("%s: answer = %q, want the entry's answer %q alone", c.q, ans.Answer, c.answer)
		}
	}
}

// An entry that shares a word or two with the question is another question.
func TestFAQNotMatchedByOneSharedWord(t *testing.T) {
	ev := evidence("泵的出口法兰能改成螺纹接口吗？",
		faqItem(1, "a", "泵可以安装在室外吗？", "可以安装在有遮雨棚的室外。", "zh", 1.2),
		faqItem(2, "b", "订购备件时需要提供什么信息？", "请提供铭牌上的出厂编号。", "zh", 1.1))
	ev.Trace.Coverage = 0.3
	if ans := answer(t, ev); !ans.Abstained {
		t.Fatalf("answer = %q, want an abstention", ans.Answer)
	}
}

// An FAQ answer of one figure is the answer; a list number left alone on
// its line by the split is not quoted without its step.
func TestFAQAnswerOfOneFigure(t *testing.T) {
	ev := evidence("J1 关节内径多大？", faqItem(1, "a", "280M5的J1关节内径是多少？", "70mm", "zh", 1.2))
	if ans := answer(t, ev); ans.Abstained || !strings.HasPrefix(ans.Answer, "70mm [1]") {
		t.Fatalf("answer = %q", ans.Answer)
	}
	ev = evidence("M5 屏幕不亮怎么办？", faqItem(1, "a", "M5屏幕不亮，如何解决？", "1. 检查电源适配器是否接触良好。\n2.\n轻轻按压屏幕边角。", "zh", 1.2))
	// The number stands only with its step, which the next line holds.
	if ans := answer(t, ev); ans.Abstained || strings.Contains(ans.Answer, "2.\n") || strings.Contains(ans.Answer, "2. [") || !strings.Contains(ans.Answer, "按压屏幕边角") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// An entry about one code answers no question that does not name it.
func TestFAQNamingAnotherCode(t *testing.T) {
	for _, c := range []struct {
		fq, question string
		want         bool
	}{
		{"控制箱显示 E05 是什么意思？", "控制箱屏幕黑了，什么都不显示，电是通的", true},
		{"控制箱显示 E05 是什么意思？", "控制箱报 E05 是什么意思", false},
		{"HF-CP200 可以输送热水吗？", "这泵能抽热水吗", false}, // the FAQ's own product
		{"How long may the pump run at 30 Hz?", "can it run at 30 Hz", false},
		{"280M5的J1关节内径是多少？", "J1 关节内径多大？", false}, // the model qualifies the joint asked
		{"How do I reset fault E05?", "how do I reset a fault", true},
	} {
		if got := namesOtherCode(c.fq, c.question, "HF-CP200 FAQ"); got != c.want {
			t.Errorf("namesOtherCode(%q, %q) = %v, want %v", c.fq, c.question, got, c.want)
		}
	}
}

// An entry that explains why gives no value: "why does it get noisy at
// high flow" does not answer what the maximum flow is, though it names a
// flow; it still answers a question asking why.
func TestWhyEntryGivesNoValue(t *testing.T) {
	faq := item(1, "a", "Beyond 48 m³/h the pump runs far right on its curve and cavitates. Throttle the discharge valve.", "en", "FAQ")
	faq.Chunk.Section = []string{"Operation", "Why does the pump get noisy at high flow?"}
	for q, want := range map[string]bool{
		"what's the max flow of this pump?":          false,
		"why is the pump so noisy at high flow?":     true,
		"how come the pump gets noisy at high flow?": true,
	} {
		if _, ok := faqAnswer(evidence(q, faq), "en", false); ok != want {
			t.Errorf("%q: answered from the entry = %v, want %v", q, ok, want)
		}
	}
}

// An entry naming the pin or code the user names needs only half of each
// question in the other, wherever retrieval ranked it: the code says both
// are about one thing.
func TestFAQNamingTheAskedCodeMatchesAtHalf(t *testing.T) {
	fq := "Is the IO port of G36 unusable? Why is there no voltage return when measuring with a multimeter?"
	row := item(1, "r", "Label: 36; Signal name: G36; Type: I/O; Function: GPIO36", "en", "Robot Parameters")
	row.Chunk.Kind, row.Score = "table_row", 1.0
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"does G36 on the 280 M5 base work as an IO? my multimeter shows no voltage on it", true},
		{"does pin 36 on the 280 M5 base work as an IO? my multimeter shows no voltage on it", false}, // no code: half is too little
	} {
		model := item(3, "m", "The myCobot 280 base carries an M5Stack Basic.", "en", "Robot Parameters")
		ev := evidence(c.q, row, faqItem(2, "f", fq, "36 on basic can be used and is defined as an input pin.", "en", 0.9), model)
		text, ok := faqAnswer(ev, "en", false)
		if got := ok && strings.Contains(text, "input pin"); got != c.want {
			t.Errorf("%q answered by the G36 entry = %v, want %v: %q", c.q, got, c.want, text)
		}
	}
}

// A remark said after the question is asked by an entry of two questions
// that asks it too, not by one that only shares its words.
func TestRemarkAskedByATwoQuestionEntry(t *testing.T) {
	for _, c := range []struct {
		q, entry string
		want     bool
	}{
		{"does G36 work as an IO? my multimeter shows no voltage on it", "Is the IO port of G36 unusable? Why is there no voltage return when measuring with a multimeter?", true},
		{"first start-up: how do I get the pump primed? it's not self priming right?", "Is the pump self-priming?", false},
		{"换一套机械密封大概要多长时间？FAQ里说的跟内部工时好像不一样", "How long does it take to replace the mechanical seal?", false},
		{"G36 能当 IO 用吗？", "G36的IO口是没法用吗，为什么用万用表测量没有电压返回？", false}, // no remark
	} {
		if got := asksRemarkToo(c.q, c.entry); got != c.want {
			t.Errorf("asksRemarkToo(%q, %q) = %v, want %v", c.q, c.entry, got, c.want)
		}
	}
}
