package main

import "testing"

// The eighteenth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout18DemoSize   = 80
	heldout18CorpusSize = 60
)

// TestHeldout18DemoQA checks heldout18_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout18DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout18_demo.jsonl", heldout18DemoSize, "h18d-", heldout18DemoComputed)
}

// TestHeldout18CorpusQA checks heldout18_corpus.jsonl the same way against
// the real files heldout18_corpus_paths.txt names.
func TestHeldout18CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout18_corpus", heldout18CorpusSize, "h18c-", heldout18CorpusComputed)
}
