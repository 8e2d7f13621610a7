package main

import "testing"

// The fifteenth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout15DemoSize   = 80
	heldout15CorpusSize = 60
)

// TestHeldout15DemoQA checks heldout15_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout15DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout15_demo.jsonl", heldout15DemoSize, "h15d-", heldout15DemoComputed)
}

// TestHeldout15CorpusQA checks heldout15_corpus.jsonl the same way against
// the real files heldout15_corpus_paths.txt names.
func TestHeldout15CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout15_corpus", heldout15CorpusSize, "h15c-", heldout15CorpusComputed)
}
