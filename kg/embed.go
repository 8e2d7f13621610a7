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
