package main

import "testing"

// The twenty-fourth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout24DemoSize   = 80
	heldout24CorpusSize = 60
)

// TestHeldout24DemoQA checks heldout24_demo.jsonl against the demo files:
// every aggregate and table cell recomputed, every other expectation found in
// its sources, every forbidden string internal only.
func TestHeldout24DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout24_demo.jsonl", heldout24DemoSize, "h24d-", heldout24DemoComputed)
}

// TestHeldout24CorpusQA checks heldout24_corpus.jsonl the same way against
// the real files heldout24_corpus_paths.txt names.
func TestHeldout24CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout24_corpus", heldout24CorpusSize, "h24c-", heldout24CorpusComputed)
}
