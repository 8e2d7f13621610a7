package main

import "testing"

// The seventh held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout7DemoSize   = 80
	heldout7CorpusSize = 60
)

// TestHeldout7DemoQA checks heldout7_demo.jsonl against the demo files: every
// aggregate and single-record value recomputed, every other expectation found
// in its sources, every forbidden string internal only.
func TestHeldout7DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout7_demo.jsonl", heldout7DemoSize, "h7d-", heldout7DemoComputed)
}

// TestHeldout7CorpusQA checks heldout7_corpus.jsonl the same way against the
// real files heldout7_corpus_paths.txt names.
func TestHeldout7CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout7_corpus", heldout7CorpusSize, "h7c-", heldout7CorpusComputed)
}
