package textseg

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Impeller P-100 torque 25 N·m", []string{"impel", "p-100", "torqu", "25", "n", "m"}},
		{"vibrates vibration leaking leaks", []string{"vibrat", "vibrat", "leak", "leak"}},
		{"叶轮松动", []string{"叶轮", "轮松", "松动"}},
		{"泵 pump", []string{"泵", "pump"}},
		{"额定电压12V", []string{"额定", "定电", "电压", "12v"}},
		{"ＡＢＣ１２", []string{"abc12"}},
		{"1.5 mm.", []string{"1.5", "mm"}},
	}
	for _, c := range cases {
		if got := Tokens(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSegmentTrimsTrailingPunctuation(t *testing.T) {
	if got := Segment("Seal leaks."); got != "seal leak" {
		t.Fatalf("Segment = %q", got)
	}
}

// TestTextFunctions: what each function of one text gives for it.
func TestTextFunctions(t *testing.T) {
	for _, c := range []struct {
		name     string
		f        func(string) string
		in, want string
	}{
		{"Lang", Lang, "How do I replace the seal?", "en"},
		{"Lang", Lang, "如何更换密封圈？", "zh"},
		{"Lang", Lang, "P-100 的额定电压是多少", "zh"},
		{"Lang", Lang, "", ""},
		{"DropShortParens", DropShortParens, "Potential Cause(s) of Failure", "Potential Cause  of Failure"},
		{"DropShortParens", DropShortParens, "Unit price (CNY)", "Unit price  "},
		{"DropShortParens", DropShortParens, "Severity (S)", "Severity  "},
		{"DropShortParens", DropShortParens, "Remarks (see the supplier's list)", "Remarks (see the supplier's list)"},
		{"DropShortParens", DropShortParens, "Item", "Item"},
	} {
		if got := c.f(c.in); got != c.want {
			t.Errorf("%s(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// A heading repeated down the section path (a manual whose title is also
// its first heading) counts once, so it is not boosted twice.
func TestSegmentHeadsKeepsEachHeadingOnce(t *testing.T) {
	got := SegmentHeads("HF-CP200 Manual", []string{"HF-CP200 Manual", " Maintenance ", "", "轴承"})
	if want := Segment("HF-CP200 Manual \n Maintenance \n 轴承"); got != want {
		t.Errorf("SegmentHeads = %q; want %q", got, want)
	}
}
