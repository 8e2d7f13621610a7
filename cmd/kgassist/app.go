package main

import (
	"context"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/llm"
	"github.com/kgassist/kgassist/retrieval"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// app is kgassist wired together on one store.
type app struct {
	store     kg.Store
	embedder  kg.Embedder
	pipeline  *ingest.Pipeline
	retriever *retrieval.Retriever
	assistant *assistant.Assistant
	// models is the language model configuration, read once per command.
	models llm.Config
}

// openExistingApp opens a store that must already exist: commands that
// only read it never create an empty one from a mistyped path.
func openExistingApp(ctx context.Context, storeURL string) (*app, error) {
	if err := requireStore(storeURL); err != nil {
		return nil, err
	}
	return openApp(ctx, storeURL)
}

// openReader opens the app on an existing store for a command that reads
// it on someone's behalf, with the clearance it reads at.
func openReader(ctx context.Context, cfg Config) (*app, kg.Audience, error) {
	clearance, err := kg.ParseAudience(cfg.Clearance)
	if err != nil {
		return nil, 0, err
	}
	a, err := openExistingApp(ctx, cfg.Store)
	return a, clearance, err
}

func openApp(ctx context.Context, storeURL string) (*app, error) {
	models, err := loadModels()
	if err != nil {
		return nil, err
	}
	emb, err := newEmbedder(ctx, models)
	if err != nil {
		return nil, err
	}
	st, err := openStore(ctx, storeURL, emb)
	if err != nil {
		return nil, err
	}
	x, err := newExtractor(models, storeURL)
	if err != nil {
		st.Close()
		return nil, err
	}
	planner, err := newTablePlanner(models)
	if err != nil {
		st.Close()
		return nil, err
	}
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: cacheSize(), TablePlanner: planner})
	answerer, err := newAnswerer(models)
	if err != nil {
		st.Close()
		return nil, err
	}
	return &app{
		store:     st,
		embedder:  emb,
		pipeline:  &ingest.Pipeline{Store: st, Embedder: emb, Extractor: x},
		retriever: r,
		assistant: assistant.New(r, answerer),
		models:    models,
	}, nil
}

// cacheSize is KGASSIST_EVIDENCE_CACHE: evidence sets kept for repeated
// questions (default 1024; 0 turns the cache off).
func cacheSize() int {
	v := os.Getenv("KGASSIST_EVIDENCE_CACHE")
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return -1
	}
	return n
}

// loadModels reads the language model configuration: the JSON file
// KGASSIST_LLM_CONFIG names, with the KGASSIST_LLM_* variables over it.
func loadModels() (llm.Config, error) {
	return llm.LoadConfig(os.Getenv("KGASSIST_LLM_CONFIG"), os.Getenv)
}

// newAnswerer is the LLM chain named by KGASSIST_LLM_CONFIG (a JSON file)
// or KGASSIST_LLM_ANSWER ("openai:gpt-4o-mini@https://..., ollama:qwen2.5"),
// or nil for the extractive answerer when neither is set.
func newAnswerer(cfg llm.Config) (assistant.Answerer, error) {
	if len(cfg.Answer) == 0 {
		return nil, nil
	}
	return llm.New(cfg, os.Getenv, &http.Client{})
}

// newTablePlanner lets the answer models, when configured, write plans
// for questions over a table that the rules cannot read.
func newTablePlanner(cfg llm.Config) (tableq.Planner, error) {
	if len(cfg.Answer) == 0 {
		return nil, nil
	}
	return llm.NewTablePlanner(cfg, os.Getenv, &http.Client{})
}

// askTimeout bounds one question at the HTTP server. With answer models it
// is their deadline plus room for retrieval and the extractive answer, so
// that a slow model ends in that answer rather than in a timeout error;
// without, 0 leaves the server's default.
func askTimeout(cfg llm.Config) time.Duration {
	if len(cfg.Answer) == 0 {
		return 0
	}
	return cfg.Deadline + 10*time.Second
}

// newExtractor is the rules, joined by the extraction models when
// KGASSIST_LLM_EXTRACT (or the config file) names any; their answers are
// cached beside the graph data so a re-ingest costs no model calls.
func newExtractor(cfg llm.Config, storeURL string) (extract.Extractor, error) {
	rules, err := extract.NewExtractor()
	if err != nil || len(cfg.Extract) == 0 {
		return rules, err
	}
	cache, err := llm.OpenExtractCache(dataDir(Config{Store: storeURL}))
	if err != nil {
		return nil, err
	}
	x, err := llm.NewChunkExtractor(cfg, os.Getenv, &http.Client{}, cache)
	if err != nil {
		cache.Close()
		return nil, err
	}
	return &extract.Composite{Rules: rules, LLM: x}, nil
}

// newRewriter makes follow-ups standalone with the answer models when
// any are configured, else by the heuristic.
func newRewriter(cfg llm.Config) (assistant.Rewriter, error) {
	return llm.NewRewriter(cfg, os.Getenv, &http.Client{})
}

func (a *app) Close() error { return a.store.Close() }

// warmer is a store that can prepare its reads ahead of the first
// question (Neo4j plans its statements).
type warmer interface {
	Warm(ctx context.Context) error
}

// warm prepares the store's reads for a long-running process; one-shot
// commands skip it, since they would pay for every plan to ask once.
func (a *app) warm(ctx context.Context) error {
	if w, ok := a.store.(warmer); ok {
		return w.Warm(ctx)
	}
	return nil
}
