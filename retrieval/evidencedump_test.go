package retrieval_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// dumpedSets are the demo question sets whose evidence
// TestDumpDemoEvidence writes out.
var dumpedSets = []string{"demo", "untuned_demo", "dev_demo", "heldout_demo", "heldout2_demo", "heldout3_demo", "heldout4_demo"}

// TestDumpDemoEvidence writes the evidence of every demo question, at
// public and internal clearance, to the file KGASSIST_EVIDENCE_DUMP names,
// one JSON line per question with the timings left out. Two dumps, from
// before and after a change meant to leave retrieval's results alone,
// must then be byte-identical (cmp). It writes nothing when the variable
// is unset.
func TestDumpDemoEvidence(t *testing.T) {
	path := os.Getenv("KGASSIST_EVIDENCE_DUMP")
	if path == "" {
		t.Skip("KGASSIST_EVIDENCE_DUMP not set")
	}
	st, emb := openDemo(t)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1})
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	enc := json.NewEncoder(out)
	n := 0
	for _, set := range dumpedSets {
		cases, err := qaeval.Load(filepath.Join("..", "testdata", "qa", set+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			for _, aud := range []kg.Audience{kg.Public, kg.Internal} {
				ev, err := r.Retrieve(context.Background(), aud, c.Question)
				if err != nil {
					t.Fatalf("%s %q: %v", set, c.Question, err)
				}
				ev.Trace.Stages = nil // timings differ from run to run
				if err := enc.Encode(map[string]any{"set": set, "audience": aud, "evidence": ev, "subgraph": ev.Subgraph()}); err != nil {
					t.Fatal(err)
				}
				n++
			}
		}
	}
	t.Logf("%d evidence sets written to %s", n, path)
}
