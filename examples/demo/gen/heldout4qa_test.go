package main

import "testing"

// The fourth held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout4DemoSize   = 80
	heldout4CorpusSize = 60
)

// TestHeldout4DemoQA checks heldout4_demo.jsonl against the demo files: every
// aggregate and single-record value recomputed, every other expectation found
// in its sources, every forbidden string internal only.
func TestHeldout4DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout4_demo.jsonl", heldout4DemoSize, "h4d-", heldout4DemoComputed)
}

// TestHeldout4CorpusQA checks heldout4_corpus.jsonl the same way against the
// real files heldout4_corpus_paths.txt names.
func TestHeldout4CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout4_corpus", heldout4CorpusSize, "h4c-", heldout4CorpusComputed)
}
