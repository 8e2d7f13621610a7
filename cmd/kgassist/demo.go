package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// runDemo ingests the bundled demo corpus (public and internal documents of
// a fictional pump maker) into a fresh store and serves it.
func runDemo(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	var cfg Config
	fs := flags("demo", &cfg, stderr)
	fs.StringVar(&cfg.Addr, "addr", envOr("KGASSIST_ADDR", "127.0.0.1:8080"), "listen address")
	corpus := fs.String("corpus", "", "demo corpus folder with public/ and internal/ (default: the bundled one)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "kgassist-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	root := *corpus
	if root == "" {
		if root, err = unpackDemo(filepath.Join(dir, "corpus")); err != nil {
			return err
		}
	}
	cfg.Store = "sqlite://" + filepath.Join(dir, "demo.db")
	m := &Main{Config: cfg, Out: stdout, Ingest: []ingestSet{
		{paths: []string{filepath.Join(root, "public")}, audience: "public"},
		{paths: []string{filepath.Join(root, "internal")}, audience: "internal"},
	}}
	fmt.Fprintf(stdout, "kgassist demo: store in %s\n", dir)
	return serveUntilDone(ctx, m, stdout)
}
