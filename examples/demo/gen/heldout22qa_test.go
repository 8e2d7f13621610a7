package main

import "testing"

// The twenty-second held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout22DemoSize   = 80
	heldout22CorpusSize = 60
)

// TestHeldout22DemoQA checks heldout22_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout22DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout22_demo.jsonl", heldout22DemoSize, "h22d-", heldout22DemoComputed)
}

// TestHeldout22CorpusQA checks heldout22_corpus.jsonl the same way against
// the real files heldout22_corpus_paths.txt names.
func TestHeldout22CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout22_corpus", heldout22CorpusSize, "h22c-", heldout22CorpusComputed)
}
