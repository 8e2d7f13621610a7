package main

import "testing"

// The twenty-third held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout23DemoSize   = 80
	heldout23CorpusSize = 60
)

// TestHeldout23DemoQA checks heldout23_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout23DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout23_demo.jsonl", heldout23DemoSize, "h23d-", heldout23DemoComputed)
}

// TestHeldout23CorpusQA checks heldout23_corpus.jsonl the same way against
// the real files heldout23_corpus_paths.txt names.
func TestHeldout23CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout23_corpus", heldout23CorpusSize, "h23c-", heldout23CorpusComputed)
}
