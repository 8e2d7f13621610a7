package llm

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/internal/corpustest"
	"github.com/kgassist/kgassist/internal/extracteval"
	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/internal/testenv"
	"github.com/kgassist/kgassist/kg"
)

func goldCorpus(t *testing.T, rel ...string) string {
	t.Helper()
	return corpustest.Dir(t, rel...)
}

// compositeExtract scores what a document made of text alone would yield:
// one prose chunk through the rules and, when llm is set, the model.
func compositeExtract(x *extract.Composite) extracteval.Extract {
	return func(ctx context.Context, text string) ([]kg.Entity, []kg.Relation, error) {
		doc := &load.Parsed{Format: "txt"}
		pieces := []chunk.Piece{{Chunk: kg.Chunk{ID: "c0", DocumentID: "d0", Text: text, Kind: "text"}}}
		f, err := x.Extract(ctx, doc, pieces)
		return f.Entities, f.Relations, err
	}
}

// TestPartOfEvalWithModel scores the rules alone and the rules joined by
// the configured extraction model on MaintIE and BDCI, side by side. It
// needs a real model: KGASSIST_LLM_EXTRACT=ollama:qwen2.5@http://127.0.0.1:11434
// (or any provider spec); KGASSIST_EXTRACT_EVAL_DOCS caps the documents
// per corpus (default 200) to bound the cost; KGASSIST_EXTRACT_EVAL_CORPUS
// (maintie or bdci-fault-re-zh) scores one corpus only.
func TestPartOfEvalWithModel(t *testing.T) {
	testenv.OptIn(t, "KGASSIST_LLM_EXTRACT", "no extraction model configured to score rules+model against MaintIE and BDCI")
	cfg, err := LoadConfig(os.Getenv("KGASSIST_LLM_CONFIG"), os.Getenv)
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewChunkExtractor(cfg, os.Getenv, &http.Client{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	limit := 200
	if n, err := strconv.Atoi(os.Getenv("KGASSIST_EXTRACT_EVAL_DOCS")); err == nil && n > 0 {
		limit = n
	}
	rows := scoreSideBySide(t, composite(t, nil, 4), composite(t, x, 4), limit)
	t.Logf("\n%s\nmodel: %+v", strings.Join(rows, "\n"), x.Stats())
}

// TestPartOfEvalHarnessCountsModelFacts checks the harness itself with a
// loopback model that answers MaintIE's own gold pairs: the model's facts
// must pass validation, resolution and scoring, so recall rises to nearly
// one. A harness that dropped model facts would fail here.
func TestPartOfEvalHarnessCountsModelFacts(t *testing.T) {
	docs, err := extracteval.LoadMaintIE(goldCorpus(t, "maintie", "data", "gold_release.json"))
	if err != nil {
		t.Fatal(err)
	}
	docs = withGold(docs, 60)
	srv := fakellm.Start(t)
	srv.Script("oracle", fakellm.Reply{Answer: oracleFor(docs)})
	x := newTestExtractor(t, srv, nil, "oracle")
	rules, _, err := extracteval.Run(context.Background(), docs, compositeExtract(composite(t, nil, 4)))
	if err != nil {
		t.Fatal(err)
	}
	joined, _, err := extracteval.Run(context.Background(), docs, compositeExtract(composite(t, x, 4)))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s\n%s", rules.Row("rules"), joined.Row("rules + oracle model"))
	if joined.Recall() < 0.95 || joined.Recall() <= rules.Recall() {
		t.Errorf("recall with the oracle %.3f (rules %.3f): model facts are lost on the way", joined.Recall(), rules.Recall())
	}
	if st := x.Stats(); st.Calls != len(docs) {
		t.Errorf("model asked %d times for %d documents", st.Calls, len(docs))
	}
}

func scoreSideBySide(t *testing.T, rules, joined *extract.Composite, limit int) []string {
	var rows []string
	for _, c := range []struct {
		name string
		load func(string) ([]extracteval.Doc, error)
		path []string
	}{
		{"MaintIE hasPart+contains", extracteval.LoadMaintIE, []string{"maintie", "data", "gold_release.json"}},
		{"BDCI 组成", extracteval.LoadBDCI, []string{"bdci-fault-re-zh", "train.jsonl"}},
	} {
		if only := os.Getenv("KGASSIST_EXTRACT_EVAL_CORPUS"); only != "" && only != c.path[0] {
			continue
		}
		docs, err := c.load(goldCorpus(t, c.path...))
		if err != nil {
			t.Fatal(err)
		}
		docs = docs[:min(limit, len(docs))]
		for _, side := range []struct {
			label string
			x     *extract.Composite
		}{{"rules", rules}, {"rules + model", joined}} {
			all, labelled, err := extracteval.Run(context.Background(), docs, compositeExtract(side.x))
			if err != nil {
				t.Fatal(err)
			}
			rows = append(rows, all.Row(c.name+", "+side.label), labelled.Row(c.name+", "+side.label+" (labelled)"))
		}
	}
	return rows
}

func withGold(docs []extracteval.Doc, n int) []extracteval.Doc {
	var out []extracteval.Doc
	for _, d := range docs {
		if len(d.Gold) > 0 && len(out) < n {
			out = append(out, d)
		}
	}
	return out
}

// oracleFor answers, for the document whose text is in the prompt, its
// gold pairs in the extraction schema.
func oracleFor(docs []extracteval.Doc) func(fakellm.Request) string {
	return func(req fakellm.Request) string {
		prompt := req.Text()
		type ent struct{ Type, Name string }
		type rel struct{ Type, From, To string }
		var out struct {
			Entities  []ent `json:"entities"`
			Relations []rel `json:"relations"`
		}
		for _, d := range docs {
			if !strings.Contains(prompt, d.Text) {
				continue
			}
			for _, g := range d.Gold {
				out.Entities = append(out.Entities, ent{"Assembly", g.Whole}, ent{"Part", g.Part})
				out.Relations = append(out.Relations, rel{"HAS_PART", g.Whole, g.Part})
			}
			break
		}
		b, _ := json.Marshal(out)
		return string(b)
	}
}
