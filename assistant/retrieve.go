package assistant

import (
	"context"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Retrieve returns the evidence for question at clearance without
// composing an answer: retrieval alone, for callers with their own model.
func (a *Assistant) Retrieve(ctx context.Context, clearance kg.Audience, question string) (*retrieval.Evidence, error) {
	return a.retriever.Retrieve(ctx, clearance, question)
}
