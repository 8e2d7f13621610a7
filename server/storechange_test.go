package server

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/kg/sqlite"
)

// A document deleted by another writer on the same store file (as
// `kgassist delete` does beside a running server) is gone from the very
// next answer, though the answer was cached.
func TestDeleteByAnotherWriterReachesTheNextAnswer(t *testing.T) {
	e := newEnv(t, envOptions{local: true})
	ask := call{method: "POST", path: "/v1/ask", body: map[string]string{"question": "What is the rated voltage of the HF-CP200?"}}
	var cited []assistant.DocRef
	for range 2 { // the second is served from the caches
		r, body := e.do(ask, "")
		if r.StatusCode != 200 {
			t.Fatalf("%d %s", r.StatusCode, body)
		}
		cited = docsOfCitations(decode[assistant.Answer](t, body).Citations)
	}
	if len(cited) == 0 {
		t.Fatal("no citations to delete")
	}
	ctx := context.Background()
	emb := hashembed.New(0)
	other, err := sqlite.Open(ctx, filepath.Join(e.dir, "kg.db"), sqlite.WithDimensions(emb.Dimensions()), sqlite.WithEmbedderName(emb.Name()))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	gone := map[string]bool{}
	for _, d := range cited {
		if err := other.DeleteDocument(ctx, d.ID); err != nil && kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Fatal(err)
		}
		gone[d.ID] = true
	}
	r, body := e.do(ask, "")
	if r.StatusCode != 200 {
		t.Fatalf("%d %s", r.StatusCode, body)
	}
	for _, d := range docsOfCitations(decode[assistant.Answer](t, body).Citations) {
		if gone[d.ID] {
			t.Errorf("answer after another writer's delete still cites %s", d.URI)
		}
	}
	if strings.Contains(string(body), `"cached":true`) {
		t.Errorf("evidence served from the cache after the store changed")
	}
}
