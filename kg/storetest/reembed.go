package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// quarterEmbedder maps a chunk's text to one of four axes by the number it
// ends with, so the nearest chunk to an axis is known. It fails once
// failAfter texts were embedded, to interrupt a run.
type quarterEmbedder struct {
	failAfter, seen int
}

func (q *quarterEmbedder) Name() string    { return "quarter" }
func (q *quarterEmbedder) Dimensions() int { return 4 }
func (q *quarterEmbedder) Embed(_ context.Context, texts []string) ([][]float32, error) {
	if q.failAfter > 0 && q.seen >= q.failAfter {
		return nil, kg.Errorf(kg.EUNAVAILABLE, "embedding model unavailable")
	}
	out := make([][]float32, len(texts))
	for i, t := range texts {
		var n int
		fmt.Sscanf(t[strings.LastIndexByte(t, ' ')+1:], "%d", &n)
		// A little of every axis keeps the vectors distinct: approximate
		// indexes handle hundreds of identical vectors badly.
		out[i] = []float32{0.01 * float32(n%11+1), 0.01 * float32(n%13+1), 0.01 * float32(n%7+1), 0.01 * float32(n%5+1)}
		out[i][n%4] = 1
	}
	q.seen += len(texts)
	return out, nil
}

// testReembed: an interrupted re-embedding leaves the store answering
// with its old vectors; the rerun embeds only what is left and then the
// store holds the new model's vectors only.
func testReembed(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	r := ability[kg.Reembedder](t, s, "re-embed")
	const n = 300
	writeNumbered(t, ctx, s, n)
	broken := &quarterEmbedder{failAfter: 200}
	if _, err := r.Reembed(ctx, broken, nil); !errors.Is(err, kg.ErrUnavailable) {
		t.Fatalf("interrupted run: %v, want the embedder's error", err)
	}
	if hits, err := s.NearestChunks(ctx, kg.Restricted, vec(1), 3); err != nil || len(hits) == 0 {
		t.Fatalf("old vectors after an interrupted run: %v %v", hits, err)
	}
	var last int
	done, err := r.Reembed(ctx, &quarterEmbedder{}, func(d, total int) { last = d; _ = total })
	if err != nil {
		t.Fatal(err)
	}
	if done >= n || done < n-broken.seen {
		t.Errorf("rerun embedded %d chunks; %d were staged before, %d in all", done, broken.seen, n)
	}
	if last != n {
		t.Errorf("progress ended at %d of %d", last, n)
	}
	hits, err := s.NearestChunks(ctx, kg.Restricted, []float32{0, 0, 1, 0}, 5)
	if err != nil || len(hits) != 5 {
		t.Fatalf("search with the new model's vectors: %v %v", hits, err)
	}
	for _, h := range hits {
		var k int
		fmt.Sscanf(strings.TrimPrefix(h.Chunk.Text, "Inspection note "), "%d", &k)
		if k%4 != 2 {
			t.Errorf("nearest to axis 2 is %q (%.2f)", h.Chunk.Text, h.Score)
		}
	}
	if _, err := s.NearestChunks(ctx, kg.Restricted, vec(1), 3); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("a vector of the old model's size: %v, want EINVALID", err)
	}
}

func writeNumbered(t *testing.T, ctx context.Context, s kg.Store, n int) {
	t.Helper()
	d := kg.Document{ID: "doc-numbered", URI: "file:///numbered.md", Title: "Numbered notes", SHA256: "sha-numbered",
		Format: "md", Audience: kg.Public, IngestedAt: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)}
	b, err := s.Begin(ctx, d)
	must(t, "begin", err)
	chunks := make([]kg.Chunk, n)
	for i := range chunks {
		chunks[i] = kg.Chunk{ID: chunkID(d.ID, i), Ordinal: i, Text: fmt.Sprintf("Inspection note %d", i), Kind: "text", Embedding: vec(1, float32(i%7))}
	}
	must(t, "add chunks", b.AddChunks(ctx, chunks))
	must(t, "commit", b.Commit(ctx))
}
