package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/kg"
)

// qaItem is one line of a question set. It is the evaluation harness's
// own case type, so the schema checked here is the one the harness reads,
// and unknown fields are rejected.
type qaItem = qaeval.Case

var qaKinds = []string{"spec", "troubleshooting", "bom", "where_used", "process", "fmea_count", "fmea_rank",
	"fmea_avg", "fmea_filter", "crosslingual", "conflict", "unanswerable", "internal_only", "general",
	"one_field", "table"}

var qaDir = filepath.Join("..", "..", "..", "testdata", "qa")

func loadQA(t *testing.T, name string) []qaItem {
	t.Helper()
	data := readFile(t, filepath.Join(qaDir, name))
	var items []qaItem
	for n, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var it qaItem
		if err := dec.Decode(&it); err != nil {
			t.Fatalf("%s line %d: %v", name, n+1, err)
		}
		items = append(items, it)
	}
	return items
}

// checkSchema applies the rules every question set shares.
func checkSchema(t *testing.T, items []qaItem) {
	t.Helper()
	seen := map[string]bool{}
	for _, it := range items {
		if seen[it.ID] || it.ID == "" || strings.TrimSpace(it.Question) == "" {
			t.Errorf("%q: empty or duplicate id or question", it.ID)
		}
		seen[it.ID] = true
		if _, err := kg.ParseAudience(it.Clearance); err != nil || it.Clearance == "" {
			t.Errorf("%s: clearance %q", it.ID, it.Clearance)
		}
		if it.Lang != "en" && it.Lang != "zh" {
			t.Errorf("%s: lang %q", it.ID, it.Lang)
		}
		if !slices.Contains(qaKinds, it.Kind) {
			t.Errorf("%s: kind %q", it.ID, it.Kind)
		}
		if it.Abstain != (len(it.Expect) == 0) {
			t.Errorf("%s: abstain=%v but %d expect groups", it.ID, it.Abstain, len(it.Expect))
		}
		if !it.Abstain && len(it.Sources) == 0 {
			t.Errorf("%s: an answerable question needs sources", it.ID)
		}
		if it.Expect == nil || it.Sources == nil || it.Forbid == nil {
			t.Errorf("%s: expect, sources and forbid must be lists, not null", it.ID)
		}
		for _, g := range it.Expect {
			if len(g) == 0 || slices.Contains(g, "") {
				t.Errorf("%s: empty expect group or alternative", it.ID)
			}
		}
	}
}

// normalize lower-cases, drops table pipes and collapses white space, the way
// the harness compares answers, so that "| 72 | % |" reads as "72 %".
func normalize(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "|", " ")
	return strings.Join(strings.Fields(s), " ")
}

func containsAny(text string, alternatives []string) bool {
	for _, a := range alternatives {
		if strings.Contains(text, normalize(a)) {
			return true
		}
	}
	return false
}
