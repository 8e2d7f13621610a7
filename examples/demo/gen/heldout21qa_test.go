package main

import "testing"

// The twenty-first held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout21DemoSize   = 80
	heldout21CorpusSize = 60
)

// TestHeldout21DemoQA checks heldout21_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout21DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout21_demo.jsonl", heldout21DemoSize, "h21d-", heldout21DemoComputed)
}

// TestHeldout21CorpusQA checks heldout21_corpus.jsonl the same way against
// the real files heldout21_corpus_paths.txt names.
func TestHeldout21CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout21_corpus", heldout21CorpusSize, "h21c-", heldout21CorpusComputed)
}
