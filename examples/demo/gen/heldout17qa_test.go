package main

import "testing"

// The seventeenth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout17DemoSize   = 80
	heldout17CorpusSize = 60
)

// TestHeldout17DemoQA checks heldout17_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout17DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout17_demo.jsonl", heldout17DemoSize, "h17d-", heldout17DemoComputed)
}

// TestHeldout17CorpusQA checks heldout17_corpus.jsonl the same way against
// the real files heldout17_corpus_paths.txt names.
func TestHeldout17CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout17_corpus", heldout17CorpusSize, "h17c-", heldout17CorpusComputed)
}
