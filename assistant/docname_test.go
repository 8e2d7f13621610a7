package assistant

import "testing"

func TestLocationWords(t *testing.T) {
	for uri, want := range map[string]string{
		"mycobot280-manual-zh-en/cn/3.UserNotice/x.md": "mycobot 280 manual zh en cn 3 UserNotice x",
		"file:///docs/HF-CP200/manual.pdf":             " docs HF CP 200 manual",
		"":                                             "",
	} {
		if got := locationWords(uri); got != want {
			t.Errorf("locationWords(%q) = %q, want %q", uri, got, want)
		}
	}
}
