package llm

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/fakellm"
)

func TestEmbedderOverOpenAIAndOllama(t *testing.T) {
	srv := fakellm.Start(t)
	ctx := context.Background()
	none := func(string) string { return "" }
	for _, spec := range []ModelSpec{
		{Provider: "vllm", Model: "bge-m3", BaseURL: srv.OpenAIURL(), Timeout: time.Second},
		{Provider: "ollama", Model: "bge-m3", BaseURL: srv.URL, Timeout: time.Second},
	} {
		e, err := NewEmbedder(ctx, spec, none, nil)
		if err != nil {
			t.Fatal(err)
		}
		vecs, err := e.Embed(ctx, []string{"impeller", "叶轮"})
		if err != nil {
			t.Fatal(err)
		}
		if e.Dimensions() != fakellm.Dims || e.Name() != spec.Provider+":bge-m3" || len(vecs) != 2 ||
			!slices.Equal(vecs[0], fakellm.Vector("impeller")) || !slices.Equal(vecs[1], fakellm.Vector("叶轮")) {
			t.Fatalf("%s: dims %d, vectors %v", spec.Provider, e.Dimensions(), vecs)
		}
	}
	if _, err := NewEmbedder(ctx, ModelSpec{Provider: "anthropic", Model: "x"}, none, nil); err == nil {
		t.Fatal("anthropic embedder accepted")
	}
}
