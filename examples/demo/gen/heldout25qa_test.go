package main

import "testing"

// The twenty-fifth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout25DemoSize   = 80
	heldout25CorpusSize = 60
)

// TestHeldout25DemoQA checks heldout25_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout25DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout25_demo.jsonl", heldout25DemoSize, "h25d-", heldout25DemoComputed)
}

// TestHeldout25CorpusQA checks heldout25_corpus.jsonl the same way against
// the real files heldout25_corpus_paths.txt names.
func TestHeldout25CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout25_corpus", heldout25CorpusSize, "h25c-", heldout25CorpusComputed)
}
