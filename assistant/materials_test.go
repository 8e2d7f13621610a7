package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// A material's name answers what something is made of where the passage
// never says "material", for the item asked and no other.
func TestMaterialNameStatesTheMaterialOfItsItem(t *testing.T) {
	casing := item(1, "a", "泵体 CP200-CAS-01（蜗壳，灰铸铁 HT250）及泵盖 CP200-CAS-02。", "zh", "说明书")
	impeller := item(2, "b", "叶轮 CP200-IMP-01：闭式，6 片叶片，材料为不锈钢 CF8。", "zh", "说明书")
	for _, q := range []string{"泵体是什么材料做的？", "泵体是什么材质？"} {
		ans := answer(t, evidence(q, casing, impeller))
		if ans.Abstained || !strings.Contains(ans.Answer, "HT250") || strings.Contains(ans.Answer, "CF8") {
			t.Errorf("%s: answer = %q, want the casing's grey iron alone", q, ans.Answer)
		}
	}
	// The impeller's material is no answer for the casing.
	if ans := answer(t, evidence("泵体是什么材料做的？", impeller)); !ans.Abstained {
		t.Errorf("answer = %q, want an abstention", ans.Answer)
	}
}

// A Chinese lead names a material once and in Chinese: "grey cast iron"
// holds "cast iron", which is not named beside it, and the glossary gives
// the whole name (灰铸铁), not its English.
func TestMaterialLeadNamesEachMaterialOnceInTheAskersWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Pump casing and cover: HT250 (grey cast iron).", "HT250、灰铸铁"},
		{"Bearing housing: gray cast iron HT200.", "HT200、灰铸铁"},
		{"Impeller: CF8 (stainless steel 304).", "CF8、不锈钢"},
	} {
		if got := strings.Join(inAskerWords(materialsIn(c.text), "zh"), "、"); got != c.want {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// A compound item's material is the last word's, the noun the others
// qualify: the casing's grey cast iron does not say what the casing
// gasket is made of.
func TestMaterialIsOfTheItemsHeadNoun(t *testing.T) {
	gasket := retrieval.Analyze("casing gasket")
	for text, want := range map[string]bool{
		"Pump casing and cover: HT250 (grey cast iron).": false,
		"Casing gasket: aramid fibre, non-asbestos.":     true,
		"The gasket between casing and cover is aramid.": true,
	} {
		if got := namesMaterialOwner(gasket, retrieval.TokenSet(text)); got != want {
			t.Errorf("%q names the casing gasket's material = %v, want %v", text, got, want)
		}
	}
}

// A colour is stated by its name or code where the passage never says
// "colour"; a dry film thickness states none.
func TestColourIsStatedByItsCode(t *testing.T) {
	for text, want := range map[string]bool{
		"Step 1: Paint with epoxy topcoat RAL 5015, dry film thickness 80 to 120 µm.": true,
		"外壳为蓝色烤漆。":                         true,
		"Dry film thickness 80 to 120 µm.": false,
	} {
		if got := statesAttributeSets(retrieval.Analyze("colour"), true, text, tokenSets{}); got != want {
			t.Errorf("%q states a colour = %v, want %v", text, got, want)
		}
	}
}

// A lead's label is the attribute's whole name, not what a length cap
// left of it.
func TestLeadLabelIsTheWholeName(t *testing.T) {
	for _, c := range []struct{ label, question, want string }{
		{"轴器对中公差", "出厂装配时联轴器对中公差是多少？", "联轴器对中公差"},
		{"额定电流", "这泵额定电流是多少", "额定电流"},
	} {
		if got := wholeLabel(c.label, c.question); got != c.want {
			t.Errorf("wholeLabel(%q, %q) = %q, want %q", c.label, c.question, got, c.want)
		}
	}
}
