package chunk

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/load"
)

// TestFAQUnits loads the FAQ files under testdata/faq and checks that each
// answer is a chunk of its own under its question, with no question text
// and no "A:" marker in it.
func TestFAQUnits(t *testing.T) {
	want, err := os.ReadFile("testdata/faq/faq.want.tsv")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{} // file -> "question\tanswer"
	for _, line := range strings.Split(string(want), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		if got[f[0]] == nil {
			got[f[0]] = units(t, f[0])
		}
		if !slices.Contains(got[f[0]], f[1]+"\t"+f[2]) {
			t.Errorf("%s: no unit %q → %q; have %q", f[0], f[1], f[2], got[f[0]])
		}
	}
}

func units(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata/faq", name))
	if err != nil {
		t.Fatal(err)
	}
	p, err := load.Load(context.Background(), name, data, load.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, pc := range Document("d", p, Options{}) {
		c := pc.Chunk
		if len(c.Section) == 0 {
			continue
		}
		q := c.Section[len(c.Section)-1]
		answer, ok := strings.CutPrefix(c.Text, q+"\n")
		if !ok {
			t.Errorf("%s: chunk %q does not start with its question %q", name, c.Text, q)
		}
		out = append(out, q+"\t"+answer)
	}
	return out
}

func TestQuestionParagraph(t *testing.T) {
	for text, want := range map[string]bool{
		"Can the pump run dry?":           true,
		"泵可以安装在室外吗？":                      true,
		"Q: what grease":                  true,
		"The pump runs dry.":              false,
		"Why? Because.\nThe seal breaks.": false,
		strings.Repeat("long ", 60) + "?": false,
	} {
		if got := isQuestionParagraph(text); got != want {
			t.Errorf("isQuestionParagraph(%q) = %v, want %v", text, got, want)
		}
	}
}
