package assistant

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/testlines"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Hedges and general verbs that no passage holds are dropped, as is the
// trade said to do the work; a word no passage holds that names something
// stays, since the documents are silent on it.
func TestDocumentedTermsDropOnlyPhrasing(t *testing.T) {
	ev := evidence("What size fuse should the electrician actually put in the MTBF box?",
		retrieval.Item{N: 1, Chunk: kg.Chunk{ID: "a", Text: "Recommended supply fuse: 25 A, type gG, in the control box.", Lang: "en"}})
	got := documentedTerms(ev, ev.Question).Terms
	for _, gone := range []string{"actual", "put", "electrician"} {
		if slices.Contains(got, gone) {
			t.Errorf("terms %q keep the phrasing %q", got, gone)
		}
	}
	for _, kept := range []string{"fuse", "mtbf", "box"} {
		if !slices.Contains(got, kept) {
			t.Errorf("terms %q lack %q", got, kept)
		}
	}
}

// TestPhrasingPredicates runs the cases of testdata/phrasing.tsv: what
// each test of a question's or a passage's wording says of one text, or
// of a text and what is looked for in it.
func TestPhrasingPredicates(t *testing.T) {
	one := map[string]func(string) bool{
		"asksDuration": asksDuration, "asksParts": asksParts, "asksMeasure": asksMeasure,
		"asksTimeTaken": asksTimeTaken, "statesDuration": statesDuration, "statesMaterial": statesMaterial,
		"asksMeaning": asksMeaning,
	}
	two := map[string]func(string, string) bool{
		"holdsCode":    func(text, code string) bool { return holdsCode(retrieval.TokenSet(text), code) },
		"isQuantity":   func(question, figure string) bool { return isQuantity(quantityCode(question, figure)) },
		"beyondStated": beyondStated,
	}
	for _, line := range testlines.Read(t, "testdata/phrasing.tsv") {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			t.Fatalf("bad line %q", line)
		}
		want, err := strconv.ParseBool(f[1])
		var got bool
		switch name, args := f[0], f[2:]; {
		case err == nil && len(args) == 1 && one[name] != nil:
			got = one[name](args[0])
		case err == nil && len(args) == 2 && two[name] != nil:
			got = two[name](args[0], args[1])
		default:
			t.Fatalf("bad line %q", line)
		}
		if got != want {
			t.Errorf("%s%q = %v, want %v", f[0], f[2:], got, want)
		}
	}
}
