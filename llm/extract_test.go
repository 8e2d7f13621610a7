package llm

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/kg"
)

// pumpAnswer is what a good model says about the impeller passage: valid
// facts, one repair (component → Part, a number as a prop) and two items
// that must be dropped (an unknown type, a relation to nothing).
const pumpAnswer = "```json\n" + `{"entities":[
 {"type":"Product","name":"HF-CP200"},
 {"type":"component","name":"impeller","aliases":["叶轮"]},
 {"type":"Material","name":"stainless steel 304"},
 {"type":"Parameter","name":"rated power"},
 {"type":"Colour","name":"blue"}],
"relations":[
 {"type":"HAS_PART","from":"HF-CP200","to":"impeller","props":{"qty":1}},
 {"type":"MADE_OF","from":"impeller","to":"stainless steel 304"},
 {"type":"HAS_PARAMETER","from":"HF-CP200","to":"rated power","props":{"value":"2.2","unit":"kW"}},
 {"type":"SUPPLIED_BY","from":"impeller","to":"Acme"}]}` + "\n```"

// extractDoc is a manual with two prose chunks and one table row; the
// model must be asked about the prose only.
func extractDoc() (*load.Parsed, []chunk.Piece) {
	table := &load.Table{Name: "spec", Header: []string{"Parameter", "Value"}, Rows: [][]string{{"Rated voltage", "380 V"}}}
	doc := &load.Parsed{Title: "HF-CP200 Centrifugal Pump manual", Format: "md"}
	text := func(id, text string) kg.Chunk { return kg.Chunk{ID: id, DocumentID: "doc-1", Text: text, Kind: "text"} }
	return doc, []chunk.Piece{
		{Chunk: text("c1", "The impeller of the HF-CP200 is cast in stainless steel 304. Rated power 2.2 kW.")},
		{Chunk: text("c2", "Keep the manual near the pump.")},
		{Chunk: text("c3", "Rated voltage | 380 V"), Table: table, Row: 0},
	}
}

// byPassage answers pumpAnswer for the impeller passage and no facts
// otherwise, so each chunk's facts can be told apart.
func byPassage(req fakellm.Request) string {
	if strings.Contains(req.Text(), "impeller") {
		return pumpAnswer
	}
	return `{"entities":[],"relations":[]}`
}

func newTestExtractor(t *testing.T, srv *fakellm.Server, cache *ExtractCache, models ...string) *Extractor {
	t.Helper()
	cfg := Config{Tries: 1}
	for _, m := range models {
		cfg.Extract = append(cfg.Extract, ModelSpec{Provider: "vllm", Model: m, BaseURL: srv.OpenAIURL(), Timeout: 5 * time.Second, PriceIn: 1, PriceOut: 2})
	}
	x, err := NewChunkExtractor(cfg, func(string) string { return "" }, nil, cache)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func composite(t *testing.T, llm extract.ChunkExtractor, concurrency int) *extract.Composite {
	t.Helper()
	rules, err := extract.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return &extract.Composite{Rules: rules, LLM: llm, Concurrency: concurrency}
}

func hasRelation(f extract.Facts, typ, from, to, chunk string) bool {
	for _, r := range f.Relations {
		if r.Type == typ && r.From == from && r.To == to {
			for _, s := range r.Sources {
				if s.ChunkID == chunk {
					return true
				}
			}
		}
	}
	return false
}

func TestExtractValidFacts(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Script("ex", fakellm.Reply{Answer: byPassage})
	x := newTestExtractor(t, srv, nil, "ex")
	doc, pieces := extractDoc()
	f, err := composite(t, x, 2).Extract(context.Background(), doc, pieces)
	if err != nil {
		t.Fatal(err)
	}
	impeller, steel := kg.EntityID(kg.Part, "impeller"), kg.EntityID(kg.Material, "stainless steel 304")
	if !hasRelation(f, kg.MadeOf, impeller, steel, "c1") {
		t.Errorf("no MADE_OF impeller→steel citing c1 in %+v", f.Relations)
	}
	for _, e := range f.Entities {
		if len(e.Sources) == 0 {
			t.Errorf("entity %s cites nothing", e.ID)
		}
		if e.ID == impeller && !strings.Contains(strings.Join(e.Aliases, "|"), "叶轮") {
			t.Errorf("impeller lost its alias: %v", e.Aliases)
		}
	}
	for _, r := range f.Relations {
		if r.Type == kg.HasPart && r.To == impeller && r.Props["qty"] != "1" {
			t.Errorf("qty as a number not kept as text: %v", r.Props)
		}
	}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("model asked %d times, want 2 (prose chunks only)", len(reqs))
	}
	if !strings.Contains(string(reqs[0].Body), "json_object") {
		t.Errorf("request does not ask for JSON mode: %s", reqs[0].Body)
	}
	st := x.Stats()
	if st.Calls != 2 || st.TokensIn == 0 || st.Cost == 0 {
		t.Errorf("usage not recorded: %+v", st)
	}
}

func TestExtractDropsInvalidItems(t *testing.T) {
	out, dropped, ok := parseExtraction(pumpAnswer)
	if !ok {
		t.Fatal("answer in a code fence not read")
	}
	if dropped[dropEntityType] != 1 || dropped[dropEndpoint] != 1 {
		t.Errorf("dropped %v, want one unknown type and one missing endpoint", dropped)
	}
	if len(out.Entities) != 4 || len(out.Relations) != 3 {
		t.Errorf("kept %d entities, %d relations; want 4, 3", len(out.Entities), len(out.Relations))
	}
	// part_of reads the other way round: repaired, not dropped.
	out, dropped, _ = parseExtraction(`{"entities":[{"type":"Assembly","name":"pump head"},{"type":"Part","name":"seal"},{"type":"Part","name":" "}],
		"relations":[{"type":"part of","from":"seal","to":"pump head"},{"type":"HAS_PART","from":"seal","to":"seal"},{"type":"LIKES","from":"seal","to":"pump head"}]}`)
	if len(out.Relations) != 1 || out.Relations[0].Type != kg.HasPart || out.Relations[0].From != "pump head" {
		t.Errorf("part_of not turned into HAS_PART pump head→seal: %+v", out.Relations)
	}
	if dropped[dropEmptyName] != 1 || dropped[dropSelfLoop] != 1 || dropped[dropRelType] != 1 {
		t.Errorf("dropped %v", dropped)
	}
}

func TestExtractMalformedFallsBack(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Script("bad", fakellm.Fixed("Sure! The impeller is made of steel."))
	srv.Script("good", fakellm.Reply{Answer: byPassage})
	x := newTestExtractor(t, srv, nil, "bad", "good")
	doc, pieces := extractDoc()
	f, err := composite(t, x, 1).Extract(context.Background(), doc, pieces)
	if err != nil {
		t.Fatal(err)
	}
	if !hasRelation(f, kg.MadeOf, kg.EntityID(kg.Part, "impeller"), kg.EntityID(kg.Material, "stainless steel 304"), "c1") {
		t.Error("the second model's facts are missing")
	}
	if st := x.Stats(); st.Failed != 0 || st.Calls != 4 {
		t.Errorf("stats %+v, want 4 calls (2 chunks × 2 models) and no failure", st)
	}
	// The document's own usage names each model, so a report can say
	// which model the tokens went to.
	if f.Usage == nil || f.Usage.Chunks != 2 || len(f.Usage.Models) != 2 {
		t.Fatalf("document usage %+v, want 2 chunks over 2 models", f.Usage)
	}
	for _, m := range f.Usage.Models {
		if m.Calls != 2 || m.TokensIn == 0 {
			t.Errorf("model %s: %+v, want 2 calls with tokens", m.Model, m)
		}
	}
}

func TestExtractAllModelsFailKeepsRules(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Script("bad", fakellm.Fixed("[not an object"))
	x := newTestExtractor(t, srv, nil, "bad")
	doc, pieces := extractDoc()
	rulesOnly, err := composite(t, nil, 1).Extract(context.Background(), doc, pieces)
	if err != nil {
		t.Fatal(err)
	}
	f, err := composite(t, x, 1).Extract(context.Background(), doc, pieces)
	if err != nil {
		t.Fatalf("a failing model failed the document: %v", err)
	}
	if len(f.Entities) != len(rulesOnly.Entities) || len(f.Relations) != len(rulesOnly.Relations) {
		t.Errorf("got %d/%d facts, want the rules' %d/%d", len(f.Entities), len(f.Relations), len(rulesOnly.Entities), len(rulesOnly.Relations))
	}
	if len(rulesOnly.Entities) == 0 {
		t.Error("the rules found nothing; the comparison proves nothing")
	}
	if st := x.Stats(); st.Failed != 2 {
		t.Errorf("failed chunks %d, want 2", st.Failed)
	}
}

func TestExtractCacheRerunIsFree(t *testing.T) {
	dir := t.TempDir()
	srv := fakellm.Start(t)
	srv.Script("ex", fakellm.Reply{Answer: byPassage})
	doc, pieces := extractDoc()
	run := func() extract.Facts {
		cache, err := OpenExtractCache(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer cache.Close()
		f, err := composite(t, newTestExtractor(t, srv, cache, "ex"), 2).Extract(context.Background(), doc, pieces)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	first := run()
	asked := len(srv.Requests())
	// A crash mid-write leaves a torn last line; the next run must still
	// read every whole answer before it.
	path := filepath.Join(dir, ExtractCacheFile)
	b, _ := os.ReadFile(path)
	if err := os.WriteFile(path, append(b, `{"key":"torn","mod`...), 0o644); err != nil {
		t.Fatal(err)
	}
	second := run()
	if n := len(srv.Requests()) - asked; n != 0 {
		t.Errorf("rerun asked the model %d times, want 0", n)
	}
	if u := second.Usage; u == nil || u.CacheHits != 2 || u.Totals().TokensIn != 0 {
		t.Errorf("rerun usage %+v, want 2 cache hits and no tokens", u)
	}
	if first.Usage.Totals().TokensIn == 0 {
		t.Errorf("first run usage %+v has no tokens", first.Usage)
	}
	if len(first.Relations) != len(second.Relations) || len(first.Entities) != len(second.Entities) {
		t.Errorf("cached facts differ: %d/%d vs %d/%d", len(first.Entities), len(first.Relations), len(second.Entities), len(second.Relations))
	}
	cache, err := OpenExtractCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer cache.Close()
	if cache.Len() != 2 {
		t.Errorf("cache holds %d answers, want 2", cache.Len())
	}
}

// gauge wraps a chunk extractor and records the most calls in flight.
type gauge struct {
	inner         extract.ChunkExtractor
	mu            sync.Mutex
	now, most, by int
}

func (g *gauge) ExtractChunk(ctx context.Context, c kg.Chunk, subject string) (extract.Facts, error) {
	g.mu.Lock()
	g.now++
	g.most = max(g.most, g.now)
	g.mu.Unlock()
	time.Sleep(20 * time.Millisecond) // hold the slot so calls overlap
	defer func() { g.mu.Lock(); g.now--; g.mu.Unlock() }()
	return g.inner.ExtractChunk(ctx, c, subject)
}

func TestExtractConcurrencyBound(t *testing.T) {
	srv := fakellm.Start(t)
	srv.Script("ex", fakellm.Reply{Answer: byPassage})
	doc := &load.Parsed{Title: "HF-CP200 manual"}
	var pieces []chunk.Piece
	for i := range 9 {
		pieces = append(pieces, chunk.Piece{Chunk: kg.Chunk{ID: string(rune('a' + i)), Text: "The impeller is cast in stainless steel 304, batch " + string(rune('a'+i))}})
	}
	g := &gauge{inner: newTestExtractor(t, srv, nil, "ex")}
	if _, err := composite(t, g, 3).Extract(context.Background(), doc, pieces); err != nil {
		t.Fatal(err)
	}
	if g.most != 3 {
		t.Errorf("at most %d chunks in flight, want exactly the bound 3", g.most)
	}
	if n := len(srv.Requests()); n != 9 {
		t.Errorf("model asked %d times, want 9", n)
	}
}
