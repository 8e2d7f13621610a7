package kg

import "context"

// Embedder turns texts into vectors of a fixed dimension. The local default
// needs no model; any langchaingo embedder can stand in its place.
type Embedder interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
	Dimensions() int
	// Name identifies the model, so a store can refuse vectors from another.
	Name() string
}

// Reembedder is a store that can replace every chunk's embedding, so that
// changing the embedding model keeps the documents and their facts. It is
// an optional ability, found by type assertion.
type Reembedder interface {
	// Reembed embeds every chunk's text with e, then makes the new vectors
	// and e's name and dimension the store's in one step. Until that step
	// the store keeps answering with its old vectors; an interrupted run
	// resumes where it stopped. It returns how many chunks were embedded
	// by this call. progress, when set, is told done and total chunks.
	Reembed(ctx context.Context, e Embedder, progress func(done, total int)) (int, error)
	// EmbeddedWith names the embedder whose vectors the store holds.
	EmbeddedWith(ctx context.Context) (name string, dims int, err error)
}
