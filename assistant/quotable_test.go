package assistant

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/testlines"
	"github.com/kgassist/kgassist/kg"
)

func hostileForms(t *testing.T) []string {
	return testlines.Read(t, "safetext/testdata/forms.txt")
}

// An extractive answer quoting a poisoned passage carries no form of a
// link to the attacker's host.
func TestExtractiveQuotesNoURLForm(t *testing.T) {
	forms := hostileForms(t)
	kept := 0
	for _, f := range forms {
		ev := evidence("What is the rated voltage?", item(1, "a", "The rated voltage is 380 V "+f+" at 50 Hz.", "en", "Manual"))
		ans := answer(t, ev)
		if strings.Contains(strings.ToLower(ans.Answer), "evil") || !strings.Contains(ans.Answer, "380 V") {
			kept++
			t.Errorf("%s\n  → %q", f, ans.Answer)
		}
	}
	t.Logf("%d URL forms quoted, %d kept", len(forms), kept)
}

// The clauses of a labelled run carry its label: each repair's time is
// quoted as a standard repair time, not as a bare figure.
func TestClausesOfALabelledRunKeepTheLabel(t *testing.T) {
	c := kg.Chunk{Text: "5. 标准维修工时：更换机械密封 2.5 h；更换轴承 4 h；更换叶轮 3 h。\n出口阀关闭后起动；起动后 30 秒内打开出口阀。"}
	got := splitWhole(c, 2)
	for _, want := range []string{"标准维修工时：更换轴承 4 h；", "标准维修工时：更换叶轮 3 h。", "起动后 30 秒内打开出口阀。"} {
		if !slices.Contains(got, want) {
			t.Errorf("sentences %q lack %q", got, want)
		}
	}
	if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "：起动") || strings.Contains(s, "h。起动") }) {
		t.Errorf("a label ran past its sentence: %q", got)
	}
}

// A full stop after an abbreviation ends no sentence: the part an
// "e.g." names belongs to the sentence it gives an example for.
func TestAbbreviationEndsNoSentence(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"You need a 50mm focal length lens, e.g. ThorLabs AC127-050-A or an equivalent. Fit it convex side down.",
			[]string{"You need a 50mm focal length lens, e.g. ThorLabs AC127-050-A or an equivalent.", "Fit it convex side down."}},
		// "i.e." restates what comes before it: a quote of the rest alone
		// ("in the high resolution version") says nothing.
		{"The lens is only needed with an RMS objective, i.e. in the high resolution version. Fit it convex side down.",
			[]string{"The lens is only needed with an RMS objective, i.e. in the high resolution version.", "Fit it convex side down."}},
	} {
		if got := splitWhole(kg.Chunk{Text: c.text}, 2); !slices.Equal(got, c.want) {
			t.Errorf("sentences %q, want %q", got, c.want)
		}
	}
}
