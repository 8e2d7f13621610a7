package retrieval

import (
	"slices"
	"testing"
)

// TestMemoTranslateReadsEachTermOnce checks the memo answers as the
// glossary does, asks it once per term, and hands out copies a caller may
// change.
func TestMemoTranslateReadsEachTermOnce(t *testing.T) {
	calls := map[string]int{}
	tr := memoTranslate(func(zh string) ([]string, string) {
		calls[zh]++
		return glossaryEnglish(zh)
	})
	for _, zh := range []string{"机械密封", "叶轮", "机械密封", "无此词", "机械密封"} {
		wantEn, wantRest := glossaryEnglish(zh)
		en, rest := tr(zh)
		if !slices.Equal(en, wantEn) || rest != wantRest {
			t.Fatalf("%s: read %q %q, want %q %q", zh, en, rest, wantEn, wantRest)
		}
		if len(en) > 0 {
			en[0] = "changed"
		}
	}
	if calls["机械密封"] != 1 || calls["叶轮"] != 1 || calls["无此词"] != 1 {
		t.Fatalf("glossary asked %v, want each term once", calls)
	}
	if en, _ := glossaryEnglish("机械密封"); len(en) == 0 || en[0] == "changed" {
		t.Fatalf("glossary reads 机械密封 as %q", en)
	}
	if en, _ := tr("机械密封"); len(en) == 0 || en[0] == "changed" {
		t.Fatalf("memo handed out its own slice: %q", en)
	}
}
