package main

import "testing"

// The tenth held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout10DemoSize   = 80
	heldout10CorpusSize = 60
)

// TestHeldout10DemoQA checks heldout10_demo.jsonl against the demo files:
// every aggregate recomputed, every other expectation found in its sources,
// every forbidden string internal only.
func TestHeldout10DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout10_demo.jsonl", heldout10DemoSize, "h10d-", heldout10DemoComputed)
}

// TestHeldout10CorpusQA checks heldout10_corpus.jsonl the same way against
// the real files heldout10_corpus_paths.txt names.
func TestHeldout10CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout10_corpus", heldout10CorpusSize, "h10c-", heldout10CorpusComputed)
}
