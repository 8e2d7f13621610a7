package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

func runDocs(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	var cfg Config
	fs := flags("docs", &cfg, stderr)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := requireStore(cfg.Store); err != nil {
		return err
	}
	st, err := openStore(ctx, cfg.Store, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.ListDocuments(ctx, kg.Restricted, kg.DocumentQuery{Limit: 100000})
	if err != nil {
		return err
	}
	if cfg.JSON {
		if docs == nil {
			docs = []kg.Document{}
		}
		return json.NewEncoder(stdout).Encode(docs)
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tAUDIENCE\tFORMAT\tCHUNKS\tFACTS\tURI")
	for _, d := range docs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%s\n", d.ID, d.Audience, ingest.Printable(d.Format), d.Chunks, d.Facts, ingest.Printable(d.URI))
	}
	return tw.Flush()
}

func runDelete(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	var cfg Config
	fs := flags("delete", &cfg, stderr)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return kg.Errorf(kg.EINVALID, "give one document id or URI")
	}
	if err := requireStore(cfg.Store); err != nil {
		return err
	}
	st, err := openStore(ctx, cfg.Store, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	id := pos[0]
	err = st.DeleteDocument(ctx, id)
	if errors.Is(err, kg.ErrNotFound) {
		// Users copy URIs from the report more often than ids.
		id = kg.DocumentID(pos[0])
		err = st.DeleteDocument(ctx, id)
	}
	if errors.Is(err, kg.ErrNotFound) {
		return kg.Errorf(kg.ENOTFOUND, "no document %q in %s (kgassist docs lists the URIs and ids)", pos[0], cfg.Store)
	}
	if err != nil {
		return err
	}
	if id == pos[0] {
		fmt.Fprintf(stdout, "deleted document %s\n", ingest.Printable(pos[0]))
	} else {
		fmt.Fprintf(stdout, "deleted %s (document %s)\n", ingest.Printable(pos[0]), id)
	}
	return nil
}
