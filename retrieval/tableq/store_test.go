package tableq

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/neo4j"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// demoTables are ingested with the demo's audiences: the FMEA, BOM and
// work orders are internal, the spare parts list public.
var demoTables = map[string]kg.Audience{
	"examples/demo/internal/fmea.xlsx":           kg.Internal,
	"examples/demo/internal/maintenance_log.csv": kg.Internal,
	"examples/demo/internal/bom.csv":             kg.Internal,
	"examples/demo/public/spare_parts.csv":       kg.Public,
}

func ingestDemo(t *testing.T, st kg.Store) {
	t.Helper()
	x, err := extract.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	p := &ingest.Pipeline{Store: st, Extractor: x, Limits: load.DefaultLimits()}
	for file, aud := range demoTables {
		path := filepath.Join(repoRoot, file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if res := p.Ingest(context.Background(), ingest.Source{Path: path, URI: file, Data: data, Audience: aud}); res.Error != "" {
			t.Fatalf("ingest %s: %s", file, res.Error)
		}
	}
}

func TestAnswerOnSQLite(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	testAnswer(t, st)
}

func TestAnswerOnNeo4j(t *testing.T) {
	srv := neo4jtest.Require(t)
	srv.Wipe(t)
	st, err := neo4j.Open(context.Background(), neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	testAnswer(t, st)
}

// testAnswer asks every demo question of the set through the store, at
// internal clearance, and checks the figures; a public caller must get no
// figure from an internal table, and no row of one.
func testAnswer(t *testing.T, st kg.Store) {
	ingestDemo(t, st)
	tr, ok := st.(kg.TableReader)
	if !ok {
		t.Fatal("store cannot read tables")
	}
	ctx := context.Background()
	glossary := glossaryTranslate(t)
	asked := 0
	for _, q := range loadQuestions(t) {
		aud, demo := demoTables[q.File]
		if !demo || q.Gap != "" {
			continue
		}
		asked++
		res, err := Answer(ctx, tr, kg.Internal, q.Question, Options{Translate: glossary})
		if err != nil {
			t.Fatalf("%s: %v", q.ID, err)
		}
		if res != nil && res.Absent != "" {
			t.Errorf("%s %q: no %s at internal clearance", q.ID, q.Question, res.Absent)
			continue
		}
		if q.None {
			if res != nil && res.Table.Ref.DocURI == q.File {
				t.Errorf("%s %q: answered from the table: [%s]", q.ID, q.Question, res.Plan)
			}
			continue
		}
		if res == nil {
			t.Errorf("%s %q: no answer", q.ID, q.Question)
			continue
		}
		key := ""
		if len(res.Groups) > 0 {
			key = res.Groups[0].Key
		}
		if res.Table.Ref.DocURI != q.File || math.Abs(res.Value-q.Want.Value) > 0.01 || (q.Want.Group != "" && key != q.Want.Group) {
			t.Errorf("%s %q: %s gave %v %q, want %s %v %q", q.ID, q.Question, res.Describe(), res.Value, key, q.File, q.Want.Value, q.Want.Group)
		}
		pub, err := Answer(ctx, tr, kg.Public, q.Question, Options{Translate: glossary})
		if err != nil {
			t.Fatal(err)
		}
		if pub != nil && pub.Absent == "" {
			for _, r := range pub.Rows {
				if r.Chunk.Audience > kg.Public || !strings.Contains(r.Chunk.DocURI, "public/") {
					t.Fatalf("%s: a public caller got row %s of %s", q.ID, r.Chunk.ID, r.Chunk.DocURI)
				}
			}
			if aud > kg.Public && pub.Table.Ref.DocURI == q.File {
				t.Fatalf("%s: a public caller got a figure from internal %s", q.ID, q.File)
			}
		}
	}
	if asked < 30 {
		t.Fatalf("only %d demo questions asked", asked)
	}
	testAbsent(t, tr)
	testNamedSourceAbsent(t, tr)
}

// testNamedSourceAbsent: a question that names the FMEA as its source,
// whatever it asks of it, has no answer where no FMEA is visible, and
// is left to retrieval where one is.
func testNamedSourceAbsent(t *testing.T, tr kg.TableReader) {
	ctx := context.Background()
	pub, err := Load(ctx, tr, kg.Public)
	if err != nil {
		t.Fatal(err)
	}
	internal, err := Load(ctx, tr, kg.Internal)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, public string }{
		{"How often should the seal be inspected according to the FMEA?", "fmea"},
		{"FMEA 里密封件泄漏的现有控制措施是什么", "fmea"},
		{"What does the PFMEA recommend for the bearing?", "pfmea"},
		{"How often should the seal be inspected?", ""},
		{"What is the maximum flow of the pump?", ""},
	} {
		if got := NamedSourceAbsent(pub, c.q); got != c.public {
			t.Errorf("%q at public: absent %q, want %q", c.q, got, c.public)
		}
		if got := NamedSourceAbsent(internal, c.q); got != "" {
			t.Errorf("%q at internal: absent %q, want none", c.q, got)
		}
	}
}

// testAbsent asks at public clearance, where the FMEA and the work orders
// are out of sight: a question over them names what is absent, so that
// no other passage answers it; one over the public spare parts list is
// answered, and one that prose answers is left to the rest of retrieval.
func testAbsent(t *testing.T, tr kg.TableReader) {
	for q, want := range map[string]string{
		"How many failure modes have an RPN above 100?":       "failure modes",
		"RPN 大于 100 的故障模式有几个？":                                "rpn",
		"What is the highest RPN?":                            "rpn",
		"What is the average downtime of the work orders?":    "work orders",
		"工单的平均停机时间是多少？":                                       "工单",
		"How many spare parts have a recommended stock of 4?": "",
		"How many bolts hold the pump casing?":                "",
		"What is the maximum flow of the pump?":               "",
	} {
		res, err := Answer(context.Background(), tr, kg.Public, q, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if res != nil {
			got = res.Absent
		}
		if got != want {
			t.Errorf("%q at public: absent %q, want %q", q, got, want)
		}
	}
}

// BenchmarkAnswer is one whole-table question on the embedded store with
// the demo's tables: every visible table read and parsed, then one plan run.
func BenchmarkAnswer(b *testing.B) {
	t := &testing.T{}
	st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "kg.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ingestDemo(t, st)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if res, err := Answer(ctx, st, kg.Internal, "Which component has the most failure modes?", Options{}); err != nil || res == nil {
			b.Fatal(res, err)
		}
	}
}
