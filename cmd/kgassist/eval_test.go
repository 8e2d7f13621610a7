package main

import (
	"bytes"
	"context"
	"encoding/json"
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
	// precision / abstention recall. docs/benchmarks.md keeps their history.
	//
	// The loopback model, which restates the first two evidence items and
	// never abstains while it has evidence (so abstention scores 0 by
	// design): 0.389 / 0.933 / 1.000 / 1.000 / 0.000.
	"demo-model": {Correct: 0.37, CiteDoc: 0.91, Recall: 0.98},
	// Floors follow the evening's figures, after BOM cost and supplier
	// roll-ups, date filters and exact-place filters in table plans, rare
	// codes and everyday words in ranking: demo 0.931 / 0.975 / 1.000 /
	// 0.955 / 0.875, corpus 0.852 / 0.849 / 0.943 / 0.667 / 0.750,
	// untuned-demo 0.900 / 0.886 / 0.981 / 0.778 / 0.933, untuned-corpus
	// 0.790 / 0.892 / 0.973 / 0.875 / 1.000, heldout-demo and
	// heldout-corpus unchanged from the afternoon, heldout2-demo 0.646 /
	// 0.634 / 0.978 / 0.485 / 0.800, heldout2-corpus 0.589 / 0.642 / 0.914
	// / 0.419 / 0.929, dev-demo 0.767 / 0.770 / 0.986 / 0.684 / 0.812,
	// dev-corpus 0.757 / 0.820 / 0.984 / 0.583 / 0.778. The comments below
	// give the afternoon's.
	// Measured 2026-12-02 afternoon, after everyday spec and symptom words,
	// whole procedures, parameter tables under their own name, the stricter
	// attribute/item check, an equipment glossary, short codes searched on
	// their own and answers led in the asker's language:
	// demo 0.917 / 0.967 / 1.000 / 0.913 / 0.875 (noon 0.903 / 0.950 /
	// 1.000 / 0.870 / 0.833), corpus 0.836 / 0.849 / 0.943 / 0.667 / 0.750
	// (noon 0.787 / 0.830 / 0.925 / 0.667 / 0.750). One corpus question
	// (corpus-008) flips from run to run.
	"demo":   {Correct: 0.91, CiteDoc: 0.96, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.85},
	"corpus": {Correct: 0.83, CiteDoc: 0.83, Recall: 0.92, AbstainPrecision: 0.65, AbstainRecall: 0.72},
	// Written from the documents alone and frozen, but their misses were
	// read while answering improved, so they overstate what a user sees:
	// demo 0.875 / 0.857 / 0.971 / 0.700 / 0.933, corpus 0.765 / 0.892 /
	// 0.973 / 0.875 / 1.000 (noon: demo 0.842 / 0.819 / 0.971 / 0.583 /
	// 0.933, corpus 0.679 / 0.784 / 0.932 / 0.538 / 1.000).
	"untuned-demo":   {Correct: 0.88, CiteDoc: 0.87, Recall: 0.96, AbstainPrecision: 0.76, AbstainRecall: 0.91},
	"untuned-corpus": {Correct: 0.77, CiteDoc: 0.87, Recall: 0.95, AbstainPrecision: 0.85, AbstainRecall: 0.97},
	// Held out: written from the documents alone by someone who saw neither
	// the code nor the other sets, and never read while answering changed.
	// These are the honest figures: demo 0.675 / 0.661 / 0.968 / 0.500 /
	// 0.944, corpus 0.600 / 0.686 / 0.961 / 0.421 / 0.889 (noon: demo 0.625
	// / 0.613 / 0.952 / 0.459 / 0.944, corpus 0.533 / 0.627 / 0.922 / 0.389
	// / 0.778).
	"heldout-demo":   {Correct: 0.65, CiteDoc: 0.64, Recall: 0.95, AbstainPrecision: 0.48, AbstainRecall: 0.92},
	"heldout-corpus": {Correct: 0.58, CiteDoc: 0.66, Recall: 0.94, AbstainPrecision: 0.40, AbstainRecall: 0.86},
	// A second held-out pair, written the same way, with the FMEA sheet and
	// the work-order log ingested as internal: demo 0.637 / 0.602 / 0.978 /
	// 0.444 / 0.800, corpus 0.558 / 0.617 / 0.914 / 0.394 / 0.929 (when
	// written, at noon's code: demo 0.566 / 0.570 / 0.968 / 0.400 / 0.800,
	// corpus 0.547 / 0.605 / 0.901 / 0.371 / 0.929).
	"heldout2-demo":   {Correct: 0.63, CiteDoc: 0.61, Recall: 0.96, AbstainPrecision: 0.46, AbstainRecall: 0.78},
	"heldout2-corpus": {Correct: 0.57, CiteDoc: 0.62, Recall: 0.89, AbstainPrecision: 0.40, AbstainRecall: 0.90},
	// The third held-out pair, written after the first two were opened for
	// reading; at 2cb8fcc's code: demo 0.621 / 0.712 / 0.990 / 0.425 /
	// 0.850, corpus 0.559 / 0.738 / 0.963 / 0.417 / 0.769.
	"heldout3-demo":   {Correct: 0.60, CiteDoc: 0.69, Recall: 0.97, AbstainPrecision: 0.40, AbstainRecall: 0.83},
	"heldout3-corpus": {Correct: 0.54, CiteDoc: 0.71, Recall: 0.94, AbstainPrecision: 0.39, AbstainRecall: 0.75},
	// Development sets: written from the documents alone and frozen, but
	// their misses may be read while answering improves, so changes are
	// tried on them and judged on the held-out sets: demo 0.722 / 0.716 /
	// 0.986 / 0.565 / 0.812, corpus 0.643 / 0.770 / 0.951 / 0.467 / 0.778
	// (noon: demo 0.667 / 0.649 / 0.973 / 0.444 / 0.750, corpus 0.500 /
	// 0.607 / 0.852 / 0.300 / 0.667).
	"dev-demo":   {Correct: 0.75, CiteDoc: 0.75, Recall: 0.96, AbstainPrecision: 0.66, AbstainRecall: 0.79},
	"dev-corpus": {Correct: 0.74, CiteDoc: 0.80, Recall: 0.96, AbstainPrecision: 0.56, AbstainRecall: 0.75},
}

func ingestInto(t *testing.T, store string, audience string, paths ...string) {
	t.Helper()
	runOK(t, append([]string{"ingest", "--store", store, "--audience", audience}, paths...)...)
}

// ingestDemo ingests the demo corpus into store: its public documents at
// public, its internal ones at internal.
func ingestDemo(t *testing.T, store string) {
	t.Helper()
	ingestInto(t, store, "public", filepath.Join(demoRoot, "public"))
	ingestInto(t, store, "internal", filepath.Join(demoRoot, "internal"))
}

// serve runs the server on store settings cfg, on a free loopback port,
// until the test ends.
func serve(t testing.TB, cfg Config) *Main {
	t.Helper()
	cfg.Addr = "127.0.0.1:0"
	m := &Main{Config: cfg}
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// runOK runs kgassist with args, failing the test unless it exits 0, and
// returns what it printed.
func runOK(t testing.TB, args ...string) []byte {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(context.Background(), args, nil, &out, &errb); code != 0 {
		t.Fatalf("kgassist %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errb.String())
	}
	return out.Bytes()
}

// runJSON is runOK for a command printing JSON, decoded into v.
func runJSON(t testing.TB, v any, args ...string) {
	t.Helper()
	out := runOK(t, args...)
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatalf("kgassist %s printed no JSON: %v\n%s", strings.Join(args, " "), err, out)
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

// demoStore is a new embedded store holding the demo corpus as the demo
// serves it: public/ as public, internal/ as internal.
func demoStore(t *testing.T) string {
	t.Helper()
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	ingestDemo(t, store)
	return store
}

// evalSet evaluates the question set testdata/qa/SET.jsonl: a demo set
// over the demo store, a corpus set over the shared corpus files that
// SET_paths.txt names.
func evalSet(t *testing.T, set string) {
	t.Helper()
	file := filepath.Join("..", "..", "testdata", "qa", set)
	name := strings.ReplaceAll(set, "_", "-")
	if strings.HasSuffix(set, "corpus") {
		evaluate(t, name, ingestCorpusPaths(t, file+"_paths.txt"), file+".jsonl")
		return
	}
	evaluate(t, name, demoStore(t), file+".jsonl")
}

func TestEvalDemo(t *testing.T)       { evalSet(t, "demo") }
func TestEvalRealCorpus(t *testing.T) { evalSet(t, "corpus") }

// The untuned and held-out sets were written from the documents alone:
// they measure what a user would see, not what the code was shaped to.
// Only the held-out ones were never read while answering changed.
func TestEvalUntunedDemo(t *testing.T)    { evalSet(t, "untuned_demo") }
func TestEvalUntunedCorpus(t *testing.T)  { evalSet(t, "untuned_corpus") }
func TestEvalHeldoutDemo(t *testing.T)    { evalSet(t, "heldout_demo") }
func TestEvalHeldoutCorpus(t *testing.T)  { evalSet(t, "heldout_corpus") }
func TestEvalHeldout2Demo(t *testing.T)   { evalSet(t, "heldout2_demo") }
func TestEvalHeldout2Corpus(t *testing.T) { evalSet(t, "heldout2_corpus") }

// The third held-out pair was written after the first two were opened as
// development sets; it is the only pair whose misses nobody has read.
func TestEvalHeldout3Demo(t *testing.T)   { evalSet(t, "heldout3_demo") }
func TestEvalHeldout3Corpus(t *testing.T) { evalSet(t, "heldout3_corpus") }

// The fourth held-out pair was written after the third was opened as a
// development set; nobody changing answers reads its misses.
func TestEvalHeldout4Demo(t *testing.T)   { evalSet(t, "heldout4_demo") }
func TestEvalHeldout4Corpus(t *testing.T) { evalSet(t, "heldout4_corpus") }

// The development sets may be read while answering changes; the held-out
// ones judge whether a change generalises.
func TestEvalDevDemo(t *testing.T)   { evalSet(t, "dev_demo") }
func TestEvalDevCorpus(t *testing.T) { evalSet(t, "dev_corpus") }

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
