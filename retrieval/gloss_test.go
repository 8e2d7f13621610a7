package retrieval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGlossNamesTheOtherLanguagesWords(t *testing.T) {
	got := strings.Join(Gloss("浇注地脚螺栓后以 120 N·m 的扭矩拧紧。", "zh", 3), "; ")
	if !strings.Contains(got, "扭矩 = torque") {
		t.Fatalf("Gloss = %q", got)
	}
	got = strings.Join(Gloss("Tighten to the rated torque.", "en", 3), "; ")
	if !strings.Contains(got, "torque = 扭矩") {
		t.Fatalf("Gloss = %q", got)
	}
	if g := Gloss("nothing here", "en", 3); len(g) != 0 {
		t.Fatalf("Gloss = %q", g)
	}
}

// Customers ask with everyday words; each must reach the form the other
// language's documents use.
func TestGlossaryReachesCustomerWords(t *testing.T) {
	files, err := filepath.Glob("testdata/customer_words*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no customer word lists: %v", err)
	}
	var data []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		data = append(append(data, b...), '\n')
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		question, want, _ := strings.Cut(line, "\t")
		q := Analyze(question)
		var forms []string
		for _, w := range q.altWords {
			forms = append(forms, w...)
		}
		if !containsStr(forms, want) {
			t.Errorf("%q: other-language forms %q lack %q", question, forms, want)
		}
	}
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// A verb's ending reaches the glossary's form; a plural does only where
// the glossary lists it.
func TestGlossaryFormsTakeVerbEndingsOnly(t *testing.T) {
	if q := Analyze("Can it be installed outdoors?"); len(q.altWords["instal"]) == 0 {
		t.Errorf("installed: no other-language form, alts %v", q.altWords)
	}
	if q := Analyze("Which hex keys are needed?"); len(q.altWords["key"]) > 0 {
		t.Errorf("keys: other-language forms %v, want none", q.altWords["key"])
	}
}
