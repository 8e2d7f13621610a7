package main

import "testing"

// The ninth held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout9DemoSize   = 80
	heldout9CorpusSize = 60
)

// TestHeldout9DemoQA checks heldout9_demo.jsonl against the demo files: every
// aggregate recomputed, every other expectation found in its sources, every
// forbidden string internal only.
func TestHeldout9DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout9_demo.jsonl", heldout9DemoSize, "h9d-", heldout9DemoComputed)
}

// TestHeldout9CorpusQA checks heldout9_corpus.jsonl the same way against the
// real files heldout9_corpus_paths.txt names.
func TestHeldout9CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout9_corpus", heldout9CorpusSize, "h9c-", heldout9CorpusComputed)
}
