package main

import "testing"

// The thirteenth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout13DemoSize   = 80
	heldout13CorpusSize = 60
)

// TestHeldout13DemoQA checks heldout13_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found
// in its sources, every forbidden string internal only.
func TestHeldout13DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout13_demo.jsonl", heldout13DemoSize, "h13d-", heldout13DemoComputed)
}

// TestHeldout13CorpusQA checks heldout13_corpus.jsonl the same way against
// the real files heldout13_corpus_paths.txt names.
func TestHeldout13CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout13_corpus", heldout13CorpusSize, "h13c-", heldout13CorpusComputed)
}
