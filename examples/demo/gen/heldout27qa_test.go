package main

import "testing"

// The twenty-seventh held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout27DemoSize   = 80
	heldout27CorpusSize = 60
)

// TestHeldout27DemoQA checks heldout27_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout27DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout27_demo.jsonl", heldout27DemoSize, "h27d-", heldout27DemoComputed)
}

// TestHeldout27CorpusQA checks heldout27_corpus.jsonl the same way against
// the real files heldout27_corpus_paths.txt names.
func TestHeldout27CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout27_corpus", heldout27CorpusSize, "h27c-", heldout27CorpusComputed)
}
