package main

import "testing"

// The twentieth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout20DemoSize   = 80
	heldout20CorpusSize = 60
)

// TestHeldout20DemoQA checks heldout20_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout20DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout20_demo.jsonl", heldout20DemoSize, "h20d-", heldout20DemoComputed)
}

// TestHeldout20CorpusQA checks heldout20_corpus.jsonl the same way against
// the real files heldout20_corpus_paths.txt names.
func TestHeldout20CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout20_corpus", heldout20CorpusSize, "h20c-", heldout20CorpusComputed)
}
