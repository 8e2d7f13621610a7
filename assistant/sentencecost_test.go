package assistant

import (
	"maps"
	"reflect"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A question's fastener reading is made once and asked of every sentence;
// it answers as answersFastener does.
func TestFastenerQuestionReadOnce(t *testing.T) {
	cases := []struct {
		question, sentence string
		want               bool
	}{
		{"what size screws go into the base", "Fix the base with four M4 screws.", true},
		{"what size screws go into the base", "Fix the base with four screws.", false},
		{"机械臂底座用什么螺丝固定", "M4螺丝安装方式", true},
		{"which stepper motors does it use", "It uses three 28BYJ-48 stepper motors.", true},
		{"which stepper motors does it use", "It uses three stepper motors.", false},
		{"how heavy is the pump", "Fix it with M8 bolts.", false},
		{"which s does it use", "The 28BYJ-48 motor drives it.", true},
	}
	for _, c := range cases {
		if got := askedFastener(c.question).answeredBy(c.sentence); got != c.want {
			t.Errorf("askedFastener(%q).answeredBy(%q) = %v, want %v", c.question, c.sentence, got, c.want)
		}
		if got := answersFastener(c.question, c.sentence); got != c.want {
			t.Errorf("answersFastener(%q, %q) = %v, want %v", c.question, c.sentence, got, c.want)
		}
	}
}

// One answer reads a sentence's tokens once, however many checks ask.
func TestSentenceTokensReadOncePerAnswer(t *testing.T) {
	sets := tokenSets{}
	text := "Seal CP200-SEL-01 fits the E07 control box"
	first := sets.of(text)
	if !maps.Equal(first, retrieval.TokenSet(text)) {
		t.Fatalf("sets.of(%q) = %v, want the text's token set", text, first)
	}
	item, attr := retrieval.Analyze("control box seal"), retrieval.Analyze("control box")
	cases := []struct {
		name  string
		check func() bool
		want  bool
	}{
		{"codes held", func() bool { return codesInSets([]string{"e07"}, text, sets) }, true},
		{"codes missing", func() bool { return codesInSets([]string{"e09"}, text, sets) }, false},
		{"item named", func() bool { return namesItemSets(item, []string{"e07"}, text, sets) }, true},
		{"attribute stated", func() bool { return statesAttributeSets(attr, true, text, sets) }, true},
	}
	for _, c := range cases {
		if got := c.check(); got != c.want {
			t.Errorf("%s = %v, want %v", c.name, got, c.want)
		}
		if allocs := testing.AllocsPerRun(20, func() { c.check() }); allocs > 6 {
			t.Errorf("%s allocates %.0f times on a text already read", c.name, allocs)
		}
	}
	if len(sets) != 1 {
		t.Errorf("%d token sets made for one text, want 1", len(sets))
	}
	// Codes are looked for only where the question has some.
	none := tokenSets{}
	if !codesInSets([]string{"seal"}, text, none) || len(none) != 0 {
		t.Errorf("a question without codes read the text's tokens")
	}
}

// The terms common to the evidence are found once per evidence set,
// though every sentence with a figure asks after them.
func TestCommonTermsFoundOncePerEvidence(t *testing.T) {
	var items []retrieval.Item
	for i, text := range []string{"The pump weighs 45 kg.", "The pump base is cast iron.", "The pump runs at 2900 rpm.", "The pump seal is carbon."} {
		items = append(items, retrieval.Item{N: i + 1, Chunk: kg.Chunk{ID: string(rune('a' + i)), Text: text, Lang: "en"}})
	}
	ev := evidence("How heavy is the pump base?", items...)
	first := memo.get(ev).common(ev)
	if !maps.Equal(first, commonTerms(ev)) || !first["pump"] {
		t.Fatalf("common = %v, want %v", first, commonTerms(ev))
	}
	if allocs := testing.AllocsPerRun(20, func() { namesCommonTermsSets(ev, ev.Question, "The pump base weighs 12 kg.", nil) }); allocs > 8 {
		t.Errorf("namesCommonTerms allocates %.0f times once the common terms are known", allocs)
	}
}

// The asked measure is read once per evidence set: the computed listings
// and the sentences check against the same reading.
func TestAskedMeasureReadOncePerEvidence(t *testing.T) {
	items := []retrieval.Item{{N: 1, Chunk: kg.Chunk{ID: "a", Text: "Tighten the impeller nut to 120 N·m.", Lang: "en"}}}
	for _, q := range []string{"What torque for the impeller nut?", "泵运行时噪声有多大", "Who supplies the seal?"} {
		ev := evidence(q, items...)
		first := memo.get(ev).measure(ev)
		if want := askedMeasure(ev); !reflect.DeepEqual(first, want) {
			t.Errorf("%q: memo measure = %+v, want %+v", q, first, want)
		}
		again := testing.AllocsPerRun(20, func() { memo.get(ev).measure(ev) })
		afresh := testing.AllocsPerRun(20, func() { askedMeasure(ev) })
		if again >= afresh {
			t.Errorf("%q: reading the asked measure again allocates %.0f times, as many as reading it afresh (%.0f)", q, again, afresh)
		}
	}
}
