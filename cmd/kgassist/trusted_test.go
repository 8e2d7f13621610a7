package main

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
)

// Answers over the demo corpus hold what a user needs and nothing that
// would mislead: the cases of testdata/trusted_answers.tsv.
func TestTrustedAnswers(t *testing.T) {
	a, err := openApp(context.Background(), demoStore(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for _, c := range loadTrustedCases(t, "testdata/trusted_answers.tsv") {
		ans := askAt(t, a, c[0], c[1])
		if abstain := c[2] == "-"; ans.Abstained != abstain {
			t.Errorf("%s: abstained = %v, want %v: %q", c[1], ans.Abstained, abstain, ans.Answer)
			continue
		}
		if c[2] != "-" && !containsAny(ans.Answer, strings.Split(c[2], "|")) {
			t.Errorf("%s: answer lacks %q: %q", c[1], c[2], ans.Answer)
		}
		for _, said := range []string{"The sources disagree", "资料之间存在不一致"} {
			if strings.Count(ans.Answer, said) > 1 {
				t.Errorf("%s: the disagreement is said twice: %q", c[1], ans.Answer)
			}
		}
		for _, bad := range strings.Split(c[3], "|") {
			if c[3] != "-" && strings.Contains(ans.Answer, bad) {
				t.Errorf("%s: answer holds %q: %q", c[1], bad, ans.Answer)
			}
		}
	}
}

func loadTrustedCases(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("%s: %q has %d columns, want 4", path, line, len(cols))
		}
		out = append(out, cols)
	}
	return out
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// askAt asks question at the clearance named by level.
func askAt(t *testing.T, a *app, level, question string) *assistant.Answer {
	t.Helper()
	clearance, err := kg.ParseAudience(level)
	if err != nil {
		t.Fatal(err)
	}
	ans, err := a.assistant.Ask(context.Background(), assistant.Request{Question: question, Clearance: clearance})
	if err != nil {
		t.Fatal(err)
	}
	return ans
}
