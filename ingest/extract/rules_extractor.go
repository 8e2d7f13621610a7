package extract

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/kg"
)

// ExtractOption configures NewExtractor.
type Option func(*extractConfig)

type extractConfig struct {
	subject    string
	mappingDir string
}

// WithSubject names the product a document is about. Prose parameters,
// symptoms and standards attach to it; without it the document title is used.
func WithSubject(name string) Option {
	return func(c *extractConfig) { c.subject = strings.TrimSpace(name) }
}

// WithMappingDir reads tables.json, rules.json and aliases.tsv from dir where
// present there, and the embedded defaults otherwise: the mapping files are
// data so that a plant can teach kgassist its own headers, aliases and
// phrasing without a new build.
func WithMappingDir(dir string) Option {
	return func(c *extractConfig) { c.mappingDir = dir }
}

// RuleExtractor finds facts with declarative table mapping and prose rules,
// then resolves the entities of one document. It is safe for concurrent use.
type RuleExtractor struct {
	tables  *mapTableSet
	rules   *ruleSet
	aliases *resolveAliases
	subject string
}

var _ Extractor = (*RuleExtractor)(nil)

// NewExtractor loads and compiles the mapping files once.
func NewExtractor(opts ...Option) (*RuleExtractor, error) {
	var cfg extractConfig
	for _, o := range opts {
		o(&cfg)
	}
	read := func(name string) ([]byte, error) { return extractReadMapping(cfg.mappingDir, name) }
	x := &RuleExtractor{subject: cfg.subject}
	var err error
	if x.aliases, err = resolveLoadAliases(read); err != nil {
		return nil, kg.Wrap("ingest.NewExtractor", err)
	}
	if x.tables, err = mapLoadTables(read); err != nil {
		return nil, kg.Wrap("ingest.NewExtractor", err)
	}
	if x.rules, err = ruleLoad(read, x.aliases); err != nil {
		return nil, kg.Wrap("ingest.NewExtractor", err)
	}
	return x, nil
}

func extractReadMapping(dir, name string) ([]byte, error) {
	if dir != "" {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil {
			return b, nil
		}
		if !os.IsNotExist(err) {
			return nil, kg.WrapCode(kg.EINVALID, "ingest.mapping", err)
		}
	}
	b, err := fs.ReadFile(mappings.Defaults, name)
	if err != nil {
		return nil, kg.WrapCode(kg.EINTERNAL, "ingest.mapping", err)
	}
	return b, nil
}

// Extract maps the document's tables and applies the prose rules to its
// other pieces, then resolves entities within the document.
func (x *RuleExtractor) Extract(ctx context.Context, doc *load.Parsed, pieces []chunk.Piece) (Facts, error) {
	if doc == nil {
		return Facts{}, kg.Errorf(kg.EINVALID, "ingest.Extract: no document")
	}
	sink := &extractSink{}
	subject := x.subjectOf(doc)
	tables, order := extractGroupTables(pieces)
	steps := newRuleStepState()
	for i, p := range pieces {
		if i%256 == 0 && ctx.Err() != nil {
			return Facts{}, kg.Wrap("ingest.Extract", ctx.Err())
		}
		if p.Table == nil {
			x.rules.apply(sink, p.Chunk, subject, steps)
		}
	}
	for _, t := range order {
		if err := ctx.Err(); err != nil {
			return Facts{}, kg.Wrap("ingest.Extract", err)
		}
		x.mapTable(ctx, sink, doc, subject, t, tables[t])
	}
	facts, err := resolveFacts(ctx, sink.facts, x.aliases)
	if err != nil {
		return Facts{}, kg.Wrap("ingest.Extract", err)
	}
	return facts, nil
}

// ExtractText applies the prose rules to one text, for users tuning rules.
// Its facts cite the chunk id "text".
func (x *RuleExtractor) ExtractText(ctx context.Context, text string) Facts {
	sink := &extractSink{}
	if ctx.Err() != nil {
		return Facts{}
	}
	x.rules.apply(sink, kg.Chunk{ID: "text", Text: text, Kind: "text"}, x.subject, newRuleStepState())
	facts, _ := resolveFacts(ctx, sink.facts, x.aliases) // cancelled: no facts
	return facts
}

// subjectOf names the product a document is about. A model code in the
// title or the opening lines ("HF-CP200 Centrifugal Pump — Data Sheet") is
// the product's name across documents, so every manual and data sheet
// attaches its parameters to one entity and their values can be compared.
func (x *RuleExtractor) subjectOf(doc *load.Parsed) string {
	if x.subject != "" {
		return x.subject
	}
	if code := extractModelCode(doc.Title); code != "" {
		return code
	}
	var opening strings.Builder
	for i, b := range doc.Blocks {
		if i == 3 || opening.Len() > 300 {
			break
		}
		opening.WriteString(b.Text + "\n")
	}
	if code := extractModelCode(opening.String()); code != "" {
		return code
	}
	return strings.TrimSpace(doc.Title)
}

// extractModelRe matches model codes: letters, an optional hyphen, then
// letters and at least two digits (HF-CP200, XB3000, CP200-S).
var extractModelRe = regexp.MustCompile(`\b[A-Za-z]{1,6}-?[A-Za-z]{0,6}\d{2,}[A-Za-z0-9]*(?:-[A-Za-z0-9]+)?\b`)

func extractModelCode(s string) string {
	for _, m := range extractModelRe.FindAllString(s, 3) {
		letters := 0
		for _, r := range m {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 && len(m) >= 4 {
			return m
		}
	}
	return ""
}

// mapTable maps one table with the mapper its kind names; a table of no known kind is read as
// prose row by row so that its values are not lost.
func (x *RuleExtractor) mapTable(ctx context.Context, sink *extractSink, doc *load.Parsed, subject string, t *load.Table, rows *mapRowChunks) {
	cols := x.tables.classify(t.Header)
	m := &mapContext{ctx: ctx, sink: sink, set: x.tables, rules: x.rules, table: t, cols: cols, rows: rows, subject: subject, title: doc.Title}
	if mapper, ok := mapMappers[cols.mapper]; ok {
		mapper(m)
		return
	}
	for i, p := range rows.pieces {
		if i%mapCheckRows == 0 && ctx.Err() != nil {
			return
		}
		x.rules.apply(sink, p.Chunk, subject, newRuleStepState())
	}
}

// extractGroupTables collects the pieces of each table in document order.
// It points into pieces rather than copying them: a piece carries its whole
// passage, and a large table has one per row.
func extractGroupTables(pieces []chunk.Piece) (map[*load.Table]*mapRowChunks, []*load.Table) {
	byTable := map[*load.Table]*mapRowChunks{}
	var order []*load.Table
	for i := range pieces {
		p := &pieces[i]
		if p.Table == nil {
			continue
		}
		rc, ok := byTable[p.Table]
		if !ok {
			rc = &mapRowChunks{}
			byTable[p.Table] = rc
			order = append(order, p.Table)
		}
		rc.pieces = append(rc.pieces, p)
	}
	for _, rc := range byTable {
		rc.sortRows()
	}
	return byTable, order
}
