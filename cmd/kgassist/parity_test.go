package main

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/kg"
)

// TestStoresAgreeOnTheDemo ingests the demo corpus into the embedded store
// and into Neo4j and compares what they hold and how the QA set scores.
// Both index the same textseg tokens and run the same retrieval code, so
// the tolerance only absorbs ties broken differently in fulltext ranking.
func TestStoresAgreeOnTheDemo(t *testing.T) {
	srv := neo4jtest.Require(t)
	srv.Wipe(t)
	stores := map[string]string{
		"sqlite": "sqlite://" + filepath.Join(t.TempDir(), "kg.db"),
		"neo4j":  srv.URI,
	}
	stats := map[string]kg.Stats{}
	scores := map[string]qaeval.Summary{}
	for name, url := range stores {
		ingestInto(t, url, "public", filepath.Join(demoRoot, "public"))
		ingestInto(t, url, "internal", filepath.Join(demoRoot, "internal"))
		a, err := openApp(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		if s, ok := a.store.(kg.Statser); ok {
			for _, clearance := range []kg.Audience{kg.Public, kg.Internal} {
				st, err := s.Stats(context.Background(), clearance)
				if err != nil {
					t.Fatal(err)
				}
				st.ByType = nil
				stats[name+"/"+clearance.String()] = st
			}
		}
		cases, err := qaeval.Load("../../testdata/qa/demo.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		scores[name] = qaeval.Summarize(qaeval.Run(context.Background(), a.assistant, a.retriever, cases))
		a.Close()
	}
	for _, c := range []string{"public", "internal"} {
		if !reflect.DeepEqual(stats["sqlite/"+c], stats["neo4j/"+c]) {
			t.Errorf("%s view differs: sqlite %+v, neo4j %+v", c, stats["sqlite/"+c], stats["neo4j/"+c])
		}
	}
	sq, nj := scores["sqlite"], scores["neo4j"]
	t.Logf("correctness sqlite %.3f neo4j %.3f; recall %.3f %.3f; leaks %d %d", sq.Correct, nj.Correct, sq.Recall, nj.Recall, sq.Leaks, nj.Leaks)
	if nj.Leaks != 0 {
		t.Errorf("neo4j: %d audience leaks", nj.Leaks)
	}
	if d := sq.Correct - nj.Correct; d > 0.03 || d < -0.03 {
		t.Errorf("correctness differs by %.3f (sqlite %.3f, neo4j %.3f)", d, sq.Correct, nj.Correct)
	}
}
