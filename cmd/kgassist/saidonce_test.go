package main

import (
	"context"
	"strings"
	"testing"
)

// TestAnswerSaysItsValueOnce: a stated value is not followed by the
// passage that says it again, and a Chinese answer names the attribute
// in Chinese alone.
func TestAnswerSaysItsValueOnce(t *testing.T) {
	a, err := openApp(context.Background(), demoStore(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for _, c := range loadTrustedCases(t, "testdata/said_once.tsv") {
		ans := askAt(t, a, c[0], c[1])
		if n := strings.Count(ans.Answer, c[2]); n != 1 {
			t.Errorf("%s: %q said %d times: %q", c[1], c[2], n, ans.Answer)
		}
		if c[3] != "-" && strings.Contains(ans.Answer, c[3]) {
			t.Errorf("%s: answer holds %q: %q", c[1], c[3], ans.Answer)
		}
	}
}
