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

func runDocs(ctx context.Context, c *command, args []string) error {
	if _, err := c.parse(args); err != nil {
		return err
	}
	st, err := openExistingStore(ctx, c.Store)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.ListDocuments(ctx, kg.Restricted, kg.DocumentQuery{Limit: 100000})
	if err != nil {
		return err
	}
	return printRows(c.stdout, c.JSON, docs, "ID\tAUDIENCE\tFORMAT\tCHUNKS\tFACTS\tURI", func(d kg.Document) string {
		return fmt.Sprintf("%s\t%s\t%s\t%d\t%d\t%s", d.ID, d.Audience, ingest.Printable(d.Format), d.Chunks, d.Facts, ingest.Printable(d.URI))
	})
}

func runDelete(ctx context.Context, c *command, args []string) error {
	pos, err := c.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return kg.Errorf(kg.EINVALID, "give one document id or URI")
	}
	st, err := openExistingStore(ctx, c.Store)
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
		return kg.Errorf(kg.ENOTFOUND, "no document %q in %s (kgassist docs lists the URIs and ids)", pos[0], c.Store)
	}
	if err != nil {
		return err
	}
	if id == pos[0] {
		fmt.Fprintf(c.stdout, "deleted document %s\n", ingest.Printable(pos[0]))
	} else {
		fmt.Fprintf(c.stdout, "deleted %s (document %s)\n", ingest.Printable(pos[0]), id)
	}
	return nil
}

// printRows prints rows as a JSON array (empty, never null), or as a table
// under header with one tab-separated line a row.
func printRows[T any](w io.Writer, asJSON bool, rows []T, header string, line func(T) string) error {
	if asJSON {
		if rows == nil {
			rows = []T{}
		}
		return json.NewEncoder(w).Encode(rows)
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, header)
	for _, r := range rows {
		fmt.Fprintln(tw, line(r))
	}
	return tw.Flush()
}
