package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kgassist/kgassist/kg"
)

// demoStoreName is the store file inside the demo folder.
const demoStoreName = "kgassist.db"

// runDemo ingests the bundled demo corpus (public and internal documents of
// a fictional pump maker) into a folder that outlives the run, so keys,
// feedback and uploads are there next time, and serves it.
func runDemo(ctx context.Context, c *command, args []string) error {
	c.StringVar(&c.Addr, "addr", envOr("KGASSIST_ADDR", "127.0.0.1:8080"), "listen address")
	corpus := c.String("corpus", "", "demo corpus folder with public/ and internal/ (default: the bundled one)")
	dir := c.String("dir", "kgassist-demo", "folder for the demo's store, keys, feedback and uploads (kept between runs)")
	fresh := c.Bool("fresh", false, "delete the demo folder first and start over")
	limits := defaultLimits()
	uploadFlags(c.FlagSet, &limits)
	if _, err := c.parse(args); err != nil {
		return err
	}
	if err := limits.check(); err != nil {
		return err
	}
	if *fresh {
		if err := removeDemoDir(*dir); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return kg.Errorf(kg.EINVALID, "cannot create the demo folder %s: %v", *dir, err)
	}
	root := *corpus
	if root == "" {
		var err error
		if root, err = unpackDemo(filepath.Join(*dir, "corpus")); err != nil {
			return err
		}
	}
	c.Store = "sqlite://" + filepath.Join(*dir, demoStoreName)
	m := &Main{Config: c.Config, Out: c.stdout, Limits: limits, Ingest: []ingestSet{
		{paths: []string{filepath.Join(root, "public")}, audience: "public"},
		{paths: []string{filepath.Join(root, "internal")}, audience: "internal"},
	}}
	printDemoHelp(c.stdout, *dir, c.Store)
	return serveUntilDone(ctx, m, c.stdout)
}

// printDemoHelp says where the demo keeps its data and the exact commands
// that reach it from another terminal.
func printDemoHelp(w io.Writer, dir, store string) {
	fmt.Fprintf(w, `kgassist demo: data in %s/ (kept between runs; --fresh starts over)
The public/ documents are published; internal/ ones are seen only at internal clearance or above.
From another terminal in this folder:
  kgassist docs   --store %s
  kgassist ask    --store %s "What is the rated voltage of the HF-CP200?"
  kgassist ask    --store %s --clearance internal "Which failure mode has the highest RPN?"
  kgassist ingest --store %s --audience public FILE...   (without --audience, documents are internal)
`, dir, store, store, store, store)
}

// removeDemoDir deletes a previous demo folder, but only one that looks
// like it: --fresh with a mistyped --dir must not delete someone's files.
func removeDemoDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return kg.Errorf(kg.EINVALID, "cannot read the demo folder %s: %v", dir, err)
	}
	if _, err := os.Stat(filepath.Join(dir, demoStoreName)); err != nil && len(entries) > 0 {
		return kg.Errorf(kg.EINVALID, "%s is not a demo folder (no %s in it); not deleting it", dir, demoStoreName)
	}
	return os.RemoveAll(dir)
}
