package extract

import (
	"context"
	"strings"
	"sync"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// ChunkExtractor finds facts in one prose chunk, typically with a language
// model. subject names the product the document is about, so that facts
// without an explicit owner can attach to it. Every fact must cite c.
// A model that fails or answers nonsense yields no facts and no error: an
// error means extraction cannot go on at all (ctx done, cache unwritable).
type ChunkExtractor interface {
	ExtractChunk(ctx context.Context, c kg.Chunk, subject string) (Facts, error)
}

// Composite runs the table mapping and prose rules first, then a chunk
// extractor on the prose chunks, and resolves both sets of facts together,
// so a part the rules found in a BOM and the model found in a paragraph end
// up as one entity. It is safe for concurrent use.
type Composite struct {
	Rules *RuleExtractor // nil: the model alone
	LLM   ChunkExtractor // nil: the rules alone
	// Concurrency bounds the chunks in flight to the model per document
	// (default 4): providers rate-limit, and local servers queue anyway.
	Concurrency int
}

var _ Extractor = (*Composite)(nil)

// Extract implements Extractor.
func (x *Composite) Extract(ctx context.Context, doc *load.Parsed, pieces []chunk.Piece) (Facts, error) {
	if doc == nil {
		return Facts{}, kg.Errorf(kg.EINVALID, "ingest.Composite: no document")
	}
	var all Facts
	if x.Rules != nil {
		f, err := x.Rules.Extract(ctx, doc, pieces)
		if err != nil {
			return Facts{}, kg.Wrap("ingest.Composite", err)
		}
		all.Add(f)
	}
	if x.LLM != nil {
		f, err := x.extractProse(ctx, x.subjectOf(doc), pieces)
		if err != nil {
			return Facts{}, kg.Wrap("ingest.Composite", err)
		}
		all.Add(f)
	}
	out, err := resolveFacts(ctx, all, x.aliases())
	if err != nil {
		return Facts{}, kg.Wrap("ingest.Composite", err)
	}
	out.Usage = all.Usage
	return out, nil
}

// extractProse runs the chunk extractor over the pieces that are not table
// rows, at most Concurrency at a time. Facts are gathered in piece order so
// equal input gives equal output whatever the scheduling.
func (x *Composite) extractProse(ctx context.Context, subject string, pieces []chunk.Piece) (Facts, error) {
	var prose []kg.Chunk
	for _, p := range pieces {
		if p.Table == nil && strings.TrimSpace(p.Chunk.Text) != "" {
			prose = append(prose, p.Chunk)
		}
	}
	results := make([]Facts, len(prose))
	errs := make([]error, len(prose))
	sem := make(chan struct{}, x.concurrency())
	var wg sync.WaitGroup
	for i, c := range prose {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return Facts{}, ctx.Err()
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			// A panic here would end the process, not the document.
			defer func() {
				if r := recover(); r != nil {
					errs[i] = PanicError(c.ID, "extracting facts with a model from chunk", r)
				}
			}()
			results[i], errs[i] = x.LLM.ExtractChunk(ctx, c, subject)
		}()
	}
	wg.Wait()
	var out Facts
	for i := range prose {
		if errs[i] != nil {
			return Facts{}, errs[i]
		}
		out.Add(results[i])
	}
	return out, nil
}

func (x *Composite) concurrency() int {
	if x.Concurrency <= 0 {
		return 4
	}
	return x.Concurrency
}

func (x *Composite) subjectOf(doc *load.Parsed) string {
	if x.Rules != nil {
		return x.Rules.subjectOf(doc)
	}
	return strings.TrimSpace(doc.Title)
}

// aliases is the rules' alias table, so model facts resolve against the
// plant's canonical names too.
func (x *Composite) aliases() *resolveAliases {
	if x.Rules != nil {
		return x.Rules.aliases
	}
	return &resolveAliases{canon: map[string]string{}, entries: map[string][]string{}, types: map[string][]string{}}
}
