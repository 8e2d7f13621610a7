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
	// design): 0.375 / 0.950 / 1.000 / 1.000 / 0.000.
	"demo-model": {Correct: 0.37, CiteDoc: 0.91, Recall: 0.98},
	// Floors sit just under the figures of 2026-12-05, and never below
	// earlier floors (correctness 0.02, cited doc 0.03, recall 0.02 below;
	// abstention 0.07, one question of the sets' small abstention counts):
	// demo 0.979 / 0.983 / 1.000 / 1.000 / 1.000, corpus 0.885 / 0.868 /
	// 0.943 / 0.800 / 1.000. One corpus question (corpus-008) has flipped
	// from run to run.
	"demo":   {Correct: 0.95, CiteDoc: 0.96, Recall: 0.98, AbstainPrecision: 0.96, AbstainRecall: 0.93},
	"corpus": {Correct: 0.91, CiteDoc: 0.87, Recall: 0.92, AbstainPrecision: 0.73, AbstainRecall: 0.93},
	// Written from the documents alone and frozen; their misses were read
	// while answering improved, so they overstate what a user sees.
	"untuned-demo":   {Correct: 0.97, CiteDoc: 0.96, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"untuned-corpus": {Correct: 0.93, CiteDoc: 0.92, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.97},
	// The first two held-out pairs: written from the documents alone by
	// someone who saw neither the code nor the other sets, and since read
	// as development sets.
	"heldout-demo":    {Correct: 0.94, CiteDoc: 0.95, Recall: 0.98, AbstainPrecision: 0.87, AbstainRecall: 0.93},
	"heldout-corpus":  {Correct: 0.89, CiteDoc: 0.89, Recall: 0.98, AbstainPrecision: 0.68, AbstainRecall: 0.93},
	"heldout2-demo":   {Correct: 0.94, CiteDoc: 0.92, Recall: 0.96, AbstainPrecision: 0.83, AbstainRecall: 0.88},
	"heldout2-corpus": {Correct: 0.89, CiteDoc: 0.89, Recall: 0.96, AbstainPrecision: 0.8, AbstainRecall: 0.93},
	// The third and fourth pairs, read as development sets since they were
	// first measured unread (third at 2cb8fcc: demo 0.621, corpus 0.559;
	// fourth at 0668e29: demo 0.725, corpus 0.567).
	"heldout3-demo":   {Correct: 0.95, CiteDoc: 0.94, Recall: 0.98, AbstainPrecision: 0.88, AbstainRecall: 0.88},
	"heldout3-corpus": {Correct: 0.91, CiteDoc: 0.92, Recall: 0.96, AbstainPrecision: 0.93, AbstainRecall: 0.85},
	"heldout4-demo":   {Correct: 0.98, CiteDoc: 0.95, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"heldout4-corpus": {Correct: 0.88, CiteDoc: 0.91, Recall: 0.98, AbstainPrecision: 0.76, AbstainRecall: 0.96},
	// The fifth pair, read as a development set since it was measured
	// unread (at cbe2a22: demo 0.738, corpus 0.667; at 2a01a76: demo 0.762
	// / 0.846 / 1.000 / 0.778 / 0.933, corpus 0.683 / 0.824 / 0.980 /
	// 0.667 / 0.889).
	"heldout5-demo":   {Correct: 0.98, CiteDoc: 0.97, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"heldout5-corpus": {Correct: 0.93, CiteDoc: 0.91, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	// The sixth pair, read as a development set since it was measured
	// unread (at 2a01a76: demo 0.588, corpus 0.667; at ce40996, after
	// changes made without reading it: demo 0.637, corpus 0.700).
	"heldout6-demo":   {Correct: 0.93, CiteDoc: 0.92, Recall: 0.93, AbstainPrecision: 0.81, AbstainRecall: 0.93},
	"heldout6-corpus": {Correct: 0.95, CiteDoc: 0.97, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	// The seventh pair, unread until 12538e7 and read since. First measured
	// at ba04a1e: demo 0.713 / 0.859 / 0.984 / 0.800 / 0.750, corpus
	// 0.683 / 0.824 / 0.941 / 0.545 / 0.667; at 12538e7, when it was
	// opened: demo 0.775, corpus 0.750.
	"heldout7-demo":   {Correct: 0.96, CiteDoc: 0.93, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.86},
	"heldout7-corpus": {Correct: 0.94, CiteDoc: 0.91, Recall: 0.96, AbstainPrecision: 0.83, AbstainRecall: 0.93},
	// The eighth pair, held out until the ninth was written, then read.
	// First measured at b32e3ec: demo 0.812 / 0.853 / 1.000 / 0.550 /
	// 0.917, corpus 0.850 / 0.907 / 0.981 / 0.667 / 1.000.
	"heldout8-demo":   {Correct: 0.98, CiteDoc: 0.97, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"heldout8-corpus": {Correct: 0.91, CiteDoc: 0.91, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	// The ninth pair, held out until the tenth was written, then read.
	// First measured at 5c638c1: demo 0.812 / 0.875 / 0.984 / 0.737 /
	// 0.875, corpus 0.683 / 0.840 / 1.000 / 0.583 / 0.700.
	"heldout9-demo":   {Correct: 0.96, CiteDoc: 0.92, Recall: 0.96, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"heldout9-corpus": {Correct: 0.89, CiteDoc: 0.91, Recall: 0.98, AbstainPrecision: 0.69, AbstainRecall: 0.93},
	// The tenth pair, held out until the eleventh was written, then read.
	// First measured at 223f7c7: demo 0.725 / 0.844 / 1.000 / 0.591 /
	// 0.812, corpus 0.533 / 0.760 / 0.960 / 0.533 / 0.800; when opened
	// (534154f) demo 0.762, corpus 0.533; read since.
	"heldout10-demo":   {Correct: 0.95, CiteDoc: 0.97, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"heldout10-corpus": {Correct: 0.88, CiteDoc: 0.83, Recall: 0.94, AbstainPrecision: 0.76, AbstainRecall: 0.93},
	// The eleventh pair, held out until the twelfth was written, then read.
	// First measured at 9ce00fe: demo 0.738 / 0.828 / 0.984 / 0.688 /
	// 0.688, corpus 0.683 / 0.880 / 0.980 / 0.750 / 0.900; when opened
	// (a855709) demo 0.750, corpus 0.700.
	"heldout11-demo":   {Correct: 0.96, CiteDoc: 0.93, Recall: 0.98, AbstainPrecision: 0.86, AbstainRecall: 0.98},
	"heldout11-corpus": {Correct: 0.95, CiteDoc: 0.91, Recall: 0.96, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	// The twelfth pair, held out until the thirteenth was written, then
	// read. First measured at a855709: demo 0.850 / 0.875 / 0.953 /
	// 0.800 / 0.750, corpus 0.767 / 0.840 / 0.980 / 0.692 / 0.900; when
	// opened (f3fde9a) demo 0.863, corpus 0.767.
	"heldout12-demo":   {Correct: 0.98, CiteDoc: 0.9, Recall: 0.94, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"heldout12-corpus": {Correct: 0.93, CiteDoc: 0.93, Recall: 0.96, AbstainPrecision: 0.93, AbstainRecall: 0.83},
	// The thirteenth pair, held out until the fourteenth was written, then
	// read. First measured at 89b721a: demo 0.787 / 0.797 / 0.969 /
	// 0.667 / 1.000, corpus 0.700 / 0.760 / 0.980 / 0.667 / 1.000; when
	// opened (abd3450) demo 0.800, corpus 0.717.
	"heldout13-demo":   {Correct: 0.98, CiteDoc: 0.97, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"heldout13-corpus": {Correct: 0.96, CiteDoc: 0.95, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	// The fourteenth pair, held out until the fifteenth was written, then
	// read. First measured at 88f37cd: demo 0.825 / 0.891 / 0.984 /
	// 0.778 / 0.875, corpus 0.767 / 0.840 / 0.980 / 0.625 / 1.000; when
	// opened (887079d) demo 0.825, corpus 0.800.
	"heldout14-demo":   {Correct: 0.94, CiteDoc: 0.88, Recall: 0.96, AbstainPrecision: 0.86, AbstainRecall: 0.98},
	"heldout14-corpus": {Correct: 0.88, CiteDoc: 0.93, Recall: 0.98, AbstainPrecision: 0.83, AbstainRecall: 0.93},
	// The fifteenth pair, held out until the sixteenth was written, then
	// read. First measured at 4b8bc79: demo 0.863 / 0.906 / 1.000 /
	// 0.765 / 0.812, corpus 0.833 / 0.900 / 0.980 / 0.714 / 1.000; when
	// opened (38e37bf) the same; read since.
	"heldout15-demo":   {Correct: 0.96, CiteDoc: 0.97, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.86},
	"heldout15-corpus": {Correct: 0.88, CiteDoc: 0.95, Recall: 0.98, AbstainPrecision: 0.83, AbstainRecall: 0.93},
	// The sixteenth pair, held out until the seventeenth was written, then
	// read. First measured with 8f628e1's code: demo 0.688 / 0.734 /
	// 0.984 / 0.429 / 0.750, corpus 0.700 / 0.780 / 1.000 / 0.615 /
	// 0.800; when opened (d23c89c) demo 0.700, corpus 0.717.
	"heldout16-demo":   {Correct: 0.86, CiteDoc: 0.92, Recall: 0.98, AbstainPrecision: 0.78, AbstainRecall: 0.68},
	"heldout16-corpus": {Correct: 0.84, CiteDoc: 0.84, Recall: 0.98, AbstainPrecision: 0.72, AbstainRecall: 0.88},
	// The seventeenth pair, held out until the eighteenth was written,
	// then read. First measured with d23c89c's code: demo 0.762 / 0.828 /
	// 1.000 / 0.636 / 0.875, corpus 0.767 / 0.880 / 1.000 / 0.667 /
	// 1.000; when opened (23a6b3a) demo 0.775, corpus 0.783.
	"heldout17-demo":   {Correct: 0.93, CiteDoc: 0.93, Recall: 0.98, AbstainPrecision: 0.86, AbstainRecall: 0.86},
	"heldout17-corpus": {Correct: 0.91, CiteDoc: 0.96, Recall: 0.98, AbstainPrecision: 0.88, AbstainRecall: 0.98},
	// The eighteenth pair, held out until the nineteenth was written, then
	// read. First measured with 23a6b3a's code: demo 0.738, corpus 0.717;
	// when opened (fc093c0) demo 0.738, corpus 0.733.
	"heldout18-demo":   {Correct: 0.88, CiteDoc: 0.90, Recall: 0.95, AbstainPrecision: 0.78, AbstainRecall: 0.98},
	"heldout18-corpus": {Correct: 0.84, CiteDoc: 0.93, Recall: 0.96, AbstainPrecision: 0.76, AbstainRecall: 0.93},
	// The nineteenth pair. First measured with fc093c0's code: demo
	// 0.625, corpus 0.783. Its first misses were printed once, so it is
	// read as a development set.
	"heldout19-demo":   {Correct: 0.86, CiteDoc: 0.88, Recall: 0.98, AbstainPrecision: 0.69, AbstainRecall: 0.8},
	"heldout19-corpus": {Correct: 0.83, CiteDoc: 0.90, Recall: 0.96, AbstainPrecision: 0.74, AbstainRecall: 0.98},
	// The twentieth pair, held out until the twenty-first was written,
	// then read. First measured with fc093c0's code: demo 0.875, corpus
	// 0.683; when opened (f888ae1) demo 0.887, corpus 0.683; read since
	// (at 8ff5a37: demo 0.963 / 0.953 / 0.984 / 0.938 / 0.938, corpus
	// 0.933 / 0.940 / 1.000 / 1.000 / 1.000).
	"heldout20-demo":   {Correct: 0.97, CiteDoc: 0.95, Recall: 0.98, AbstainPrecision: 0.98, AbstainRecall: 0.98},
	"heldout20-corpus": {Correct: 0.91, CiteDoc: 0.91, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.97},
	// The twenty-first pair, held out until the twenty-second was
	// written, then read. First measured with f888ae1's code: demo 0.762
	// / 0.812 / 1.000 / 0.583 / 0.875, corpus 0.617 / 0.760 / 1.000 /
	// 0.667 / 1.000; when opened (ce43a21) demo 0.762, corpus 0.633.
	"heldout21-demo":   {Correct: 0.89, CiteDoc: 0.9, Recall: 0.98, AbstainPrecision: 0.83, AbstainRecall: 0.93},
	"heldout21-corpus": {Correct: 0.71, CiteDoc: 0.81, Recall: 0.98, AbstainPrecision: 0.71, AbstainRecall: 0.99},
	// The twenty-second pair, held out until the twenty-third was
	// written, then read. First measured with ce43a21's code: demo 0.838
	// / 0.923 / 1.000 / 0.800 / 0.800, corpus 0.783 / 0.800 / 1.000 /
	// 0.500 / 0.800; read from c76a6a6: demo 0.988, corpus 0.917.
	"heldout22-demo":   {Correct: 0.98, CiteDoc: 0.98, Recall: 0.98, AbstainPrecision: 0.99, AbstainRecall: 0.99},
	"heldout22-corpus": {Correct: 0.91, CiteDoc: 0.91, Recall: 0.98, AbstainPrecision: 0.81, AbstainRecall: 0.89},
	// The twenty-third pair, held out until the twenty-fourth was
	// written, then read. First measured with c76a6a6's code: demo 0.750
	// / 0.846 / 0.969 / 0.579 / 0.733, corpus 0.650 / 0.840 / 1.000 /
	// 0.600 / 0.900; when opened (a8db3f5) demo 0.750, corpus 0.667; read
	// (f8c82fd) demo 0.950, corpus 0.833.
	"heldout23-demo":   {Correct: 0.94, CiteDoc: 0.93, Recall: 0.98, AbstainPrecision: 0.87, AbstainRecall: 0.99},
	"heldout23-corpus": {Correct: 0.83, CiteDoc: 0.92, Recall: 0.99, AbstainPrecision: 0.88, AbstainRecall: 0.99},
	// The twenty-fourth pair, held out until the twenty-fifth was written,
	// then read. First measured with a8db3f5's code: demo 0.713 / 0.815 /
	// 1.000 / 0.571 / 0.800, corpus 0.733 / 0.760 / 0.980 / 0.625 /
	// 1.000; when opened (4fe0b41) demo 0.713, corpus 0.733; read (2c16ea0)
	// demo 0.975 / 0.969 / 1.000 / 0.938 / 1.000, corpus 0.867 / 0.820 /
	// 0.980 / 0.667 / 1.000.
	"heldout24-demo":   {Correct: 0.95, CiteDoc: 0.94, Recall: 0.98, AbstainPrecision: 0.91, AbstainRecall: 0.99},
	"heldout24-corpus": {Correct: 0.84, CiteDoc: 0.79, Recall: 0.96, AbstainPrecision: 0.64, AbstainRecall: 0.99},
	// The twenty-fifth pair, held out until the twenty-sixth was written,
	// then read. First measured with 2c16ea0's code: demo 0.775 / 0.815 /
	// 1.000 / 0.647 / 0.733, corpus 0.700 / 0.760 / 0.960 / 0.588 /
	// 1.000; unchanged when opened (403b091); read demo 0.900 / 0.908 /
	// 1.000 / 0.867 / 0.867, corpus 0.783 / 0.820 / 1.000 / 0.625 / 1.000.
	"heldout25-demo":   {Correct: 0.94, CiteDoc: 0.93, Recall: 0.98, AbstainPrecision: 0.98, AbstainRecall: 0.84},
	"heldout25-corpus": {Correct: 0.78, CiteDoc: 0.82, Recall: 0.98, AbstainPrecision: 0.64, AbstainRecall: 0.99},
	// The twenty-sixth pair, held out until the twenty-seventh was
	// written, then read. First measured with 403b091's code: demo 0.800 /
	// 0.831 / 0.985 / 0.652 / 1.000, corpus 0.800 / 0.900 / 1.000 / 1.000
	// / 1.000; demo 0.812 when opened (0c21f3e).
	"heldout26-demo":   {Correct: 0.92, CiteDoc: 0.90, Recall: 0.98, AbstainPrecision: 0.86, AbstainRecall: 0.99},
	"heldout26-corpus": {Correct: 0.84, CiteDoc: 0.90, Recall: 0.98, AbstainPrecision: 0.97, AbstainRecall: 0.99},
	// The twenty-seventh pair, held out until the twenty-eighth was
	// written, then read. First measured with 0c21f3e's code: demo 0.750 /
	// 0.877 / 0.969 / 0.684 / 0.867, corpus 0.767 / 0.880 / 1.000 / 0.615
	// / 0.800; unchanged when opened (cd71092); demo 0.925, corpus 0.833
	// at a136ce0.
	"heldout27-demo":   {Correct: 0.91, CiteDoc: 0.93, Recall: 0.96, AbstainPrecision: 0.85, AbstainRecall: 0.90},
	"heldout27-corpus": {Correct: 0.81, CiteDoc: 0.91, Recall: 0.98, AbstainPrecision: 0.70, AbstainRecall: 0.77},
	// The twenty-eighth pair, held out until the twenty-ninth was
	// written, then read. First measured with cd71092's code: demo 0.787
	// / 0.831 / 0.985 / 0.632 / 0.800, corpus 0.717 / 0.800 / 0.980 /
	// 0.571 / 0.800; unchanged when opened (ca12b89); demo 0.875, corpus
	// 0.817 at a136ce0.
	"heldout28-demo":   {Correct: 0.85, CiteDoc: 0.90, Recall: 0.96, AbstainPrecision: 0.83, AbstainRecall: 0.77},
	"heldout28-corpus": {Correct: 0.79, CiteDoc: 0.85, Recall: 0.96, AbstainPrecision: 0.77, AbstainRecall: 0.77},
	// The twenty-ninth pair, held out until the thirtieth was written,
	// read since 469f33c. First measured with b7f1116's code, before any
	// change made since: demo 0.750 / 0.754 / 1.000 / 0.583 / 0.933,
	// corpus 0.717 / 0.860 / 0.980 / 0.667 / 0.800; with a136ce0's the
	// same questions are missed. With its misses read and fixed by class:
	// demo 0.850 / 0.831 / 1.000 / 0.682 / 1.000, corpus 0.800 / 0.840 /
	// 0.980 / 0.714 / 1.000.
	"heldout29-demo":   {Correct: 0.82, CiteDoc: 0.80, Recall: 0.98, AbstainPrecision: 0.65, AbstainRecall: 0.96},
	"heldout29-corpus": {Correct: 0.77, CiteDoc: 0.81, Recall: 0.96, AbstainPrecision: 0.69, AbstainRecall: 0.96},
	// The thirtieth pair, held out: nobody changing answers reads its
	// misses. First measured with fbfb664's code: demo 0.688 / 0.815 /
	// 0.969 / 0.647 / 0.733, corpus 0.783 / 0.880 / 0.960 / 0.571 / 0.800;
	// the changes that fixed the twenty-ninth's misses left the same
	// questions missed here.
	"heldout30-demo":   {Correct: 0.66, CiteDoc: 0.78, Recall: 0.94, AbstainPrecision: 0.61, AbstainRecall: 0.70},
	"heldout30-corpus": {Correct: 0.75, CiteDoc: 0.85, Recall: 0.93, AbstainPrecision: 0.54, AbstainRecall: 0.77},
	// Development sets: written like the others, read from the start.
	"dev-demo": {Correct: 0.95, CiteDoc: 0.92, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.86},
	// Questions over the corpus tables only, read from the start.
	"tables-corpus": {Correct: 0.98, CiteDoc: 0.97, Recall: 0.98, AbstainPrecision: 0.93, AbstainRecall: 0.93},
	"dev-corpus":    {Correct: 0.89, CiteDoc: 0.85, Recall: 0.96, AbstainPrecision: 0.83, AbstainRecall: 0.93},
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
			ans, reason := "", ""
			if o.Answer != nil {
				ans, reason = o.Answer.Answer, o.Answer.Trace.Abstention
			}
			t.Logf("miss %s [%s] %q abstained=%v reason=%q missing=%v\n    %s", o.Case.ID, o.Case.Kind, o.Case.Question, o.Abstained, reason, o.Missing, strings.ReplaceAll(ans, "\n", " ⏎ "))
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

// Each later held-out pair was written after the one before it was opened
// as a development set.
func TestEvalHeldout3Demo(t *testing.T)   { evalSet(t, "heldout3_demo") }
func TestEvalHeldout3Corpus(t *testing.T) { evalSet(t, "heldout3_corpus") }
func TestEvalHeldout4Demo(t *testing.T)   { evalSet(t, "heldout4_demo") }
func TestEvalHeldout4Corpus(t *testing.T) { evalSet(t, "heldout4_corpus") }

func TestEvalHeldout5Demo(t *testing.T)   { evalSet(t, "heldout5_demo") }
func TestEvalHeldout5Corpus(t *testing.T) { evalSet(t, "heldout5_corpus") }

func TestEvalHeldout6Demo(t *testing.T)   { evalSet(t, "heldout6_demo") }
func TestEvalHeldout6Corpus(t *testing.T) { evalSet(t, "heldout6_corpus") }

func TestEvalHeldout7Demo(t *testing.T)   { evalSet(t, "heldout7_demo") }
func TestEvalHeldout7Corpus(t *testing.T) { evalSet(t, "heldout7_corpus") }

func TestEvalHeldout8Demo(t *testing.T)   { evalSet(t, "heldout8_demo") }
func TestEvalHeldout8Corpus(t *testing.T) { evalSet(t, "heldout8_corpus") }

func TestEvalHeldout9Demo(t *testing.T)   { evalSet(t, "heldout9_demo") }
func TestEvalHeldout9Corpus(t *testing.T) { evalSet(t, "heldout9_corpus") }

func TestEvalHeldout10Demo(t *testing.T)   { evalSet(t, "heldout10_demo") }
func TestEvalHeldout10Corpus(t *testing.T) { evalSet(t, "heldout10_corpus") }

func TestEvalHeldout11Demo(t *testing.T)   { evalSet(t, "heldout11_demo") }
func TestEvalHeldout11Corpus(t *testing.T) { evalSet(t, "heldout11_corpus") }

func TestEvalHeldout12Demo(t *testing.T)   { evalSet(t, "heldout12_demo") }
func TestEvalHeldout12Corpus(t *testing.T) { evalSet(t, "heldout12_corpus") }

func TestEvalHeldout13Demo(t *testing.T)   { evalSet(t, "heldout13_demo") }
func TestEvalHeldout13Corpus(t *testing.T) { evalSet(t, "heldout13_corpus") }

func TestEvalHeldout14Demo(t *testing.T)   { evalSet(t, "heldout14_demo") }
func TestEvalHeldout14Corpus(t *testing.T) { evalSet(t, "heldout14_corpus") }

func TestEvalHeldout15Demo(t *testing.T)   { evalSet(t, "heldout15_demo") }
func TestEvalHeldout15Corpus(t *testing.T) { evalSet(t, "heldout15_corpus") }

func TestEvalHeldout16Demo(t *testing.T)   { evalSet(t, "heldout16_demo") }
func TestEvalHeldout16Corpus(t *testing.T) { evalSet(t, "heldout16_corpus") }

func TestEvalHeldout17Demo(t *testing.T)   { evalSet(t, "heldout17_demo") }
func TestEvalHeldout17Corpus(t *testing.T) { evalSet(t, "heldout17_corpus") }

func TestEvalHeldout18Demo(t *testing.T)   { evalSet(t, "heldout18_demo") }
func TestEvalHeldout18Corpus(t *testing.T) { evalSet(t, "heldout18_corpus") }

func TestEvalHeldout19Demo(t *testing.T)   { evalSet(t, "heldout19_demo") }
func TestEvalHeldout19Corpus(t *testing.T) { evalSet(t, "heldout19_corpus") }

func TestEvalHeldout20Demo(t *testing.T)   { evalSet(t, "heldout20_demo") }
func TestEvalHeldout20Corpus(t *testing.T) { evalSet(t, "heldout20_corpus") }

func TestEvalHeldout21Demo(t *testing.T)   { evalSet(t, "heldout21_demo") }
func TestEvalHeldout21Corpus(t *testing.T) { evalSet(t, "heldout21_corpus") }

func TestEvalHeldout22Demo(t *testing.T)   { evalSet(t, "heldout22_demo") }
func TestEvalHeldout22Corpus(t *testing.T) { evalSet(t, "heldout22_corpus") }

func TestEvalHeldout23Demo(t *testing.T)   { evalSet(t, "heldout23_demo") }
func TestEvalHeldout23Corpus(t *testing.T) { evalSet(t, "heldout23_corpus") }

func TestEvalHeldout24Demo(t *testing.T)   { evalSet(t, "heldout24_demo") }
func TestEvalHeldout24Corpus(t *testing.T) { evalSet(t, "heldout24_corpus") }

func TestEvalHeldout25Demo(t *testing.T)   { evalSet(t, "heldout25_demo") }
func TestEvalHeldout25Corpus(t *testing.T) { evalSet(t, "heldout25_corpus") }

func TestEvalHeldout26Demo(t *testing.T)   { evalSet(t, "heldout26_demo") }
func TestEvalHeldout26Corpus(t *testing.T) { evalSet(t, "heldout26_corpus") }

func TestEvalHeldout27Demo(t *testing.T)   { evalSet(t, "heldout27_demo") }
func TestEvalHeldout27Corpus(t *testing.T) { evalSet(t, "heldout27_corpus") }

func TestEvalHeldout28Demo(t *testing.T)   { evalSet(t, "heldout28_demo") }
func TestEvalHeldout28Corpus(t *testing.T) { evalSet(t, "heldout28_corpus") }

func TestEvalHeldout29Demo(t *testing.T)   { evalSet(t, "heldout29_demo") }
func TestEvalHeldout29Corpus(t *testing.T) { evalSet(t, "heldout29_corpus") }

// The thirtieth held-out pair is the only one whose misses nobody
// changing answers has read.
func TestEvalHeldout30Demo(t *testing.T)   { evalSet(t, "heldout30_demo") }
func TestEvalHeldout30Corpus(t *testing.T) { evalSet(t, "heldout30_corpus") }

// The development sets may be read while answering changes; the held-out
// ones judge whether a change generalises.
func TestEvalDevDemo(t *testing.T)   { evalSet(t, "dev_demo") }
func TestEvalDevCorpus(t *testing.T) { evalSet(t, "dev_corpus") }

// The table set asks only about the corpus tables: counts, sums, means,
// extremes and single fields, as plant engineers phrase them.
func TestEvalTablesCorpus(t *testing.T) { evalSet(t, "tables_corpus") }

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
