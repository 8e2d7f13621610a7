package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/corpustest"
	"github.com/kgassist/kgassist/internal/extracteval"
	"github.com/kgassist/kgassist/kg"
)

// TestPartOfEval measures the part-of rules against two gold corpora and
// prints the figures; the asserted floors sit just under what was measured,
// so a regression fails and an improvement only needs the floors raised.
// The same harness scores rules joined by a model in llm.
func TestPartOfEval(t *testing.T) {
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	rules := func(ctx context.Context, text string) ([]kg.Entity, []kg.Relation, error) {
		f := x.ExtractText(ctx, text)
		return f.Entities, f.Relations, nil
	}
	maintie, err := extracteval.LoadMaintIE(extractCorpus(t, "maintie", "data", "gold_release.json"))
	if err != nil {
		t.Fatal(err)
	}
	bdci, err := extracteval.LoadBDCI(extractCorpus(t, "bdci-fault-re-zh", "train.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	en, _, _ := extracteval.Run(context.Background(), maintie, rules)
	zhAll, zhLabelled, _ := extracteval.Run(context.Background(), bdci, rules)
	t.Log("\n" + strings.Join([]string{
		en.Row("MaintIE hasPart+contains"),
		zhAll.Row("BDCI 组成 (all docs)"),
		zhLabelled.Row("BDCI 组成 (docs with 组成)"),
	}, "\n"))
	for _, c := range []struct {
		name       string
		s          extracteval.Score
		minP, minR float64
	}{
		{"MaintIE", en, 0.57, 0.25},
		{"BDCI", zhAll, 0.045, 0.25},
	} {
		if c.s.Precision() < c.minP || c.s.Recall() < c.minR {
			t.Errorf("%s strict P %.3f R %.3f below floor P %.2f R %.2f", c.name, c.s.Precision(), c.s.Recall(), c.minP, c.minR)
		}
	}
}

// extractCorpus returns the path of a file of the shared test corpus, or
// skips the test when the corpus is not checked out beside the repository.
func extractCorpus(t testing.TB, rel ...string) string {
	t.Helper()
	return corpustest.Dir(t, rel...)
}
