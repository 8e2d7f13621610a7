package main

import "testing"

// The sixteenth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout16DemoSize   = 80
	heldout16CorpusSize = 60
)

// TestHeldout16DemoQA checks heldout16_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout16DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout16_demo.jsonl", heldout16DemoSize, "h16d-", heldout16DemoComputed)
}

// TestHeldout16CorpusQA checks heldout16_corpus.jsonl the same way against
// the real files heldout16_corpus_paths.txt names.
func TestHeldout16CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout16_corpus", heldout16CorpusSize, "h16c-", heldout16CorpusComputed)
}
