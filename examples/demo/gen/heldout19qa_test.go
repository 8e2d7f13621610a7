package main

import "testing"

// The nineteenth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout19DemoSize   = 80
	heldout19CorpusSize = 60
)

// TestHeldout19DemoQA checks heldout19_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout19DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout19_demo.jsonl", heldout19DemoSize, "h19d-", heldout19DemoComputed)
}

// TestHeldout19CorpusQA checks heldout19_corpus.jsonl the same way against
// the real files heldout19_corpus_paths.txt names.
func TestHeldout19CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout19_corpus", heldout19CorpusSize, "h19c-", heldout19CorpusComputed)
}
