package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A Chinese measure adjective asks for its measure as "X 的 Y 是多少" does:
// "漫游车能跑多快" asks the rover's speed, and a passage about the rover
// that states no speed does not answer it.
func TestChineseMeasureAdjectiveIsTheAskedAttribute(t *testing.T) {
	for _, c := range []struct{ q, attr string }{
		{"这个漫游车最高能跑多快", "速度"},
		{"漫游车能跑多快", "速度"},
		{"这个底座多宽", "宽度"},
		{"平板车多重", "重量"},
		{"显微镜载物台多厚", "厚度"},
	} {
		mq, _ := measureQuestion(retrieval.Analyze(c.q))
		aq, asked := attributeQuestion(mq)
		if !asked || !slices.Contains(aq.Terms, c.attr) {
			t.Errorf("%q: attribute %v (%v), want %s", c.q, aq.Terms, asked, c.attr)
		}
	}
}

// The words that ask a measure in everyday Chinese ("能吸多重", "吸得起")
// name no part of the item: only the item's own words are left to find.
func TestAskingFormsNameNoItem(t *testing.T) {
	cases := []struct {
		question string
		want     []string // item terms left
	}{
		{"一体式吸泵能吸多重的东西", []string{"一体", "体式", "式吸", "吸泵"}},
		{"双头吸泵能吸多重", []string{"双头", "头吸", "吸泵"}},
		{"夹爪张开多大", []string{"夹爪"}},
		{"吸泵最多能吸起多重的东西", []string{"吸泵"}},
	}
	for _, c := range cases {
		q := retrieval.Analyze(c.question)
		got := withoutAskingForms(q, c.question).Terms
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: %v lost the item's %s", c.question, got, w)
			}
		}
		for _, g := range got {
			if !slices.Contains(c.want, g) && inAskedForm(g, c.question, append(askingForms(c.question), caseWords(c.question)...)) {
				t.Errorf("%s: asking term %s kept", c.question, g)
			}
		}
	}
}

// A Chinese question whose item is named and whose measure is asked in
// everyday words is answered by the row stating that measure of the item.
func TestPayloadAskedInEverydayWords(t *testing.T) {
	ev := evidence("一体式吸泵能吸多重的东西",
		item(1, "a", "名称: 吸取重量; myCobot 一体式吸泵: 50g", "zh", "一体式吸泵"),
		item(2, "b", "名称: 尺寸; myCobot 一体式吸泵: 直径 20mm", "zh", "一体式吸泵"))
	// A table headed by the item's name may have put the item among the
	// parameters: its words then count as the measure's, and the asking
	// words alone are left to name the item.
	ev.Linked = append(ev.Linked, retrieval.Linked{Entity: kg.Entity{ID: "p", Name: "一体式吸泵", Type: kg.Parameter}, Surface: "一体式吸泵"})
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "50g") {
		t.Fatalf("answer = %q", ans.Answer)
	}
}
