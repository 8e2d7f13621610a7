package main

import "testing"

// The sixth held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout6DemoSize   = 80
	heldout6CorpusSize = 60
)

// TestHeldout6DemoQA checks heldout6_demo.jsonl against the demo files: every
// aggregate and single-record value recomputed, every other expectation found
// in its sources, every forbidden string internal only.
func TestHeldout6DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout6_demo.jsonl", heldout6DemoSize, "h6d-", heldout6DemoComputed)
}

// TestHeldout6CorpusQA checks heldout6_corpus.jsonl the same way against the
// real files heldout6_corpus_paths.txt names.
func TestHeldout6CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout6_corpus", heldout6CorpusSize, "h6c-", heldout6CorpusComputed)
}
