package main

import (
	"bytes"
	"context"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant/qaeval"
)

// Thresholds are set a little below measured figures so that a regression
// fails; raise them as quality improves.
var evalFloors = map[string]qaeval.Summary{
	// Figures are correctness / cited doc / evidence recall / abstention
	// precision / abstention recall.
	//
	// The loopback model, which restates the first two evidence items and
	// never abstains while it has evidence (so abstention scores 0 by
	// design). Measured 2026-12-02: 0.382 / 0.917 / 0.992 / 1.000 / 0.000.
	"demo-model": {Correct: 0.36, CiteDoc: 0.89, Recall: 0.97},
	// Measured 2026-12-02: 0.875 / 0.933 / 0.992 / 0.870 / 0.833, with
	// reworded FAQ matching, the measure/item agreement check and
	// other-language scoring (before them 0.861 / 0.917 / 0.992 / 0.800 /
	// 0.833; earlier the same day 0.785 / 0.842 / 0.975 / 0.667 / 0.833;
	// 2026-11-28: 0.653 / 0.783 / 0.967 / 0.485 / 0.667).
	"demo": {Correct: 0.86, CiteDoc: 0.91, Recall: 0.97, AbstainPrecision: 0.85, AbstainRecall: 0.81},
	// Measured 2026-12-02: 0.672 / 0.736 / 0.906 / 0.375 / 0.750 (before
	// the same changes 0.656 / 0.717 / 0.906 / 0.375 / 0.750; earlier the
	// same day 0.525 / 0.604 / 0.830 / 0.261 / 0.750; 2026-11-28: 0.459 /
	// 0.566 / 0.830 / 0.208 / 0.625).
	"corpus": {Correct: 0.65, CiteDoc: 0.71, Recall: 0.88, AbstainPrecision: 0.35, AbstainRecall: 0.72},
	// Written from the documents alone and frozen; never tuned to. Measured
	// 2026-12-02: demo 0.650 / 0.667 / 0.952 / 0.378 / 0.933, corpus
	// 0.506 / 0.662 / 0.892 / 0.318 / 1.000 (before the same changes demo
	// 0.575 / 0.590 / 0.952 / 0.283 / 0.867, corpus 0.444 / 0.595 / 0.892 /
	// 0.269 / 1.000; when first written: demo 0.392 / 0.390 / 0.933 /
	// 0.167 / 0.733, corpus 0.309 / 0.419 / 0.770 / 0.156 / 1.000).
	// Retrieval's last passages for uc-076 vary from run to run on the same
	// store (a PID-reset FAQ now and then takes the tenth place), and with
	// it that question's abstention: about one run in five measures corpus
	// 0.494 / 0.662 / 0.892 / 0.286 / 0.857, so the corpus floors sit below
	// that run.
	"untuned-demo":   {Correct: 0.63, CiteDoc: 0.64, Recall: 0.93, AbstainPrecision: 0.36, AbstainRecall: 0.91},
	"untuned-corpus": {Correct: 0.48, CiteDoc: 0.63, Recall: 0.87, AbstainPrecision: 0.27, AbstainRecall: 0.85},
	// Held out: written from the documents alone by someone who saw neither
	// the code nor the other sets, and never used while changing answers.
	// Measured 2026-12-02 when written: demo 0.450 / 0.500 / 0.952 / 0.372 /
	// 0.889, corpus 0.317 / 0.333 / 0.863 / 0.194 / 0.667.
	"heldout-demo":   {Correct: 0.43, CiteDoc: 0.48, Recall: 0.93, AbstainPrecision: 0.35, AbstainRecall: 0.87},
	"heldout-corpus": {Correct: 0.30, CiteDoc: 0.31, Recall: 0.84, AbstainPrecision: 0.17, AbstainRecall: 0.64},
}

func ingestInto(t *testing.T, store string, audience string, paths ...string) {
	t.Helper()
	var out, errb bytes.Buffer
	args := append([]string{"ingest", "--store", store, "--audience", audience}, paths...)
	if code := run(context.Background(), args, nil, &out, &errb); code != 0 {
		t.Fatalf("ingest %v: exit %d\n%s%s", paths, code, out.String(), errb.String())
	}
}

func evaluate(t *testing.T, name, store, file string) []qaeval.Outcome {
	t.Helper()
	a, err := openApp(context.Background(), store)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	cases, err := qaeval.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	outs := qaeval.Run(context.Background(), a.assistant, a.retriever, cases)
	sum := qaeval.Summarize(outs)
	var table bytes.Buffer
	sum.Print(&table)
	t.Logf("%s evaluation (%s):\n%s", name, file, table.String())
	for _, o := range outs {
		if len(o.Leaks) > 0 {
			t.Errorf("LEAK %s %q: %v", o.Case.ID, o.Case.Question, o.Leaks)
		}
		if testing.Verbose() && !o.Correct {
			ans := ""
			if o.Answer != nil {
				ans = o.Answer.Answer
			}
			t.Logf("miss %s [%s] %q abstained=%v missing=%v\n    %s", o.Case.ID, o.Case.Kind, o.Case.Question, o.Abstained, o.Missing, strings.ReplaceAll(ans, "\n", " ⏎ "))
		}
	}
	floor := evalFloors[name]
	check := func(metric string, got, min float64) {
		if got < min {
			t.Errorf("%s: %s %.3f is below the floor %.3f", name, metric, got, min)
		}
	}
	check("answer correctness", sum.Correct, floor.Correct)
	check("citation doc validity", sum.CiteDoc, floor.CiteDoc)
	check("evidence recall", sum.Recall, floor.Recall)
	check("abstention precision", sum.AbstainPrecision, floor.AbstainPrecision)
	check("abstention recall", sum.AbstainRecall, floor.AbstainRecall)
	if sum.Errors > 0 {
		t.Errorf("%d questions failed with errors", sum.Errors)
	}
	return outs
}

func TestEvalDemo(t *testing.T) {
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	ingestInto(t, store, "public", filepath.Join(demoRoot, "public"))
	ingestInto(t, store, "internal", filepath.Join(demoRoot, "internal"))
	evaluate(t, "demo", store, "../../testdata/qa/demo.jsonl")
}

func TestEvalRealCorpus(t *testing.T) {
	store := ingestCorpusPaths(t, "../../testdata/qa/corpus_paths.txt")
	evaluate(t, "corpus", store, "../../testdata/qa/corpus.jsonl")
}

// The untuned sets were written from the documents alone, before any
// tuning: they measure what a user would see, not what the code was shaped to.
func TestEvalUntunedDemo(t *testing.T) {
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	ingestInto(t, store, "public", filepath.Join(demoRoot, "public"))
	ingestInto(t, store, "internal", filepath.Join(demoRoot, "internal"))
	evaluate(t, "untuned-demo", store, "../../testdata/qa/untuned_demo.jsonl")
}

func TestEvalUntunedCorpus(t *testing.T) {
	store := ingestCorpusPaths(t, "../../testdata/qa/untuned_corpus_paths.txt")
	evaluate(t, "untuned-corpus", store, "../../testdata/qa/untuned_corpus.jsonl")
}

func TestEvalHeldoutDemo(t *testing.T) {
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	ingestInto(t, store, "public", filepath.Join(demoRoot, "public"))
	ingestInto(t, store, "internal", filepath.Join(demoRoot, "internal"))
	evaluate(t, "heldout-demo", store, "../../testdata/qa/heldout_demo.jsonl")
}

func TestEvalHeldoutCorpus(t *testing.T) {
	store := ingestCorpusPaths(t, "../../testdata/qa/heldout_corpus_paths.txt")
	evaluate(t, "heldout-corpus", store, "../../testdata/qa/heldout_corpus.jsonl")
}

// ingestCorpusPaths ingests the shared corpus files a paths file names (a
// path relative to shared/corpus, optionally a tab and an audience) into a
// new store and returns its URL.
func ingestCorpusPaths(t *testing.T, pathsFile string) string {
	t.Helper()
	byAudience := corpusDocs(t, pathsFile)
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	// In a fixed order: passages that rank alike keep the order they were
	// stored in, so map order would change answers from run to run.
	for _, aud := range slices.Sorted(maps.Keys(byAudience)) {
		ingestIntoTolerant(t, store, aud, byAudience[aud]...)
	}
	return store
}

// ingestIntoTolerant accepts per-document failures: real material has
// files no loader should accept (images beside the docs), and the report
// names them.
func ingestIntoTolerant(t *testing.T, store, audience string, paths ...string) {
	t.Helper()
	var out, errb bytes.Buffer
	args := append([]string{"ingest", "--store", store, "--audience", audience}, paths...)
	if code := run(context.Background(), args, nil, &out, &errb); code > 1 {
		t.Fatalf("ingest: exit %d\n%s", code, errb.String())
	}
}
