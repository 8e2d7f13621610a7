package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// runRetrieve prints the ranked passages for a question, without an
// answer: retrieval for callers with their own model, and for evaluation.
func runRetrieve(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	var cfg Config
	var k int
	fs := flags("retrieve", &cfg, stderr)
	fs.StringVar(&cfg.Clearance, "clearance", "public", "what the asker may see: public, partner, internal or restricted")
	fs.IntVar(&k, "k", 10, "most passages to print")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	question := strings.TrimSpace(strings.Join(pos, " "))
	if question == "" {
		return kg.Errorf(kg.EINVALID, "no question given")
	}
	if k < 1 {
		return kg.Errorf(kg.EINVALID, "--k must be at least 1")
	}
	clearance, err := kg.ParseAudience(cfg.Clearance)
	if err != nil {
		return err
	}
	a, err := openExistingApp(ctx, cfg.Store)
	if err != nil {
		return err
	}
	defer a.Close()
	ev, err := a.retriever.Retrieve(ctx, clearance, question)
	if err != nil {
		return err
	}
	ranked := ev.Ranked(k)
	if cfg.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(ranked)
	}
	printRanked(stdout, ranked)
	return nil
}

func printRanked(w io.Writer, r retrieval.Ranked) {
	if len(r.Items) == 0 {
		fmt.Fprintln(w, "No passage found.")
		return
	}
	for _, it := range r.Items {
		where := it.Document.Title
		if it.Section != "" {
			where += " › " + it.Section
		}
		if it.Page > 0 {
			where += fmt.Sprintf(" (p. %d)", it.Page)
		}
		fmt.Fprintf(w, "%2d. %.3f  %s  [%s]\n    %s\n    %s\n", it.Rank, it.Score, where, strings.Join(it.Via, ", "), it.Document.URI, shorten(it.Snippet, 200))
	}
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
