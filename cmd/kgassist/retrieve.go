package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// runRetrieve prints the ranked passages for a question, without an
// answer: retrieval for callers with their own model, and for evaluation.
func runRetrieve(ctx context.Context, c *command, args []string) error {
	c.withClearance("what the asker may see")
	k := c.Int("k", 10, "most passages to print")
	question, err := c.parseQuestion(args)
	if err != nil {
		return err
	}
	if *k < 1 {
		return kg.Errorf(kg.EINVALID, "--k must be at least 1")
	}
	a, clearance, err := openReader(ctx, c.Config)
	if err != nil {
		return err
	}
	defer a.Close()
	ev, err := a.retriever.Retrieve(ctx, clearance, question)
	if err != nil {
		return err
	}
	ranked := ev.Ranked(*k)
	if c.JSON {
		return printJSON(c.stdout, ranked)
	}
	printRanked(c.stdout, ranked)
	return nil
}

func printRanked(w io.Writer, r retrieval.Ranked) {
	if len(r.Items) == 0 {
		fmt.Fprintln(w, "No passage found.")
		return
	}
	for _, it := range r.Items {
		fmt.Fprintf(w, "%2d. %.3f  %s  [%s]\n    %s\n    %s\n", it.Rank, it.Score, place(it.Document.Title, it.Section, it.Page), strings.Join(it.Via, ", "), it.Document.URI, shorten(it.Snippet, 200))
	}
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
