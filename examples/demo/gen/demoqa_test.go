package main

import (
	"strings"
	"testing"
)

func TestDemoQASchema(t *testing.T) {
	items := loadQA(t, "demo.jsonl")
	checkSchema(t, items)
	count := map[string]int{}
	for _, it := range items {
		count[it.Lang]++
		count[it.Kind]++
		if it.Kind == "internal_only" && it.Clearance == "public" {
			count["internal_only/public"]++
		}
	}
	if len(items) < 90 || count["unanswerable"] < 10 || count["internal_only/public"] < 10 {
		t.Errorf("%d questions, %d unanswerable, %d internal-only at public clearance; want at least 90, 10, 10",
			len(items), count["unanswerable"], count["internal_only/public"])
	}
	if zh := float64(count["zh"]) / float64(len(items)); zh < 0.4 || zh > 0.6 {
		t.Errorf("%.0f%% of the questions are Chinese; keep the set about half and half", zh*100)
	}
}

// TestDemoQAComputed recomputes every aggregate answer (BOM roll-ups,
// where-used, FMEA counts, ranks, averages and filters, log totals) from the
// corpus files and checks it against the expected answer.
func TestDemoQAComputed(t *testing.T) {
	facts := loadDemoFacts(t)
	byID := map[string]qaItem{}
	for _, it := range loadQA(t, "demo.jsonl") {
		byID[it.ID] = it
	}
	for id, compute := range demoComputed {
		it, ok := byID[id]
		if !ok {
			t.Errorf("%s: computed answer for a question that does not exist", id)
			continue
		}
		if err := matchGroups(compute(facts), it.Expect); err != "" {
			t.Errorf("%s %q: %s", id, it.Question, err)
		}
	}
}

// matchGroups reports whether each computed value matches a distinct expect
// group and every group is matched. Numbers must match exactly; longer
// alternatives may be contained in the value ("fatigue" in "Bearing fatigue
// spalling").
func matchGroups(values []string, groups [][]string) string {
	if len(values) != len(groups) {
		return "computed " + strings.Join(values, "; ") + " but the question has a different number of expect groups"
	}
	used := make([]bool, len(groups))
	for _, v := range values {
		v = normalize(v)
		found := false
		for g, alts := range groups {
			if !used[g] && alternativeMatches(v, alts) {
				used[g], found = true, true
				break
			}
		}
		if !found {
			return "computed value " + v + " matches no expect group"
		}
	}
	return ""
}

func alternativeMatches(value string, alts []string) bool {
	for _, a := range alts {
		a = normalize(a)
		if value == a || len(a) >= 4 && strings.Contains(value, a) {
			return true
		}
	}
	return false
}

// TestDemoQAGrounded checks that every expected fact that is not an
// aggregate appears in the text of the sources the question names.
func TestDemoQAGrounded(t *testing.T) {
	docs := demoDocs(t)
	for _, it := range loadQA(t, "demo.jsonl") {
		var text strings.Builder
		for _, s := range it.Sources {
			d, ok := docs[s]
			if !ok {
				t.Errorf("%s: source %q is not a demo file", it.ID, s)
			}
			text.WriteString(d.text + "\n")
		}
		if _, computed := demoComputed[it.ID]; computed {
			continue
		}
		for _, g := range it.Expect {
			if !containsAny(text.String(), g) {
				t.Errorf("%s %q: none of %q is in %v", it.ID, it.Question, g, it.Sources)
			}
		}
	}
}

// TestDemoQAAudience checks the leak tests: a public question cites only
// public files, and each forbidden string is an internal fact that no public
// file contains.
func TestDemoQAAudience(t *testing.T) {
	docs := demoDocs(t)
	items := loadQA(t, "demo.jsonl")
	internalTwin := map[string]bool{}
	for _, it := range items {
		if it.Clearance == "internal" && !it.Abstain {
			internalTwin[it.Question] = true
		}
	}
	for _, it := range items {
		for _, s := range it.Sources {
			if it.Clearance == "public" && docs[s].audience != "public" {
				t.Errorf("%s: public question cites internal %s", it.ID, s)
			}
		}
		internal := false
		for _, f := range it.Forbid {
			internal = forbiddenIsInternal(t, it.ID, normalize(f), docs) || internal
		}
		if len(it.Forbid) > 0 && !internal {
			t.Errorf("%s: no forbidden string occurs in an internal file, so none can leak", it.ID)
		}
		if it.Kind == "internal_only" && it.Clearance == "public" {
			if !it.Abstain || len(it.Forbid) == 0 || !internalTwin[it.Question] {
				t.Errorf("%s: internal-only at public clearance must abstain, forbid the value and have an internal twin", it.ID)
			}
		}
	}
}

// forbiddenIsInternal fails the test when f occurs in a public file and
// reports whether an internal file holds it. Spelling variants of one value
// ("45 N·m", "45 Nm") need not all occur.
func forbiddenIsInternal(t *testing.T, id, f string, docs map[string]demoDoc) bool {
	t.Helper()
	internal := false
	for name, d := range docs {
		if !strings.Contains(d.text, f) {
			continue
		}
		if d.audience == "public" {
			t.Errorf("%s: forbidden %q occurs in public %s", id, f, name)
		}
		internal = internal || d.audience == "internal"
	}
	return internal
}
