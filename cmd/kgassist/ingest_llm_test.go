package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/fakellm"
)

// TestIngestReportShowsExtractionCost ingests prose with an extraction
// model configured: the report names the model with its calls and tokens,
// per document and in total, and a re-ingest of a changed file answers the
// unchanged chunk from the cache at no token cost.
func TestIngestReportShowsExtractionCost(t *testing.T) {
	fake := fakellm.Start(t)
	fake.Script("ex", fakellm.Fixed(`{"entities":[{"type":"Part","name":"impeller"},{"type":"Material","name":"bronze"}],
		"relations":[{"type":"MADE_OF","from":"impeller","to":"bronze"}]}`))
	t.Setenv("KGASSIST_LLM_EXTRACT", "vllm:ex@"+fake.OpenAIURL()+";price_in=2;price_out=4")
	dir := t.TempDir()
	doc := filepath.Join(dir, "notes.md")
	os.WriteFile(doc, []byte("# Pump notes\n\nThe impeller of the HF-CP200 is cast in bronze for sea water.\n"), 0o644)
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")

	text := string(runOK(t, "ingest", "--audience", "public", "--store", store, doc))
	for _, want := range []string{"model extraction: 1 prose chunks, 0 from cache", "vllm:ex", "1 calls"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	os.WriteFile(doc, []byte("# Pump notes\n\nThe impeller of the HF-CP200 is cast in bronze for sea water.\n\n## Seals\n\nMechanical seals wear.\n"), 0o644)
	var rep ingest.Report
	runJSON(t, &rep, "ingest", "--audience", "public", "--store", store, "--json", doc)
	u := rep.Extraction
	if u == nil || u.CacheHits == 0 || u.Chunks <= u.CacheHits {
		t.Fatalf("re-ingest usage %+v: want the old chunk from cache and the new one asked", u)
	}
	if tot := u.Totals(); tot.Calls != u.Chunks-u.CacheHits || tot.TokensIn == 0 || tot.Cost == 0 {
		t.Errorf("re-ingest totals %+v for %d asked chunks", tot, u.Chunks-u.CacheHits)
	}
	if rep.Results[0].Extraction == nil || rep.Results[0].Extraction.Chunks != u.Chunks {
		t.Errorf("the document's own usage is missing: %+v", rep.Results[0].Extraction)
	}
}
