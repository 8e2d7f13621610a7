package main

import (
	"context"
	"fmt"

	"github.com/kgassist/kgassist/kg"
)

// runReembed replaces every chunk's vector with the configured embedder's,
// after the embedding model changed. The store keeps answering with its old
// vectors until the last step, and an interrupted run resumes.
func runReembed(ctx context.Context, c *command, args []string) error {
	if _, err := c.parse(args); err != nil {
		return err
	}
	models, err := loadModels()
	if err != nil {
		return err
	}
	emb, err := newEmbedder(ctx, models)
	if err != nil {
		return err
	}
	st, err := openExistingStore(ctx, c.Store)
	if err != nil {
		return err
	}
	defer st.Close()
	r, ok := st.(kg.Reembedder)
	if !ok {
		return kg.Errorf(kg.EUNSUPPORTED, "store %s cannot re-embed its chunks: ingest the documents into a new store with the new embedder", c.Store)
	}
	name, dims, err := r.EmbeddedWith(ctx)
	if err != nil {
		return err
	}
	if name == emb.Name() && dims == emb.Dimensions() {
		fmt.Fprintf(c.stdout, "the store already holds %s vectors (%d dimensions)\n", name, dims)
		return nil
	}
	bar := newProgressBar(c.stderr, !c.JSON)
	n, err := r.Reembed(ctx, emb, func(done, total int) { bar.draw(done, total, "chunks") })
	bar.finish()
	if err != nil {
		return fmt.Errorf("%w (%d chunks embedded; run kgassist reembed again to resume)", err, n)
	}
	fmt.Fprintf(c.stdout, "re-embedded %d chunks: %s (%d dimensions) → %s (%d dimensions)\n", n, name, dims, emb.Name(), emb.Dimensions())
	return nil
}
