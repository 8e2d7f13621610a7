package ingest

import (
	"context"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// streamRows is how many table rows become passages, facts and vectors at
// a time when a document is written in parts. A part is handed to the
// store's batch and let go of before the next is read, so what one large
// table costs in memory is a part's worth, whatever its rows; the batch
// writes its rows into its transaction as they come (the embedded store)
// and the document is still stored whole or not at all.
var streamRows = 1024

// streams says whether parsed is written a part at a time: a document of
// tables only, more rows than one part, and an extractor that finds each
// table's facts a part at a time as it would whole (extract.TableSlicer).
// Anything else is prepared whole, as before.
func (p *Pipeline) streams(parsed *load.Parsed) bool {
	rows := 0
	for _, b := range parsed.Blocks {
		if b.Kind != load.TableBlock || b.Table == nil {
			return false
		}
		if p.Extractor != nil {
			ts, ok := p.Extractor.(extract.TableSlicer)
			if !ok || !ts.SlicesTable(b.Table.Header) {
				return false
			}
		}
		rows += len(b.Table.Rows)
	}
	return rows > streamRows
}

// parts calls fn with each part of a table-only document: a copy of it
// holding one table and at most streamRows of its rows. The rows of a part
// are let go of once fn returns.
func parts(parsed *load.Parsed, fn func(part *load.Parsed) error) error {
	for _, b := range parsed.Blocks {
		t := b.Table
		for lo := 0; lo < len(t.Rows); lo += streamRows {
			hi := min(lo+streamRows, len(t.Rows))
			part := &load.Parsed{Title: parsed.Title, Format: parsed.Format, Encoding: parsed.Encoding,
				Blocks: []load.Block{{Kind: load.TableBlock, Page: b.Page,
					Table: &load.Table{Name: t.Name, Header: t.Header, Rows: t.Rows[lo:hi:hi]}}}}
			if err := fn(part); err != nil {
				return err
			}
			clear(t.Rows[lo:hi])
		}
	}
	return nil
}

// commitStream writes a document prepare left as parsed tables, a part at
// a time, into one batch, committed once every part is in.
func (p *Pipeline) commitStream(ctx context.Context, pd *prepared) error {
	parsed, res := pd.parsed, &pd.res
	pd.parsed = nil
	var b kg.Batch
	defer func() {
		if b != nil {
			b.Rollback() // after Commit, a no-op
		}
	}()
	ordinal := 0
	err := parts(parsed, func(part *load.Parsed) error {
		if err := ctx.Err(); err != nil {
			return kg.Wrap("ingest.stream", err)
		}
		pieces := chunk.Document(pd.doc.ID, part, p.Chunking)
		for i := range pieces {
			c := &pieces[i].Chunk
			c.Ordinal += ordinal
			c.ID = kg.ChunkID(pd.doc.ID, c.Ordinal)
		}
		ordinal += len(pieces)
		if b == nil {
			pd.doc.Lang = documentLang(pieces)
			var err error
			if b, err = p.Store.Begin(ctx, pd.doc); err != nil {
				return err
			}
		}
		return p.addPart(ctx, b, part, pieces, res)
	})
	if err != nil {
		return err
	}
	if b == nil {
		return kg.Errorf(kg.EINVALID, "%s has no rows", res.URI)
	}
	return b.Commit(ctx)
}

// addPart extracts, embeds and adds one part's passages and facts. The
// result counts passages exactly; entities and relations are counted per
// part, so a fact met in several parts counts once for each.
func (p *Pipeline) addPart(ctx context.Context, b kg.Batch, part *load.Parsed, pieces []chunk.Piece, res *Result) error {
	facts, err := p.extract(ctx, part, pieces)
	if err != nil {
		return kg.Wrap("ingest.extract", &kg.Error{Code: kg.ErrorCode(err),
			Message: "extracting facts from " + res.URI + ": " + kg.ErrorMessage(err), Err: err})
	}
	chunks, err := p.embedded(ctx, pieces)
	if err != nil {
		return err
	}
	var dropped int
	facts.Relations, dropped = keepAnchored(facts)
	res.Chunks += len(chunks)
	res.Entities += len(facts.Entities)
	res.Relations += len(facts.Relations)
	res.Dropped += dropped
	if facts.Usage != nil {
		if res.Extraction == nil {
			res.Extraction = &extract.Usage{}
		}
		res.Extraction.Add(facts.Usage)
	}
	return addAll(ctx, b, chunks, facts)
}
