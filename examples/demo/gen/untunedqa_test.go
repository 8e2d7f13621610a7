package main

import (
	"strings"
	"testing"
)

// The untuned and held-out sets were written from the documents alone and are frozen:
// these checks keep them honest as the corpus changes. Aggregates over whole
// tables, BOM roll-ups and routings are computed, so only stated facts are
// looked up in their sources here.
var untunedComputedKinds = map[string]bool{"table": true, "bom": true, "where_used": true, "process": true}

func TestUntunedDemoQA(t *testing.T) {
	checkFrozenDemoSet(t, "untuned_demo.jsonl", 80, computedKind)
	checkFrozenDemoSet(t, "heldout_demo.jsonl", 80, computedKind)
}

// computedKind marks the questions whose answers are aggregates, by kind.
func computedKind(it qaItem) bool { return untunedComputedKinds[it.Kind] }

// checkFrozenDemoSet checks sources, leaks and the stated facts of a frozen
// set; computed tells the questions whose answers are aggregates.
func checkFrozenDemoSet(t *testing.T, file string, least int, computed func(qaItem) bool) {
	items := loadFrozenSet(t, file, least)
	docs := demoDocs(t)
	for _, it := range items {
		var text strings.Builder
		for _, s := range it.Sources {
			d, ok := docs[s]
			if !ok {
				t.Errorf("%s: source %q is not a demo file", it.ID, s)
			}
			if it.Clearance == "public" && !it.Abstain && d.audience != "public" {
				t.Errorf("%s: public question cites internal %s", it.ID, s)
			}
			text.WriteString(d.text + "\n")
		}
		for _, f := range it.Forbid {
			if !forbiddenIsInternal(t, it.ID, normalize(f), docs) {
				t.Errorf("%s: forbidden %q occurs in no internal file, so it cannot leak", it.ID, f)
			}
		}
		if !computed(it) {
			checkStatedFacts(t, it, text.String())
		}
	}
}

func TestUntunedCorpusQA(t *testing.T) {
	requireCorpus(t)
	checkFrozenCorpusSet(t, "untuned_corpus.jsonl", "corpus_paths.txt", 60, computedKind)
	checkFrozenCorpusSet(t, "heldout_corpus.jsonl", "corpus_paths.txt", 60, computedKind)
}

// checkFrozenCorpusSet looks the stated facts of a frozen set up in the
// files its paths file names; computed tells the aggregates apart.
func checkFrozenCorpusSet(t *testing.T, file, paths string, least int, computed func(qaItem) bool) {
	items := loadFrozenSet(t, file, least)
	files := corpusFilesFrom(t, paths)
	for _, it := range items {
		if !computed(it) {
			checkStatedFacts(t, it, sourceText(t, files, it))
		}
	}
}

func loadFrozenSet(t *testing.T, file string, least int) []qaItem {
	t.Helper()
	items := loadQA(t, file)
	checkSchema(t, items)
	if len(items) < least {
		t.Errorf("%s: %d questions; the set holds at least %d", file, len(items), least)
	}
	return items
}

// checkStatedFacts looks every expectation of a stated fact up in the
// text of the question's sources.
func checkStatedFacts(t *testing.T, it qaItem, text string) {
	t.Helper()
	for _, g := range it.Expect {
		if !containsAny(text, g) {
			t.Errorf("%s %q: none of %q is in %v", it.ID, it.Question, g, it.Sources)
		}
	}
}
