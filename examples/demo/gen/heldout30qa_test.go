package main

import "testing"

// The thirtieth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout30DemoSize   = 80
	heldout30CorpusSize = 60
)

// TestHeldout30DemoQA checks heldout30_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout30DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout30_demo.jsonl", heldout30DemoSize, "h30d-", heldout30DemoComputed)
}

// TestHeldout30CorpusQA checks heldout30_corpus.jsonl the same way against
// the real files heldout30_corpus_paths.txt names.
func TestHeldout30CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout30_corpus", heldout30CorpusSize, "h30c-", heldout30CorpusComputed)
}
