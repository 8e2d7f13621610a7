package main

import "testing"

// The twenty-ninth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout29DemoSize   = 80
	heldout29CorpusSize = 60
)

// TestHeldout29DemoQA checks heldout29_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout29DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout29_demo.jsonl", heldout29DemoSize, "h29d-", heldout29DemoComputed)
}

// TestHeldout29CorpusQA checks heldout29_corpus.jsonl the same way against
// the real files heldout29_corpus_paths.txt names.
func TestHeldout29CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout29_corpus", heldout29CorpusSize, "h29c-", heldout29CorpusComputed)
}
