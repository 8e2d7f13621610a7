package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/kg"
)

// TestReembedAfterTheEmbedderChanged ingests the demo with the local
// embedder, then configures an embedding model over OpenAI's protocol:
// every command refuses the store and names the fix, `kgassist reembed`
// re-embeds it, and then questions are answered and a chunk's own text
// finds that chunk through the new model's vectors.
func TestReembedAfterTheEmbedderChanged(t *testing.T) {
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	ingestInto(t, store, "public", filepath.Join(demoRoot, "public"))
	fake := fakellm.Start(t)
	t.Setenv("KGASSIST_LLM_EMBED", "vllm:embed-small@"+fake.OpenAIURL())
	ctx := context.Background()
	cli := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		code := run(ctx, args, nil, &out, &errb)
		return code, out.String() + errb.String()
	}
	const q = "What is the rated voltage of the HF-CP200?"
	if code, out := cli("ask", "--store", store, q); code == 0 || !strings.Contains(out, "kgassist reembed") {
		t.Fatalf("ask with another embedder: exit %d, %s", code, out)
	}
	code, out := cli("reembed", "--store", store)
	if code != 0 || !strings.Contains(out, "re-embedded") || !strings.Contains(out, "embed-small") {
		t.Fatalf("reembed: exit %d, %s", code, out)
	}
	if code, out := cli("reembed", "--store", store); code != 0 || !strings.Contains(out, "already holds") {
		t.Fatalf("second reembed: exit %d, %s", code, out)
	}
	if code, out := cli("ask", "--store", store, q); code != 0 || !strings.Contains(out, "380") {
		t.Fatalf("ask after reembed: exit %d, %s", code, out)
	}
	a, err := openApp(ctx, store)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	hits, err := a.store.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "rated voltage", Limit: 1})
	if err != nil || len(hits) == 0 {
		t.Fatalf("fulltext: %v %v", hits, err)
	}
	near, err := a.store.NearestChunks(ctx, kg.Public, fakellm.Vector(hits[0].Chunk.Text), 1)
	if err != nil || len(near) == 0 || near[0].Chunk.ID != hits[0].Chunk.ID || near[0].Score < 0.99 {
		t.Fatalf("a chunk's own text under the new model finds %+v (%v), want %s", near, err, hits[0].Chunk.ID)
	}
}
