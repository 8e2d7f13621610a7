package main

import "testing"

// The twenty-sixth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout26DemoSize   = 80
	heldout26CorpusSize = 60
)

// TestHeldout26DemoQA checks heldout26_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout26DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout26_demo.jsonl", heldout26DemoSize, "h26d-", heldout26DemoComputed)
}

// TestHeldout26CorpusQA checks heldout26_corpus.jsonl the same way against
// the real files heldout26_corpus_paths.txt names.
func TestHeldout26CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout26_corpus", heldout26CorpusSize, "h26c-", heldout26CorpusComputed)
}
