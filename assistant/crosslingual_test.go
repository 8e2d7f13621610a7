package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A Chinese sentence answers an English question through the words that
// have a Chinese form; the question's other words cannot count against it.
func TestOtherLanguageSentenceScoredOverTranslatableTerms(t *testing.T) {
	zh := item(1, "a", "冬季停机与长期存放：环境温度低于 5 °C 时，停机后必须打开泵体底部的放水螺塞，排空泵体。", "zh", "说明书")
	zh.Chunk.Section = []string{"3. 运输与储存"}
	ev := evidence("Below what outdoor temperature must the casing be drained after shutdown?", zh,
		item(2, "b", "Close the discharge valve, then press STOP.", "en", "Manual"))
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "5 °C") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// One shared word is a topic: "pressure" alone does not make a Chinese
// sentence the answer to a question about a test pressure.
func TestOtherLanguageSentenceNeedsMoreThanOneWord(t *testing.T) {
	ev := evidence("What pressure is the casing hydro-tested to?",
		item(1, "a", "检查出口压力、机械密封和电机电流（不超过 14.8 A）。", "zh", "说明书"))
	if ans := answer(t, ev); !ans.Abstained {
		t.Fatalf("answer = %q, want an abstention", ans.Answer)
	}
}

// The head of the asked attribute must be stated: the words before it
// only narrow it.
func TestAttributeHeadMustBeStated(t *testing.T) {
	ev := evidence("What coupling alignment tolerance is used at the factory?",
		item(1, "a", "Check the coupling alignment after the pipes are connected.", "en", "Manual"))
	if ans := answer(t, ev); !ans.Abstained {
		t.Fatalf("answer = %q, want an abstention", ans.Answer)
	}
	ev = evidence("What coupling alignment tolerance is used at the factory?",
		item(1, "a", "Coupling alignment tolerance at assembly: 0.05 mm radial.", "en", "Assembly"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "0.05 mm") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// "How heavy" asks for the weight the documents state.
func TestMeasureAdjectiveReadAsItsNoun(t *testing.T) {
	for _, q := range []string{"how heavy is the whole unit?", "整机有多重？"} {
		ev := evidence(q,
			item(1, "a", "Lift the unit only by the two lifting lugs on the base plate.", "en", "Manual"),
			item(2, "b", "Weight of the complete unit: 118 kg. 整机重量 118 kg。", "mixed", "Manual"))
		if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "118 kg") || strings.Contains(ans.Answer, "lugs") {
			t.Errorf("%s: answer = %q", q, ans.Answer)
		}
	}
}

// An English passage names the item of a Chinese question through the
// item's glossary words; the question's phrasing characters (时, 拧) have
// no English form and cannot count against it.
func TestOtherLanguageSentenceNamesItemByTranslatableTerms(t *testing.T) {
	en := item(1, "a", "Step 2: Apply Loctite 243 to the thread and tighten the impeller nut CP200-IMP-02 to 45 N·m using a torque wrench.", "en", "Assembly instruction")
	en.Chunk.Section = []string{"Operation 40 — Impeller mounting"}
	ev := evidence("出厂时叶轮螺母拧多大力矩？", en)
	linkParameter(ev, "torque")
	ev.Linked[0].Surface = "力矩"
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "45 N·m") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// A Chinese question's words in Latin letters ("LED", a product's name)
// are written alike in an English passage, so they count for it.
func TestLatinWordsOfAChineseQuestionAreTranslatable(t *testing.T) {
	cases := []struct {
		question string
		want     []string // among the translatable terms
	}{
		{"LED 要配多大的电阻？", []string{"led", "电阻"}},
		{"OpenFlexure 显微镜的物镜用哪种", []string{"openflexur"}},
		{"myStudio 怎么安装", []string{"mystudio"}},
	}
	for _, c := range cases {
		got := translatable(retrieval.Analyze(c.question)).Terms
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("translatable(%q) = %v, want %q among them", c.question, got, w)
			}
		}
	}
	// An English question's words are not written alike in Chinese.
	if got := translatable(retrieval.Analyze("what resistor does the LED need?")).Terms; slices.Contains(got, "led") {
		t.Errorf("translatable of an English question = %v, want no led", got)
	}
	ev := evidence("LED 要串多大的电阻？",
		item(1, "a", "Solder the LED to a resistor of about 80 ohms, then crimp the cable.", "en", "Illumination"))
	if ans := answer(t, ev); ans.Abstained || !strings.Contains(ans.Answer, "80 ohms") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}

// A parts line in the other language's document is about the item its
// document's title names: "3x Viton O-ring, 30x2mm" under "Actuator
// assembly › Requirements" answers what O-ring the actuator takes, ahead
// of the O-ring's own page, which says nothing of the actuator.
func TestOtherLanguagePartsLineNamesItemByTitle(t *testing.T) {
	cases := []struct {
		question, want string
	}{
		{"执行器用的O型圈是什么规格", "30x2mm"},
		{"执行器里装的O型圈要买多大的？", "30x2mm"},
		{"执行器要用哪种O型圈", "30x2mm"},
	}
	for _, c := range cases {
		ring := item(1, "a", "The O-rings act as springs that push the nut back down. Viton O-rings are worth the price.", "en", "Viton O ring")
		ring.Chunk.Section = []string{"Viton O ring", "Details"}
		actuator := item(2, "c", "3x Viton O-ring, 30x2mm (keep some spares)", "en", "Actuator assembly")
		actuator.Chunk.Section = []string{"Requirements", "Parts"}
		ring.Score = 0.5
		ans := answer(t, evidence(c.question, ring, actuator))
		first, _, _ := strings.Cut(ans.Answer, "\n")
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) || !strings.Contains(first, c.want) {
			t.Errorf("%s: answer = %q", c.question, ans.Answer)
		}
	}
}

// A size asked is stated by the dimensions written as one ("30x2mm"): the
// parts line that gives them answers "是什么尺寸" ahead of a sentence on
// the item's page that only says the word "size".
func TestOtherLanguagePartsLineStatesSizeAsked(t *testing.T) {
	for _, question := range []string{
		"执行器用的橡胶O圈是什么尺寸",
		"执行器的O型圈是什么尺寸",
		"执行器里的O圈尺寸多少",
	} {
		ring := item(1, "a", "You can substitute rubber bands, but it is difficult to specify the size directly.", "en", "Viton O ring")
		ring.Chunk.Section = []string{"Viton O ring", "Details"}
		actuator := item(2, "c", "3x Viton O-ring, 30x2mm (keep some spares)", "en", "Actuator assembly")
		actuator.Chunk.Section = []string{"Requirements", "Parts"}
		ans := answer(t, evidence(question, ring, actuator))
		if ans.Abstained || !strings.Contains(ans.Answer, "30x2mm") {
			t.Errorf("%s: answer = %q", question, ans.Answer)
		}
	}
}
