package main

import "testing"

// The fourteenth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout14DemoSize   = 80
	heldout14CorpusSize = 60
)

// TestHeldout14DemoQA checks heldout14_demo.jsonl against the demo files:
// every aggregate and single table cell recomputed, every other expectation
// found in its sources, every forbidden string internal only.
func TestHeldout14DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout14_demo.jsonl", heldout14DemoSize, "h14d-", heldout14DemoComputed)
}

// TestHeldout14CorpusQA checks heldout14_corpus.jsonl the same way against
// the real files heldout14_corpus_paths.txt names.
func TestHeldout14CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout14_corpus", heldout14CorpusSize, "h14c-", heldout14CorpusComputed)
}
