package main

import (
	"context"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// app is kgassist wired together on one store.
type app struct {
	store     kg.Store
	embedder  kg.Embedder
	pipeline  *ingest.Pipeline
	retriever *retrieval.Retriever
	assistant *assistant.Assistant
}

func openApp(ctx context.Context, storeURL string) (*app, error) {
	emb := newEmbedder()
	st, err := openStore(ctx, storeURL, emb)
	if err != nil {
		return nil, err
	}
	x, err := ingest.NewExtractor()
	if err != nil {
		st.Close()
		return nil, err
	}
	r := retrieval.New(st, emb, retrieval.Options{})
	return &app{
		store:     st,
		embedder:  emb,
		pipeline:  &ingest.Pipeline{Store: st, Embedder: emb, Extractor: x, Limits: ingest.DefaultLimits()},
		retriever: r,
		assistant: assistant.New(r, nil),
	}, nil
}

func (a *app) Close() error { return a.store.Close() }
