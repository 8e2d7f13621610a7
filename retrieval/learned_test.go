package retrieval_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/corpustest"
	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/kg/neo4j"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/retrieval"
)

// openManuals ingests the named manuals of testdata/parallel, each at its
// audience, into a fresh embedded store.
func openManuals(t *testing.T, manuals map[string]kg.Audience) (*sqlite.Store, kg.Embedder) {
	t.Helper()
	st, emb := openEmbedded(t)
	ingestManuals(t, st, emb, manuals)
	return st, emb
}

func ingestManuals(t *testing.T, st ingest.Store, emb kg.Embedder, manuals map[string]kg.Audience) {
	t.Helper()
	p := rulesPipeline(t, st, emb)
	for name, aud := range manuals {
		res := p.Ingest(context.Background(), ingest.Source{Path: filepath.Join("testdata", "parallel", name), URI: "file:///" + name, Audience: aud})
		if res.Status == ingest.StatusFailed {
			t.Fatalf("ingest %s: %s", name, res.Error)
		}
	}
	if g, ok := st.(kg.GroupCommitter); ok {
		if err := g.AwaitSearch(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
}

// found reports whether a fulltext hit of ev quotes text. (In a store
// this small the local embedder's list holds every passage.)
func found(ev *retrieval.Evidence, text string) bool {
	for _, it := range ev.Items {
		if strings.Contains(it.Chunk.Text, text) && slices.Contains(it.Via, "fulltext") {
			return true
		}
	}
	return false
}

func learnedUse(ev *retrieval.Evidence, term, alt string) bool {
	for _, u := range ev.Trace.Lexicon {
		if u.Term == term && u.Alt == alt && len(u.Evidence) > 0 {
			return true
		}
	}
	return false
}

// A fact written in one language only is found by a question in the
// other through a pair learned from the parallel manuals; the glossary
// knows none of the words.
func TestLearnedLexiconCrossesLanguages(t *testing.T) {
	both := map[string]kg.Audience{"xp50_zh.md": kg.Public, "xp50_en.md": kg.Public}
	st, emb := openManuals(t, both)
	crossLanguages(t, st, emb)
}

// The same on Neo4j, which reads documents and chunks its own way.
func TestLearnedLexiconCrossesLanguagesNeo4j(t *testing.T) {
	srv := neo4jtest.Require(t)
	srv.Wipe(t)
	emb := hashembed.New(0)
	st, err := neo4j.Open(context.Background(), neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database, Dimensions: emb.Dimensions(), EmbedderName: emb.Name()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ingestManuals(t, st, emb, map[string]kg.Audience{"xp50_zh.md": kg.Public, "xp50_en.md": kg.Public})
	crossLanguages(t, st, emb)
}

func crossLanguages(t *testing.T, st kg.Store, emb kg.Embedder) {
	t.Helper()
	cases := []struct {
		question, fact string
		term, alt      string
	}{
		{"滤网的目数", "40 mesh", "滤网", "strainer"},
		{"What if the nameplate is lost?", "铆钉", retrieval.ContentTerms("nameplate")[0], "铭牌"},
	}
	r := retrieval.New(st, emb, retrieval.Options{})
	for _, c := range cases {
		ev := retrieve(t, r, kg.Public, c.question)
		if !learnedUse(ev, c.term, c.alt) {
			t.Errorf("%q: trace lexicon %+v lacks %s = %s", c.question, ev.Trace.Lexicon, c.term, c.alt)
		}
		if !found(ev, c.fact) {
			t.Errorf("%q: no item quotes %q", c.question, c.fact)
		}
	}
}

// Without the other manual nothing is learned, and the same questions
// miss: the pair, not the question's own words, finds the fact.
func TestWithoutParallelManualsNothingCrosses(t *testing.T) {
	for _, c := range []struct{ manual, question, fact string }{
		{"xp50_en.md", "滤网的目数", "40 mesh"},
		{"xp50_zh.md", "What if the nameplate is lost?", "铆钉"},
	} {
		st, emb := openManuals(t, map[string]kg.Audience{c.manual: kg.Public})
		ev := retrieve(t, retrieval.New(st, emb, retrieval.Options{}), kg.Public, c.question)
		if len(ev.Trace.Lexicon) > 0 || found(ev, c.fact) {
			t.Errorf("%q over %s alone: lexicon %+v, found %q", c.question, c.manual, ev.Trace.Lexicon, c.fact)
		}
	}
}

// Pairs learned from internal text are not given to a public caller.
func TestLearnedLexiconKeepsClearance(t *testing.T) {
	st, emb := openManuals(t, map[string]kg.Audience{"xp50_zh.md": kg.Internal, "xp50_en.md": kg.Public})
	ctx := context.Background()
	pub, err := retrieval.LearnFromStore(ctx, st, kg.Public)
	if err != nil {
		t.Fatal(err)
	}
	if len(pub) > 0 {
		t.Errorf("public caller learned %+v", pub)
	}
	in, err := retrieval.LearnFromStore(ctx, st, kg.Internal)
	if err != nil {
		t.Fatal(err)
	}
	if len(in) == 0 {
		t.Fatal("internal caller learned nothing")
	}
	for _, p := range in {
		if len(p.Chunks) == 0 {
			t.Errorf("%s = %s without evidence", p.Zh, p.En)
		}
	}
	r := retrieval.New(st, emb, retrieval.Options{})
	ev := retrieve(t, r, kg.Public, "滤网的目数")
	if len(ev.Trace.Lexicon) > 0 {
		t.Errorf("public question expanded with %+v", ev.Trace.Lexicon)
	}
	ev = retrieve(t, r, kg.Internal, "滤网的目数")
	if !learnedUse(ev, "滤网", "strainer") {
		t.Errorf("internal question: lexicon %+v", ev.Trace.Lexicon)
	}
}

// The pairs the demo's manuals and the store's other documents teach
// are logged for review.
func TestLearnedLexiconLogsPairs(t *testing.T) {
	st, _ := openManuals(t, map[string]kg.Audience{"xp50_zh.md": kg.Public, "xp50_en.md": kg.Public})
	pairs, err := retrieval.LearnFromStore(context.Background(), st, kg.Public)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pairs {
		t.Logf("%s = %s (%s; together %d, dice %.2f, %d chunks)", p.Zh, p.En, p.EnWord, p.Together, p.Dice, len(p.Chunks))
	}
}

// openPaths ingests paths at audience into a fresh store.
func openPaths(t *testing.T, audience kg.Audience, paths ...string) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	st, emb := openEmbedded(t)
	if _, err := rulesPipeline(t, st, emb).IngestPaths(ctx, paths, audience, nil); err != nil {
		t.Fatal(err)
	}
	return st
}

// logPairs logs what the store teaches, and returns the pairs and the
// documents that taught them.
func logPairs(t *testing.T, st *sqlite.Store, clearance kg.Audience) (map[string]string, map[string]bool) {
	t.Helper()
	pairs, err := retrieval.LearnFromStore(context.Background(), st, clearance)
	if err != nil {
		t.Fatal(err)
	}
	got, docs := map[string]string{}, map[string]bool{}
	for _, p := range pairs {
		got[p.Zh] = p.EnWord
		for _, id := range p.Chunks {
			docs[id[:strings.LastIndex(id, ".")]] = true
		}
		t.Logf("%s = %s (together %d, dice %.2f, %d chunks)", p.Zh, p.EnWord, p.Together, p.Dice, len(p.Chunks))
	}
	t.Logf("%d pairs from %d documents", len(pairs), len(docs))
	return got, docs
}

func TestLearnedLexiconOfDemoStore(t *testing.T) {
	st := openPaths(t, kg.Public, "../examples/demo/public")
	got, _ := logPairs(t, st, kg.Public)
	for zh, en := range map[string]string{"叶轮": "impeller", "润滑": "grease"} {
		if got[zh] != en {
			t.Errorf("learned %s = %q, want %q", zh, got[zh], en)
		}
	}
}

func TestLearnedLexiconOfMyCobotManual(t *testing.T) {
	dir := corpustest.Dir(t, "mycobot280-manual-zh-en")
	st := openPaths(t, kg.Public, filepath.Join(dir, "cn"), filepath.Join(dir, "en"))
	got, docs := logPairs(t, st, kg.Public)
	if len(docs) < 10 {
		t.Errorf("pairs taught by %d documents", len(docs))
	}
	for zh, en := range map[string]string{"关节": "joint", "夹爪": "gripper", "固件": "firmware", "舵机": "servo"} {
		if got[zh] != en {
			t.Errorf("learned %s = %q, want %q", zh, got[zh], en)
		}
	}
}

// A manual ingested beside a running retriever teaches its pairs to the
// next question: the store's change drops the learned lexicon.
func TestLearnedLexiconFollowsTheStore(t *testing.T) {
	st, emb := openManuals(t, map[string]kg.Audience{"xp50_en.md": kg.Public})
	r := retrieval.New(st, emb, retrieval.Options{})
	ev := retrieve(t, r, kg.Public, "滤网的目数")
	if len(ev.Trace.Lexicon) > 0 {
		t.Fatalf("lexicon %+v from one manual", ev.Trace.Lexicon)
	}
	ingestManuals(t, st, emb, map[string]kg.Audience{"xp50_zh.md": kg.Public})
	ev = retrieve(t, r, kg.Public, "滤网的目数")
	if !learnedUse(ev, "滤网", "strainer") || !found(ev, "40 mesh") {
		t.Errorf("after the Chinese manual: lexicon %+v", ev.Trace.Lexicon)
	}
}
