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

func TestLang(t *testing.T) {
	for in, want := range map[string]string{
		"How do I replace the seal?": "en",
		"如何更换密封圈？":                   "zh",
		"P-100 的额定电压是多少":             "zh",
		"":                           "",
	} {
		if got := Lang(in); got != want {
			t.Errorf("Lang(%q) = %q, want %q", in, got, want)
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
