package main

import "testing"

// The fourth held-out demo set is frozen: its size is part of the contract,
// so a question added or lost shows up here.
const heldout4DemoSize = 80

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
