package llm

import (
	"context"
	"net/http"

	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/kgassist/kgassist/kg"
)

// Embedder adapts a langchaingo embedding model to kg.Embedder.
type Embedder struct {
	spec  ModelSpec
	model interface {
		CreateEmbedding(ctx context.Context, texts []string) ([][]float32, error)
	}
	dims int
}

var _ kg.Embedder = (*Embedder)(nil)

// NewEmbedder opens spec's embedding model and learns its dimension with
// one call: stores refuse vectors of another size, so it must be known
// before the first document is written.
func NewEmbedder(ctx context.Context, spec ModelSpec, getenv func(string) string, hc *http.Client) (*Embedder, error) {
	spec, err := spec.withDefaults()
	if err != nil {
		return nil, kg.Wrap("llm.NewEmbedder", err)
	}
	e := &Embedder{spec: spec}
	hc = probed(hc)
	switch spec.protocol() {
	case "openai":
		key := "none"
		if spec.APIKeyEnv != "" {
			if key = getenv(spec.APIKeyEnv); key == "" {
				return nil, kg.Errorf(kg.EINVALID, "llm.NewEmbedder: %s is not set", spec.APIKeyEnv)
			}
		}
		e.model, err = openai.New(openai.WithBaseURL(spec.BaseURL), openai.WithToken(key), openai.WithEmbeddingModel(spec.Model), openai.WithHTTPClient(hc))
	case "ollama":
		e.model, err = ollama.New(ollama.WithServerURL(spec.BaseURL), ollama.WithModel(spec.Model), ollama.WithHTTPClient(hc))
	default:
		return nil, kg.Errorf(kg.EUNSUPPORTED, "llm.NewEmbedder: %s has no embedding models", spec.Provider)
	}
	if err != nil {
		return nil, kg.Wrap("llm.NewEmbedder", err)
	}
	vecs, err := e.embed(ctx, []string{"dimension probe"})
	if err != nil {
		return nil, kg.Wrap("llm.NewEmbedder", err)
	}
	e.dims = len(vecs[0])
	return e, nil
}

// Embed returns one vector per text, all of the model's dimension.
func (e *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if len(texts) == 0 {
		return nil, nil
	}
	vecs, err := e.embed(ctx, texts)
	if err != nil {
		return nil, kg.Wrap("llm.Embed", err)
	}
	for _, v := range vecs {
		if len(v) != e.dims {
			return nil, kg.Errorf(kg.EINTERNAL, "llm.Embed: %s returned a %d-dimensional vector, want %d", e.Name(), len(v), e.dims)
		}
	}
	return vecs, nil
}

func (e *Embedder) embed(ctx context.Context, texts []string) ([][]float32, error) {
	ctx, cancel := context.WithTimeout(ctx, e.spec.Timeout)
	defer cancel()
	vecs, err := e.model.CreateEmbedding(ctx, texts)
	if err != nil {
		return nil, kg.WrapCode(kg.EUNAVAILABLE, e.Name(), err)
	}
	if len(vecs) != len(texts) || len(vecs[0]) == 0 {
		return nil, kg.Errorf(kg.EUNAVAILABLE, "%s returned %d vectors for %d texts", e.Name(), len(vecs), len(texts))
	}
	return vecs, nil
}

func (e *Embedder) Dimensions() int { return e.dims }

// Name is provider:model, so a store can refuse vectors from another model.
func (e *Embedder) Name() string { return e.spec.String() }
