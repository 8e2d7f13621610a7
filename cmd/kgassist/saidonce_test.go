package main

import (
	"context"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
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
		clearance, err := kg.ParseAudience(c[0])
		if err != nil {
			t.Fatal(err)
		}
		ans, err := a.assistant.Ask(context.Background(), assistant.Request{Question: c[1], Clearance: clearance})
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(ans.Answer, c[2]); n != 1 {
			t.Errorf("%s: %q said %d times: %q", c[1], c[2], n, ans.Answer)
		}
		if c[3] != "-" && strings.Contains(ans.Answer, c[3]) {
			t.Errorf("%s: answer holds %q: %q", c[1], c[3], ans.Answer)
		}
	}
}
