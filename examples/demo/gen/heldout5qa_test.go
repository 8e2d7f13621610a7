package main

import "testing"

// The fifth held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout5DemoSize   = 80
	heldout5CorpusSize = 60
)

// TestHeldout5DemoQA checks heldout5_demo.jsonl against the demo files: every
// aggregate and single-record value recomputed, every other expectation found
// in its sources, every forbidden string internal only.
func TestHeldout5DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout5_demo.jsonl", heldout5DemoSize, "h5d-", heldout5DemoComputed)
}

// TestHeldout5CorpusQA checks heldout5_corpus.jsonl the same way against the
// real files heldout5_corpus_paths.txt names.
func TestHeldout5CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout5_corpus", heldout5CorpusSize, "h5c-", heldout5CorpusComputed)
}
