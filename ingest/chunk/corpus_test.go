package chunk

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/internal/corpustest"
)

func chunkCorpusFile(t *testing.T, path string) *load.Parsed {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := load.Load(context.Background(), path, data, load.Limits{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return p
}

// TestChunkCorpusDocuments loads and chunks every Markdown and PDF file of
// the real manuals: each gives passages.
func TestLoadCorpusDocuments(t *testing.T) {
	root := corpustest.Dir(t)
	var files []string
	for _, dir := range []string{"mycobot280-manual-zh-en/cn", "mycobot280-manual-zh-en/en", "openflexure-v6"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ext := filepath.Ext(path); ext == ".md" || ext == ".pdf" {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(files) < 90+30 {
		t.Fatalf("found only %d documents", len(files))
	}
	for _, path := range files {
		p := chunkCorpusFile(t, path)
		pieces := Document("doc", p, Options{})
		if len(pieces) == 0 {
			t.Errorf("%s: no chunks", path)
		}
	}
}
