package server

import (
	"net/http"
	"testing"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// POST /v1/retrieve returns ranked passages at the caller's clearance,
// each with its rank, relative score, signals, document and snippet, and
// the trace of how they were found.
func TestRetrieveRanksPassages(t *testing.T) {
	e := newEnv(t, envOptions{})
	public := e.key("public", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public})
	resp, body := e.do(call{method: "POST", path: "/v1/retrieve", body: map[string]any{"question": "What is the rated voltage of the HF-CP200?", "k": 3}}, public)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("retrieve: %d %s", resp.StatusCode, body)
	}
	got := decode[retrieval.Ranked](t, body)
	if len(got.Items) == 0 || len(got.Items) > 3 {
		t.Fatalf("items: %d, want 1 to 3: %s", len(got.Items), body)
	}
	for i, it := range got.Items {
		if it.Rank != i+1 || it.ChunkID == "" || it.Document.ID == "" || it.Snippet == "" || len(it.Via) == 0 {
			t.Errorf("item %d incomplete: %+v", i, it)
		}
		if i == 0 && it.Score != 1 {
			t.Errorf("first item's score %v, want 1", it.Score)
		}
	}
	if got.Trace.Fusion.Method == "" || len(got.Trace.Stages) == 0 {
		t.Errorf("trace lacks fusion or stages: %+v", got.Trace)
	}
	for _, k := range []any{-1, 51, "ten"} {
		if resp, body := e.do(call{method: "POST", path: "/v1/retrieve", body: map[string]any{"question": "voltage", "k": k}}, public); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("k %v: %d %s, want 400", k, resp.StatusCode, body)
		}
	}
}

// Scores shown to a caller must not depend on documents it cannot see. A
// public caller that uploads a passage holding a word and searches for it
// read a different score once an internal passage held the word too: the
// fulltext ranking weighs terms by their frequency over every audience.
func TestScoresDoNotRevealHiddenDocuments(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	public := e.key("public", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public})
	const word = "zorblatine"
	upload := func(name, audience, text string) {
		t.Helper()
		up := call{method: "POST", path: "/v1/documents", body: &multipartBody{fields: map[string]string{"audience": audience}, files: map[string]string{name: text}}}
		if resp, body := e.do(up, e.keys["ingest"]); resp.StatusCode >= 300 {
			t.Fatalf("upload %s: %d %s", name, resp.StatusCode, body)
		}
	}
	scores := func() []float64 {
		t.Helper()
		var out []float64
		found, _ := callTool[searchOutput](inMemoryMCP(t, e, kg.Public), "search", map[string]any{"query": word})
		for _, p := range found.Passages {
			out = append(out, p.Score)
		}
		resp, body := e.do(call{method: "POST", path: "/v1/retrieve", body: map[string]any{"question": word}}, public)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("retrieve: %d %s", resp.StatusCode, body)
		}
		for _, it := range decode[retrieval.Ranked](t, body).Items {
			out = append(out, it.Score)
		}
		if len(out) == 0 {
			t.Fatal("the public passage was not found")
		}
		return out
	}
	upload("valve-note.md", "public", "# Valve note\n\nThe "+word+" valve on line 3 is painted grey and checked weekly.\n")
	before := scores()
	upload("batch-record.md", "internal", "# Batch record\n\n"+word+" dosing: "+word+" lot 7 released; "+word+" stock low.\n")
	if after := scores(); !equalFloats(before, after) {
		t.Fatalf("scores with a hidden passage holding the word %v, without %v", after, before)
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
