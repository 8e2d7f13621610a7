package main

import "testing"

// The third held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout3DemoSize   = 124
	heldout3CorpusSize = 93
)

// TestHeldout3DemoQA checks heldout3_demo.jsonl against the demo files: every
// aggregate recomputed, every other expectation found in its sources, every
// forbidden string internal only.
func TestHeldout3DemoQA(t *testing.T) {
	checkRecomputedDemoSet(t, "heldout3_demo.jsonl", heldout3DemoSize, "h3d-", heldout3DemoComputed)
}

// TestHeldout3CorpusQA checks heldout3_corpus.jsonl the same way against the
// real files heldout3_corpus_paths.txt names.
func TestHeldout3CorpusQA(t *testing.T) {
	checkRecomputedCorpusSet(t, "heldout3_corpus", heldout3CorpusSize, "h3c-", heldout3CorpusComputed)
}

// checkRecomputedDemoSet checks a frozen set over the demo files: every value
// computed recomputed, every other expectation found in its sources,
// every forbidden string internal only.
func checkRecomputedDemoSet(t *testing.T, file string, size int, prefix string, computed func(*testing.T, *demoFacts) map[string][]string) {
	t.Helper()
	items := loadFrozenQA(t, file, size)
	texts := map[string]heldout2Source{}
	for name, d := range demoDocs(t) {
		texts[name] = heldout2Source{audience: d.audience, text: d.text}
	}
	checkHeldout2Set(t, items, prefix, texts, computed(t, loadDemoFacts(t)))
}

// checkRecomputedCorpusSet checks the frozen set SET.jsonl the same way
// against the real files SET_paths.txt names.
func checkRecomputedCorpusSet(t *testing.T, set string, size int, prefix string, computed func(*testing.T) map[string][]string) {
	t.Helper()
	requireCorpus(t)
	items := loadFrozenQA(t, set+".jsonl", size)
	checkHeldout2Set(t, items, prefix, corpusSourcesOf(t, set+"_paths.txt"), computed(t))
}

// loadFrozenQA loads a frozen question set, whose size is fixed, and checks
// the schema every set shares.
func loadFrozenQA(t *testing.T, name string, size int) []qaItem {
	t.Helper()
	items := loadQA(t, name)
	if len(items) != size {
		t.Fatalf("%s has %d questions, frozen at %d", name, len(items), size)
	}
	checkSchema(t, items)
	for _, it := range items {
		if len(it.Forbid) > 0 && it.Clearance != "public" {
			// an internal value is the answer at internal clearance;
			// forbidding it there would call the right answer a leak
			t.Errorf("%s: forbids %v at %s clearance; a value is forbidden only at public", it.ID, it.Forbid, it.Clearance)
		}
	}
	return items
}
