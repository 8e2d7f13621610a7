package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// An item asked for by a modifier and its head ("casing bolts") is not
// named by a text about another item of that head ("anchor bolts"), while
// one that names the head bare or with the question's modifier may be.
func TestOtherItemOfTheSameKindIsNotTheItem(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"what torque goes on the casing bolts?", "Grout the four M16 anchor bolts and tighten them to 120 N·m.", false},
		{"torque for the impeller screws?", "Fit the motor screws and tighten them to 8 N·m.", false},
		{"how much torque on the coupling bolts", "The foundation bolts take 120 N·m.", false},
		{"what torque goes on the casing bolts?", "Step 3: Tighten the casing bolts crosswise to 40 N·m.", true},
		{"what torque goes on the casing bolts?", "Tighten the bolts of the pump casing to 40 N·m.", true},
		{"what torque goes on the casing bolts?", "Tighten the bolts to 40 N·m.", true},
		{"what torque goes on the casing bolts?", "Tighten the four M10 bolts to 40 N·m.", true},
		{"what pressure is the hydro test done at", "Operation 90 — Hydrostatic test: test the casing at 2.4 MPa.", true},
		{"how much does the whole unit weigh", "Weight of the complete unit: 118 kg.", true},
		{"what torque for the bolts?", "Grout the four M16 anchor bolts and tighten them to 120 N·m.", true},
		// Chinese items are read as before, by their character pairs.
		{"泵体螺栓的拧紧力矩是多少", "浇注 4 个 M16 地脚螺栓，以 120 N·m 的扭矩拧紧。", false},
	} {
		q := retrieval.Analyze(c.question)
		item := withoutTermsWhere(q, func(t string) bool {
			return t == "torqu" || t == "扭矩" || t == "力矩" || t == "拧紧" || t == "紧力"
		})
		if got := namesWholeItem(item, c.text); got != c.want {
			t.Errorf("namesWholeItem(%q, %q) = %v, want %v (terms %v)", c.question, c.text, got, c.want, item.Terms)
		}
	}
}

// A Chinese text about another item of the head is read through the
// glossary as its English twin is: the 地脚螺栓 (anchor bolts) are not the
// casing bolts, in either direction.
func TestOtherItemOfTheSameKindAcrossLanguages(t *testing.T) {
	anchorZH := "浇注 4 个 M16 地脚螺栓，待灌浆养护至少 48 小时后，以 120 N·m 的扭矩拧紧。"
	casing := retrieval.Analyze("casing bolt")
	if !otherOfKindEN(casing, anchorZH) {
		t.Errorf("the anchor bolts' Chinese sentence passed for the casing bolt")
	}
	if otherOfKindEN(casing, "拧紧泵体螺栓至 40 N·m。") {
		t.Errorf("a Chinese sentence naming the casing was refused")
	}
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"泵体螺栓拧紧力矩是多少", anchorZH, true},
		{"泵体螺栓拧紧力矩是多少", "Grout the four M16 anchor bolts and tighten them to 120 N·m.", true},
		{"泵体螺栓拧紧力矩是多少", "Motor bolts GB/T 5783 M12x40 — Torque 70 N·m (扭矩表)", true},
		{"泵体螺栓拧紧力矩是多少", "Casing bolts GB/T 5783 M10x30 — Torque 40 N·m (扭矩表)", false},
		{"泵体螺栓拧紧力矩是多少", "泵体螺栓按对角分两次拧紧至 40 N·m。", false},
		{"地脚螺栓拧多紧", anchorZH, false},
		// A nut is not named by a text about bolts only.
		{"叶轮螺母拧紧扭矩是多少", anchorZH, true},
		{"叶轮螺母拧紧扭矩是多少", "装叶轮，用螺母拧紧至 45 N·m。", false},
		{"叶轮螺母拧紧扭矩是多少", "拧紧至 45 N·m。", false},
		{"泵体螺栓拧紧力矩是多少", "用螺丝把泵体固定，拧紧至 40 N·m。", false},
	} {
		if got := askedZHCompounds(c.question).namesOther(c.text); got != c.want {
			t.Errorf("askedZHCompounds(%q).namesOther(%q) = %v, want %v", c.question, c.text, got, c.want)
		}
	}
}
