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
	items := loadFrozenQA(t, "heldout4_demo.jsonl", heldout4DemoSize)
	texts := map[string]heldout2Source{}
	for name, d := range demoDocs(t) {
		texts[name] = heldout2Source{audience: d.audience, text: d.text}
	}
	checkHeldout2Set(t, items, "h4d-", texts, heldout4DemoComputed(t, loadDemoFacts(t)))
}

// TestHeldout4CorpusQA checks heldout4_corpus.jsonl the same way against the
// real files heldout4_corpus_paths.txt names.
func TestHeldout4CorpusQA(t *testing.T) {
	requireCorpus(t)
	items := loadFrozenQA(t, "heldout4_corpus.jsonl", heldout4CorpusSize)
	checkHeldout2Set(t, items, "h4c-", corpusSourcesOf(t, "heldout4_corpus_paths.txt"), heldout4CorpusComputed(t))
}
