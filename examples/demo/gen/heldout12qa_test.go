package main

import "testing"

// The twelfth held-out sets are frozen: their sizes are part of the
// contract, so a question added or lost shows up here.
const (
	heldout12DemoSize   = 80
	heldout12CorpusSize = 60
)

// TestHeldout12DemoQA checks heldout12_demo.jsonl against the demo files:
// every aggregate recomputed, every other expectation found in its sources,
// every forbidden string internal only.
func TestHeldout12DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout12_demo.jsonl", heldout12DemoSize, "h12d-", heldout12DemoComputed)
}

// TestHeldout12CorpusQA checks heldout12_corpus.jsonl the same way against
// the real files heldout12_corpus_paths.txt names.
func TestHeldout12CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout12_corpus", heldout12CorpusSize, "h12c-", heldout12CorpusComputed)
}
