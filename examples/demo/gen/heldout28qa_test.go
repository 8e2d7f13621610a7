package main

import "testing"

// The twenty-eighth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout28DemoSize   = 80
	heldout28CorpusSize = 60
)

// TestHeldout28DemoQA checks heldout28_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout28DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout28_demo.jsonl", heldout28DemoSize, "h28d-", heldout28DemoComputed)
}

// TestHeldout28CorpusQA checks heldout28_corpus.jsonl the same way against
// the real files heldout28_corpus_paths.txt names.
func TestHeldout28CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout28_corpus", heldout28CorpusSize, "h28c-", heldout28CorpusComputed)
}
