package safetext

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/testlines"
)

func TestCleanRemovesEveryForm(t *testing.T) {
	forms := testlines.Read(t, "testdata/forms.txt")
	for _, f := range forms {
		got, _ := Clean("The pump runs at 380 V. "+f+" Done.", HostIn([]string{"example.com"}))
		if strings.Contains(strings.ToLower(got), "evil") || !strings.Contains(got, "380 V") {
			t.Errorf("%s\n  → %s", f, got)
		}
	}
	t.Logf("%d forms removed", len(forms))
}

func TestCleanKeepsPlainTextAndAllowedLinks(t *testing.T) {
	allowed := HostIn([]string{"example.com"})
	for _, s := range []string{
		"Pressure < 5 bar and flow > 2 m3/h; a/b // c.",
		"额定电压为380 V，频率50 Hz。请参阅手册：第3章。",
		"See [the manual](https://docs.example.com/m) or https://example.com/x.",
		"Ratio 1:2, time 10:30, path C:\\pumps.",
	} {
		if got, rem := Clean(s, allowed); got != s {
			t.Errorf("%q → %q (%v)", s, got, rem)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"see https：//evil.example／x and <b>x</b>", "<<b>img src=//e.x>", "[a](//e.x)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := Clean(s, nil)
		folded, _ := fold(got)
		if m := tag.FindString(got); m != "" {
			t.Errorf("%q → %q keeps tag %q", s, got, m)
		}
		if m := urlish.FindString(folded); m != "" {
			t.Errorf("%q → %q keeps %q", s, got, m)
		}
	})
}
