package retrieval

import (
	"os"
	"strings"
	"testing"
)

// A Chinese question reaches the other Chinese forms of its words: the
// documents say 材料 where the customer says 材质.
func TestGlossaryReachesSameLanguageForms(t *testing.T) {
	data, err := os.ReadFile("testdata/same_language_words.tsv")
	if err != nil {
		t.Fatal(err)
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
			t.Errorf("%q: forms %q lack %q", question, forms, want)
		}
		if q.Covered(TokenSet(want)) == 0 {
			t.Errorf("%q: a passage saying %q covers none of its terms", question, want)
		}
	}
}
