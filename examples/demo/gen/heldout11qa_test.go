package main

import "testing"

// The eleventh held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout11DemoSize   = 80
	heldout11CorpusSize = 60
)

// TestHeldout11DemoQA checks heldout11_demo.jsonl against the demo files:
// every aggregate recomputed, every other expectation found in its sources,
// every forbidden string internal only.
func TestHeldout11DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout11_demo.jsonl", heldout11DemoSize, "h11d-", heldout11DemoComputed)
}

// TestHeldout11CorpusQA checks heldout11_corpus.jsonl the same way against
// the real files heldout11_corpus_paths.txt names.
func TestHeldout11CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout11_corpus", heldout11CorpusSize, "h11c-", heldout11CorpusComputed)
}
