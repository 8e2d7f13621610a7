// Package demostore fills a store with the bundled demo corpus
// (examples/demo) for tests in any package, through the real rules
// pipeline, so a test that needs a populated graph does not build one of
// its own.
package demostore

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/internal/testenv"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// Both is the demo's public and internal folders at their audiences.
var Both = map[string]kg.Audience{"public": kg.Public, "internal": kg.Internal}

// SQLite opens (creating) dir/kg.db with the local embedder, closed when
// the test ends.
func SQLite(t testing.TB, dir string) (*sqlite.Store, kg.Embedder) {
	t.Helper()
	emb := hashembed.New(0)
	st, err := sqlite.Open(context.Background(), filepath.Join(dir, "kg.db"),
		sqlite.WithDimensions(emb.Dimensions()), sqlite.WithEmbedderName(emb.Name()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, emb
}

// Pipeline is the rules pipeline over a new embedded store in dir
// (see SQLite).
func Pipeline(t testing.TB, dir string) (*ingest.Pipeline, *sqlite.Store) {
	t.Helper()
	st, emb := SQLite(t, dir)
	return rulesPipeline(t, st, emb), st
}

func rulesPipeline(t testing.TB, st kg.Store, emb kg.Embedder) *ingest.Pipeline {
	t.Helper()
	x, err := extract.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	return &ingest.Pipeline{Store: st, Embedder: emb, Extractor: x, Limits: load.DefaultLimits()}
}

// Load ingests the demo folders named in sets (folder → audience) into st
// with the rules extractor, and returns the pipeline it used.
func Load(t testing.TB, st kg.Store, emb kg.Embedder, sets map[string]kg.Audience) *ingest.Pipeline {
	t.Helper()
	p := rulesPipeline(t, st, emb)
	root := Root(t)
	for _, dir := range []string{"public", "internal"} {
		aud, ok := sets[dir]
		if !ok {
			continue
		}
		if rep, err := p.IngestPaths(context.Background(), []string{filepath.Join(root, dir)}, aud, nil); err != nil || rep.OK == 0 {
			t.Fatalf("ingest demo %s: %v %+v", dir, err, rep)
		}
	}
	return p
}

// Root is examples/demo, found by walking up to the repository's go.mod.
func Root(t testing.TB) string {
	t.Helper()
	return filepath.Join(testenv.RepoRoot(t), "examples", "demo")
}
