package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// pumpFAQ is an entry of an FAQ whose title names the product and what it
// is, as the pump's FAQ does.
func pumpFAQ(n int, question, answer, lang string, score float64) retrieval.Item {
	it := item(n, string(rune('a'+n)), question+"\n"+answer, lang, "HF-CP200 Centrifugal Pump — Frequently Asked Questions")
	it.Chunk.Section = []string{"FAQ", question}
	it.Score = score
	return it
}

// A question asked in one language finds the FAQ entry written only in
// the other: its words without a form there (这泵, 用, "allowed", "run")
// count against neither side, and an entry in the asker's language that
// shares words but asks something else does not win.
func TestFAQMatchedAcrossLanguages(t *testing.T) {
	seaWater := pumpFAQ(2, "Can the HF-CP200 pump sea water?", "No. The grey cast iron casing is not suitable for sea water.", "en", 1.3)
	stock := pumpFAQ(2, "Which spare parts should I keep in stock?", "Two mechanical seals and four O-rings.", "en", 1.3)
	hotWater := pumpFAQ(2, "HF-CP200 可以输送热水吗？", "可以，介质温度范围为 −10 °C 至 +90 °C。", "zh", 1.3)
	for _, c := range []struct {
		q, fq, answer, lang string
		rival               retrieval.Item
	}{
		{"Is the pump allowed outdoors?", "泵可以安装在室外吗？", "电机和控制箱的防护等级为 IP55，可以安装在有遮雨棚的室外。", "zh", seaWater},
		{"Can I mount the pump outside?", "泵可以安装在室外吗？", "电机和控制箱的防护等级为 IP55，可以安装在有遮雨棚的室外。", "zh", seaWater},
		{"what do I have to tell you when I order spare parts?", "订购备件时需要提供什么信息？", "请提供铭牌上的出厂编号和备件编号。", "zh", stock},
		{"Can I pump hot water with it?", "HF-CP200 可以输送热水吗？", "可以，介质温度范围为 −10 °C 至 +90 °C。", "zh", seaWater},
		{"我们这边是60Hz电网，这泵能用吗", "Can the pump run at 60 Hz?", "A 60 Hz version with a 160 mm impeller is available on request.", "en", hotWater},
		{"我们这里是60赫兹的电，这泵能用吗", "Can the pump run at 60 Hz?", "A 60 Hz version with a 160 mm impeller is available on request.", "en", hotWater},
		{"泵能抽海水吗？", "Can the HF-CP200 pump sea water?", "No. The grey cast iron casing is not suitable for sea water.", "en", hotWater},
	} {
		ev := evidence(c.q, pumpFAQ(1, c.fq, c.answer, c.lang, 1.0), c.rival)
		ev.Trace.Coverage = 0.3
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, c.answer) {
			t.Errorf("%s: answer = %q, want the entry's answer %q", c.q, ans.Answer, c.answer)
		}
	}
}

// Sharing one translatable word with an entry in the other language does
// not make it the same question.
func TestFAQAcrossLanguagesNeedsTheEntrysQuestion(t *testing.T) {
	for _, c := range []struct{ q, fq, answer, lang string }{
		{"How long is the delivery time when I order spare parts?", "订购备件时需要提供什么信息？", "请提供铭牌上的出厂编号和备件编号。", "zh"},
		{"What paint protects the pump outdoors from UV light?", "泵可以安装在室外吗？", "电机和控制箱的防护等级为 IP55，可以安装在有遮雨棚的室外。", "zh"},
		// the warranty is the topic; whether it can be extended is not asked there
		{"HF-CP200 的保修能延长到三年吗", "What is the warranty period?", "18 months from delivery or 12 months from commissioning.", "en"},
	} {
		ev := evidence(c.q, pumpFAQ(1, c.fq, c.answer, c.lang, 1.0))
		if text, ok := faqAnswer(ev, ev.Question.AnswerLang(), false); ok {
			t.Errorf("%s: answered from the entry %q: %q", c.q, c.fq, text)
		}
	}
}
