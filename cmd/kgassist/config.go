package main

import (
	"context"
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	kgneo4j "github.com/kgassist/kgassist/kg/neo4j"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/llm"
)

// Config is everything a command may be told; main owns it and hands each
// package only the options it takes.
type Config struct {
	Store     string // sqlite://PATH, bolt://..., neo4j://...
	Addr      string
	Audience  string
	Clearance string
	JSON      bool
	DataDir   string
}

const defaultDataDir = "kgassist-data"

// defaultStore is the embedded store under ./kgassist-data/.
func defaultStore() string {
	if s := os.Getenv("KGASSIST_STORE"); s != "" {
		return s
	}
	return "sqlite://" + filepath.Join(defaultDataDir, "kgassist.db")
}

// command is one subcommand's flags over the Config they fill (--store
// and --json for every command, and what each adds) and the streams it
// reads and writes.
type command struct {
	Config
	*flag.FlagSet
	stdin          io.Reader
	stdout, stderr io.Writer
}

func newCommand(name string, stdin io.Reader, stdout, stderr io.Writer) *command {
	c := &command{FlagSet: flag.NewFlagSet("kgassist "+name, flag.ContinueOnError), stdin: stdin, stdout: stdout, stderr: stderr}
	c.SetOutput(stderr)
	c.StringVar(&c.Store, "store", defaultStore(), "graph store URL: sqlite://PATH, bolt://HOST:PORT or neo4j://HOST:PORT")
	c.BoolVar(&c.JSON, "json", false, "print JSON")
	return c
}

// withClearance adds --clearance, public unless given; what says what it
// limits ("what the asker may see").
func (c *command) withClearance(what string) *command {
	c.StringVar(&c.Clearance, "clearance", "public", what+": public, partner, internal or restricted")
	return c
}

// parse parses args allowing flags after positional arguments, as users
// type them ("ask 'question' --json").
func (c *command) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := c.Parse(args); err != nil {
			return nil, err
		}
		args = c.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// parseQuestion parses args whose positional words are one question.
func (c *command) parseQuestion(args []string) (string, error) {
	pos, err := c.parse(args)
	if err != nil {
		return "", err
	}
	question := strings.TrimSpace(strings.Join(pos, " "))
	if question == "" {
		return "", kg.Errorf(kg.EINVALID, "no question given")
	}
	return question, nil
}

// newEmbedder is the embedding model KGASSIST_LLM_EMBED (or the config
// file) names, else the local default. Only one: vectors of two models
// live in unrelated spaces, so there is no fallback between them.
func newEmbedder(ctx context.Context, cfg llm.Config) (kg.Embedder, error) {
	switch len(cfg.Embed) {
	case 0:
		return hashembed.New(0), nil
	case 1:
		return llm.NewEmbedder(ctx, cfg.Embed[0], os.Getenv, &http.Client{})
	}
	return nil, kg.Errorf(kg.EINVALID, "%d embedding models configured: name one, since vectors of two models cannot be compared", len(cfg.Embed))
}

// openStore opens the store a URL names. With a nil embedder the store is
// opened with whatever embedder it records: enough to list, delete or
// re-embed documents.
func openStore(ctx context.Context, url string, emb kg.Embedder) (kg.Store, error) {
	name, dims := "", 0
	if emb != nil {
		name, dims = emb.Name(), emb.Dimensions()
	}
	u, err := parseStore(url)
	if err != nil {
		return nil, err
	}
	if u.neo4j {
		return kgneo4j.Open(ctx, kgneo4j.Config{
			URI: url, User: envOr("KGASSIST_NEO4J_USER", "neo4j"), Password: os.Getenv("KGASSIST_NEO4J_PASSWORD"),
			Database: envOr("KGASSIST_NEO4J_DATABASE", "neo4j"), Dimensions: dims, EmbedderName: name,
		})
	}
	if err := os.MkdirAll(filepath.Dir(u.path), 0o755); err != nil {
		return nil, kg.WrapCode(kg.EINVALID, "open store", err)
	}
	return sqlite.Open(ctx, u.path, sqlite.WithDimensions(dims), sqlite.WithEmbedderName(name))
}

// requireStore refuses to go on when an embedded store does not exist:
// only ingest (and serve --create-store) make one, so a mistyped --store
// is an error naming the path, not an empty store that knows nothing.
func requireStore(url string) error {
	u, err := parseStore(url)
	if err != nil || u.neo4j {
		return err // a server store exists or fails to connect, by itself
	}
	if _, err := os.Stat(u.path); err != nil {
		return kg.Errorf(kg.ENOTFOUND, "there is no store at %s: check --store (or KGASSIST_STORE), or create it with kgassist ingest --store %s FILES", u.path, url)
	}
	return nil
}

// openExistingStore opens the store at url, refusing to create one.
func openExistingStore(ctx context.Context, url string) (kg.Store, error) {
	if err := requireStore(url); err != nil {
		return nil, err
	}
	return openStore(ctx, url, nil)
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
