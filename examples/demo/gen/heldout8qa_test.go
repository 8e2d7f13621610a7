package main

import "testing"

// The eighth held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout8DemoSize   = 80
	heldout8CorpusSize = 60
)

// TestHeldout8DemoQA checks heldout8_demo.jsonl against the demo files: every
// aggregate and single-record value recomputed, every other expectation found
// in its sources, every forbidden string internal only.
func TestHeldout8DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout8_demo.jsonl", heldout8DemoSize, "h8d-", heldout8DemoComputed)
}

// TestHeldout8CorpusQA checks heldout8_corpus.jsonl the same way against the
// real files heldout8_corpus_paths.txt names.
func TestHeldout8CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout8_corpus", heldout8CorpusSize, "h8c-", heldout8CorpusComputed)
}
