package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/demostore"
	"github.com/kgassist/kgassist/kg"
)

// flatBOMCSV is a parts list of n rows whose materials and suppliers
// repeat, so the same facts are met in many parts of the document.
func flatBOMCSV(n int) []byte {
	var b strings.Builder
	b.WriteString("Part No.,Description,Material,Qty,Unit,Supplier,Unit Cost\n")
	for i := range n {
		fmt.Fprintf(&b, "P-%05d,Impeller blank %d,%s,%d,pcs,Supplier %d,%d.50 USD\n",
			i, i, []string{"CF8M", "SS304", "HT250"}[i%3], 1+i%7, i%40, 3+i%90)
	}
	return []byte(b.String())
}

// TestStreamedTableIsStoredAsWhole ingests one large parts list twice:
// prepared whole, and written a part of 700 rows (3,000 rows: the batch spills twice) at a time through a batch
// that spills into its transaction. The store must hold the same: the
// document, every passage with its vector, every fact with its props and
// sources, and search must rank alike.
func TestStreamedTableIsStoredAsWhole(t *testing.T) {
	ctx := context.Background()
	data := flatBOMCSV(3000)
	ingestOnce := func(rows int) (kg.Store, ingest.Result) {
		defer ingest.SetStreamRows(rows)()
		p, st := demostore.Pipeline(t, t.TempDir())
		res := p.Ingest(ctx, ingest.Source{URI: "bom.csv", Data: data, Audience: kg.Public})
		if res.Status != ingest.StatusOK {
			t.Fatalf("%+v", res)
		}
		return st, res
	}
	whole, wres := ingestOnce(1 << 30)
	streamed, sres := ingestOnce(700)
	if wres.Chunks != sres.Chunks || wres.Chunks != 3000 {
		t.Fatalf("chunks: whole %d, streamed %d", wres.Chunks, sres.Chunks)
	}
	id := kg.DocumentID("bom.csv")
	wd, err1 := whole.Document(ctx, kg.Public, id)
	sd, err2 := streamed.Document(ctx, kg.Public, id)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	wd.IngestedAt = sd.IngestedAt
	if !reflect.DeepEqual(wd, sd) {
		t.Errorf("document:\n whole    %+v\n streamed %+v", wd, sd)
	}
	ids := make([]string, 3000)
	for i := range ids {
		ids[i] = kg.ChunkID(id, i)
	}
	wc, _ := whole.Chunks(ctx, kg.Public, ids)
	sc, _ := streamed.Chunks(ctx, kg.Public, ids)
	if len(wc) != 3000 || !reflect.DeepEqual(wc, sc) {
		t.Errorf("chunks differ: %d whole, %d streamed", len(wc), len(sc))
	}
	wf := facts(t, whole, id)
	sf := facts(t, streamed, id)
	if len(wf.Entities) < 3000 || len(wf.Relations) < 3000 {
		t.Fatalf("whole: %d entities, %d relations", len(wf.Entities), len(wf.Relations))
	}
	if !reflect.DeepEqual(wf, sf) {
		t.Errorf("facts differ: whole %d entities %d relations, streamed %d, %d",
			len(wf.Entities), len(wf.Relations), len(sf.Entities), len(sf.Relations))
		for i := range min(len(wf.Entities), len(sf.Entities)) {
			if !reflect.DeepEqual(wf.Entities[i], sf.Entities[i]) {
				t.Errorf("first entity to differ:\n %+v\n %+v", wf.Entities[i], sf.Entities[i])
				break
			}
		}
	}
	for _, q := range []string{"Impeller blank 2321", "SS304", "Supplier 17"} {
		wh, _ := whole.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: q, Limit: 5})
		sh, _ := streamed.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: q, Limit: 5})
		if !reflect.DeepEqual(chunkIDs(wh), chunkIDs(sh)) {
			t.Errorf("search %q: whole %v, streamed %v", q, chunkIDs(wh), chunkIDs(sh))
		}
		we, _ := whole.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: q, Limit: 5})
		se, _ := streamed.FindEntities(ctx, kg.Public, kg.EntityQuery{Text: q, Limit: 5})
		if len(we) != len(se) || (len(we) > 0 && we[0].ID != se[0].ID) {
			t.Errorf("entities %q: whole %d, streamed %d", q, len(we), len(se))
		}
	}
}

func facts(t *testing.T, st kg.Store, id string) kg.Subgraph {
	t.Helper()
	g, err := st.(kg.DocumentFacter).DocumentFacts(context.Background(), kg.Public, id)
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(g.Entities, func(a, b kg.Entity) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(g.Relations, func(a, b kg.Relation) int { return strings.Compare(a.ID, b.ID) })
	for i := range g.Entities {
		sortSources(g.Entities[i].Sources)
		slices.Sort(g.Entities[i].Aliases)
	}
	for i := range g.Relations {
		sortSources(g.Relations[i].Sources)
	}
	return g
}

func sortSources(s []kg.Source) {
	slices.SortFunc(s, func(a, b kg.Source) int { return strings.Compare(a.ChunkID, b.ChunkID) })
}

func chunkIDs(hits []kg.ScoredChunk) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

// cancelAt cancels its context on the embedder call numbered at.
type cancelAt struct {
	kg.Embedder
	at, calls int
	cancel    context.CancelFunc
}

func (c *cancelAt) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	if c.calls++; c.calls == c.at {
		c.cancel()
	}
	return c.Embedder.Embed(ctx, texts)
}

// TestCancelledStreamLeavesNothing cancels a streamed document after four
// parts (about 8,000 rows of passages and facts) have reached its batch,
// which has written them into its open transaction: nothing of the
// document is stored, and the store takes the next document at once (the
// write lock went with the transaction).
func TestCancelledStreamLeavesNothing(t *testing.T) {
	defer ingest.SetStreamRows(500)()
	p, st := demostore.Pipeline(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p.Embedder = &cancelAt{Embedder: p.Embedder, at: 5, cancel: cancel}
	res := p.Ingest(ctx, ingest.Source{URI: "big.csv", Data: flatBOMCSV(6000), Audience: kg.Public})
	if res.Status != ingest.StatusFailed {
		t.Fatalf("cancelled ingest: %+v", res)
	}
	if _, err := st.Document(context.Background(), kg.Restricted, kg.DocumentID("big.csv")); !errors.Is(err, kg.ErrNotFound) {
		t.Errorf("cancelled document is stored: %v", err)
	}
	hits, _ := st.SearchChunks(context.Background(), kg.Restricted, kg.ChunkQuery{Text: "Impeller blank", Limit: 3})
	if len(hits) != 0 {
		t.Errorf("%d passages of the cancelled document are searchable", len(hits))
	}
	done := make(chan ingest.Result, 1)
	go func() {
		done <- p.Ingest(context.Background(), ingest.Source{URI: "small.csv", Data: flatBOMCSV(10), Audience: kg.Public})
	}()
	select {
	case r := <-done:
		if r.Status != ingest.StatusOK {
			t.Errorf("next document: %+v", r)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the next document waited 30 s for the store's write lock")
	}
}
