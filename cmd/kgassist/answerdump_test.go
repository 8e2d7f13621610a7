package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dumpedAnswerSets are the question sets whose answers
// TestDumpAnswers writes out: the demo and corpus sets that may be read
// while answering changes.
var dumpedAnswerSets = []string{"demo", "corpus", "untuned_demo", "untuned_corpus", "dev_demo", "dev_corpus",
	"tables_corpus", "heldout_demo", "heldout_corpus", "heldout2_demo", "heldout2_corpus", "heldout3_demo",
	"heldout3_corpus", "heldout4_demo", "heldout4_corpus", "heldout5_demo", "heldout5_corpus", "heldout6_demo",
	"heldout6_corpus", "heldout7_demo", "heldout7_corpus", "heldout8_demo", "heldout8_corpus", "heldout9_demo",
	"heldout9_corpus", "heldout10_demo", "heldout10_corpus", "heldout11_demo", "heldout11_corpus",
	"heldout12_demo", "heldout12_corpus", "heldout13_demo", "heldout13_corpus"}

// TestDumpAnswers writes every answer of those sets, with its
// citations, evidence and computed answers and the timings left out, to
// the file KGASSIST_ANSWER_DUMP names, one JSON line per question
// (KGASSIST_ANSWER_SETS, comma-separated, names fewer sets). Two
// dumps, from before and after a change meant only to make answering
// faster, must be byte-identical (cmp). It writes nothing when the
// variable is unset.
func TestDumpAnswers(t *testing.T) {
	path := os.Getenv("KGASSIST_ANSWER_DUMP")
	if path == "" {
		t.Skip("KGASSIST_ANSWER_DUMP not set")
	}
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	enc := json.NewEncoder(out)
	sets := dumpedAnswerSets
	if only := os.Getenv("KGASSIST_ANSWER_SETS"); only != "" {
		sets = strings.Split(only, ",")
	}
	demo := ""
	for _, set := range sets {
		file := filepath.Join("..", "..", "testdata", "qa", set)
		store := demo
		if strings.HasSuffix(set, "corpus") {
			store = ingestCorpusPaths(t, file+"_paths.txt")
		} else if demo == "" {
			demo = demoStore(t)
			store = demo
		}
		for _, o := range evaluate(t, set, store, file+".jsonl") {
			line := map[string]any{"set": set, "id": o.Case.ID, "error": o.Err}
			if a := o.Answer; a != nil {
				line["answer"], line["abstained"], line["reason"] = a.Answer, a.Abstained, a.Trace.Abstention
				line["citations"], line["evidence"], line["computed"] = a.Citations, a.Evidence, a.Computed
				line["answerer"], line["related"], line["removed"] = a.Answerer, a.Related, a.Trace.Removed
			}
			if err := enc.Encode(line); err != nil {
				t.Fatal(err)
			}
		}
	}
}
