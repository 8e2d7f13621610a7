package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/kgassist/kgassist/ingest/chunk"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// Status of one document in an ingest run.
type Status string

const (
	StatusOK        Status = "ok"
	StatusUnchanged Status = "unchanged"
	StatusFailed    Status = "failed"
	// StatusSkipped is a file found in a folder that kgassist does not
	// read (LICENSE, .json): listed, not an error.
	StatusSkipped Status = "skipped"
)

// Result reports one document.
type Result struct {
	URI        string `json:"uri"`
	DocumentID string `json:"document_id,omitempty"`
	Title      string `json:"title,omitempty"`
	Format     string `json:"format,omitempty"`
	// Encoding is the text encoding a text format was read in; Guessed
	// says it was inferred from the bytes, not declared by a BOM or by
	// being valid UTF-8, so the text may be wrong.
	Encoding        string `json:"encoding,omitempty"`
	EncodingGuessed bool   `json:"encoding_guessed,omitempty"`
	Status          Status `json:"status"`
	Code            string `json:"code,omitempty"`
	Error           string `json:"error,omitempty"`
	Bytes           int64  `json:"bytes"`
	Pages           int    `json:"pages,omitempty"`
	// Audience is the level the document is stored at; RelabelledFrom is
	// the level it had before, when this run changed it.
	Audience       kg.Audience `json:"audience"`
	RelabelledFrom string      `json:"relabelled_from,omitempty"`
	Chunks         int         `json:"chunks"`
	Entities       int         `json:"entities"`
	Relations      int         `json:"relations"`
	Dropped        int         `json:"dropped_relations,omitempty"`
	// Extraction is what model extraction cost; absent without a model.
	Extraction *extract.Usage `json:"extraction,omitempty"`
	Duration   time.Duration  `json:"duration_ns"`
}

// Source is one file to ingest: read from Path, given as Data, or read
// by Read when it is prepared, so that sources given together are held
// in memory a few at a time rather than all at once.
type Source struct {
	Path     string
	URI      string
	Data     []byte
	Read     func() ([]byte, error)
	Audience kg.Audience
	// Writer is the clearance of whoever writes: a stored document above
	// it is never replaced. Nil for the operator at the command line.
	Writer *kg.Audience
	// Relabel allows lowering the audience of a stored document, which
	// otherwise fails: publishing is never a side effect of a re-ingest.
	Relabel bool
}

// Pipeline loads, chunks, extracts, embeds and writes documents, one batch
// per document, so a failure never leaves half a document behind.
type Pipeline struct {
	Store     Store
	Embedder  kg.Embedder       // nil: chunks are stored without vectors
	Extractor extract.Extractor // nil: no facts, chunks only
	Limits    load.Limits
	Chunking  chunk.Options
}

// Store is what ingest needs from a graph store.
type Store interface {
	kg.Writer
	kg.Documents
}

// Ingest processes one source and never panics; the result says how it went.
func (p *Pipeline) Ingest(ctx context.Context, src Source) Result {
	pd := p.prepare(ctx, src)
	return p.commit(ctx, pd)
}

// prepared is a document loaded, chunked, extracted and embedded, ready to
// be written; or the result of a document that failed or is unchanged.
type prepared struct {
	res    Result
	err    error
	doc    kg.Document
	chunks []kg.Chunk
	facts  extract.Facts
	// parsed is a document of large tables, left to be read a part at a
	// time as it is written (stream.go); chunks and facts are then empty.
	parsed *load.Parsed
	start  time.Time
	step   string // what load was doing, named if it panics
}

// prepare does everything but the write. It is safe to run concurrently
// for different sources: only the store's writes are serialised.
func (p *Pipeline) prepare(ctx context.Context, src Source) (pd *prepared) {
	pd = &prepared{start: time.Now(), res: Result{URI: src.URI, Audience: src.Audience}}
	if pd.res.URI == "" {
		pd.res.URI = URIForPath(src.Path)
	}
	defer func() {
		if r := recover(); r != nil {
			pd.err = extract.PanicError(pd.res.URI, pd.step, r)
		}
	}()
	pd.err = p.load(ctx, src, pd)
	return pd
}

// commit writes a prepared document and finishes its result.
func (p *Pipeline) commit(ctx context.Context, pd *prepared) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			res.Status, res.Code, res.Error = StatusFailed, kg.EINTERNAL, "internal error while ingesting"
		}
		res.Duration = time.Since(pd.start)
	}()
	res = pd.res
	err := pd.err
	switch {
	case err == nil && pd.parsed != nil:
		err = p.commitStream(ctx, pd)
		res = pd.res
	case err == nil:
		var b kg.Batch
		if b, err = p.beginReleasing(ctx, pd); err == nil {
			err = b.Commit(ctx)
		}
	}
	return finished(pd, err)
}

// beginReleasing opens and fills pd's batch, then lets go of pd's chunks
// and facts: the batch holds what it writes, so the document's own
// copies (several KB a table row) need not outlive it through the commit.
func (p *Pipeline) beginReleasing(ctx context.Context, pd *prepared) (kg.Batch, error) {
	b, err := p.begin(ctx, pd.doc, pd.chunks, pd.facts)
	pd.chunks, pd.facts = nil, extract.Facts{}
	return b, err
}

// finished is a prepared document's result once its write returned err.
func finished(pd *prepared, err error) Result {
	res := pd.res
	if err != nil {
		res.Status, res.Code = statusOf(err)
		if res.Status == StatusFailed {
			res.Error = kg.ErrorMessage(err)
		}
		return res
	}
	res.Status = StatusOK
	return res
}

// encodingGuessed: valid UTF-8 and a byte order mark are declarations;
// GB18030, windows-1252 and UTF-16 without a mark are inferences.
func encodingGuessed(enc string, data []byte) bool {
	switch enc {
	case "", load.EncodingUTF8, load.EncodingUTF8BOM:
		return false
	case load.EncodingUTF16LE, load.EncodingUTF16BE:
		return !bytes.HasPrefix(data, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	}
	return true
}

func statusOf(err error) (Status, string) {
	if errors.Is(err, kg.ErrUnchanged) {
		return StatusUnchanged, ""
	}
	return StatusFailed, kg.ErrorCode(err)
}

func (p *Pipeline) load(ctx context.Context, src Source, pd *prepared) error {
	res := &pd.res
	data, err := p.read(src)
	if err != nil {
		return err
	}
	res.Bytes = int64(len(data))
	sum := sha256.Sum256(data)
	doc := kg.Document{
		ID: kg.DocumentID(res.URI), URI: res.URI, SHA256: hex.EncodeToString(sum[:]),
		Audience: src.Audience, Format: formatOf(res.URI), IngestedAt: time.Now().UTC(),
	}
	res.DocumentID = doc.ID
	if err := checkStored(ctx, p.Store, src, doc, res); err != nil {
		return err
	}
	pd.step = "reading"
	parsed, err := load.Load(ctx, res.URI, data, p.Limits)
	if err != nil {
		return err
	}
	doc.Title = titleOf(parsed, res.URI)
	res.Title, res.Format = doc.Title, parsed.Format
	res.Encoding, res.EncodingGuessed = parsed.Encoding, encodingGuessed(parsed.Encoding, data)
	if p.streams(parsed) {
		pd.step = ""
		pd.doc, pd.parsed = doc, parsed
		return nil
	}
	pd.step = "splitting"
	pieces := chunk.Document(doc.ID, parsed, p.Chunking)
	doc.Lang = documentLang(pieces)
	res.Pages, res.Chunks = pageCount(pieces), len(pieces)
	pd.step = "extracting facts from"
	facts, err := p.extract(ctx, parsed, pieces)
	if err != nil {
		return kg.Wrap("ingest.extract", &kg.Error{Code: kg.ErrorCode(err),
			Message: "extracting facts from " + res.URI + ": " + kg.ErrorMessage(err), Err: err})
	}
	pd.step = "embedding"
	chunks, err := p.embedded(ctx, pieces)
	if err != nil {
		return err
	}
	var dropped int
	facts.Relations, dropped = keepAnchored(facts)
	res.Entities, res.Relations, res.Dropped = len(facts.Entities), len(facts.Relations), dropped
	res.Extraction = facts.Usage
	pd.step = ""
	pd.doc, pd.chunks, pd.facts = doc, chunks, facts
	return nil
}

// checkStored compares doc with the version stored under its id: the
// audience is part of the identity, so the same bytes at another level are
// a change; lowering needs src.Relabel; a version above the writer's
// clearance is never replaced.
func checkStored(ctx context.Context, st kg.Documents, src Source, doc kg.Document, res *Result) error {
	old, err := st.Document(ctx, kg.Restricted, doc.ID)
	if err != nil {
		return nil // not stored, or unreadable: Begin decides
	}
	switch {
	case src.Writer != nil && old.Audience > *src.Writer:
		// Worded like any refusal of a name, so it confirms nothing.
		return kg.Errorf(kg.EFORBIDDEN, "%s cannot be written with this clearance; choose another name", doc.URI)
	case old.Audience > doc.Audience && !src.Relabel:
		return kg.Errorf(kg.ECONFLICT, "%s is stored as %s; lowering it to %s needs --relabel (relabel=true in an upload form)", doc.URI, old.Audience, doc.Audience)
	case old.Audience != doc.Audience:
		res.RelabelledFrom = old.Audience.String()
	case old.SHA256 == doc.SHA256:
		res.Title = old.Title
		return kg.ErrUnchanged
	}
	return nil
}

// read takes the bytes given or reads the file after checking its size, so
// an oversized file is refused before it is loaded into memory.
func (p *Pipeline) read(src Source) ([]byte, error) {
	name := src.URI
	if name == "" {
		name = src.Path
	}
	if src.Read != nil {
		data, err := src.Read()
		if err != nil {
			return nil, err
		}
		return data, load.CheckSize(name, int64(len(data)), p.Limits)
	}
	if src.Data != nil {
		return src.Data, load.CheckSize(name, int64(len(src.Data)), p.Limits)
	}
	// Non-blocking, so opening a named pipe returns at once and the mode
	// check below refuses it instead of waiting for a writer forever.
	f, err := os.OpenFile(src.Path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, pathError(src.Path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, pathError(src.Path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(src.Path, st.Mode())
	}
	if err := load.CheckSize(name, st.Size(), p.Limits); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, st.Size()+1))
	if err != nil {
		return nil, pathError(src.Path, err)
	}
	return data, load.CheckSize(name, int64(len(data)), p.Limits)
}

func (p *Pipeline) extract(ctx context.Context, parsed *load.Parsed, pieces []chunk.Piece) (extract.Facts, error) {
	if p.Extractor == nil {
		return extract.Facts{}, nil
	}
	return p.Extractor.Extract(ctx, parsed, pieces)
}

// embedSlice is how many passages are embedded at a time: the texts
// built for the embedder are garbage once their vectors exist, so slices
// keep them from adding up over a large table, and a cancelled ingest
// stops between slices.
const embedSlice = 1024

func (p *Pipeline) embedded(ctx context.Context, pieces []chunk.Piece) ([]kg.Chunk, error) {
	chunks := make([]kg.Chunk, len(pieces))
	for i, pc := range pieces {
		chunks[i] = pc.Chunk
	}
	if p.Embedder == nil {
		return chunks, nil
	}
	for lo := 0; lo < len(chunks); lo += embedSlice {
		part := chunks[lo:min(lo+embedSlice, len(chunks))]
		texts := make([]string, len(part))
		for i, c := range part {
			texts[i] = strings.Join(c.Section, " ") + "\n" + c.Text
		}
		vecs, err := p.Embedder.Embed(ctx, texts)
		if err != nil {
			return nil, kg.WrapCode(kg.EUNAVAILABLE, "ingest.embed", err)
		}
		for i := range part {
			part[i].Embedding = vecs[i]
		}
	}
	return chunks, nil
}

// keepAnchored drops relations whose endpoints this document does not
// assert, which the store would refuse and fail the whole document for.
func keepAnchored(f extract.Facts) ([]kg.Relation, int) {
	known := make(map[string]bool, len(f.Entities))
	for _, e := range f.Entities {
		known[e.ID] = true
	}
	kept := f.Relations[:0:0]
	for _, r := range f.Relations {
		if known[r.From] && known[r.To] {
			kept = append(kept, r)
		}
	}
	return kept, len(f.Relations) - len(kept)
}

// begin opens and fills a document's batch, rolled back if filling fails.
func (p *Pipeline) begin(ctx context.Context, doc kg.Document, chunks []kg.Chunk, facts extract.Facts) (kg.Batch, error) {
	b, err := p.Store.Begin(ctx, doc)
	if err != nil {
		return nil, err
	}
	if err := addAll(ctx, b, chunks, facts); err != nil {
		b.Rollback()
		return nil, err
	}
	return b, nil
}

func addAll(ctx context.Context, b kg.Batch, chunks []kg.Chunk, facts extract.Facts) error {
	if err := b.AddChunks(ctx, chunks); err != nil {
		return err
	}
	if err := b.AddEntities(ctx, facts.Entities); err != nil {
		return err
	}
	return b.AddRelations(ctx, facts.Relations)
}

// URIForPath is the document URI of a file path: the cleaned path with
// forward slashes, so the same file ingested twice is the same document.
func URIForPath(path string) string { return filepath.ToSlash(filepath.Clean(path)) }

func formatOf(name string) string {
	return strings.TrimPrefix(strings.ToLower(filepath.Ext(name)), ".")
}

func titleOf(p *load.Parsed, uri string) string {
	if t := strings.TrimSpace(SafeTitle(p.Title)); t != "" {
		return t
	}
	base := filepath.Base(uri)
	// "fmea_dataset_filled.csv" reads as "fmea dataset filled".
	return SafeTitle(strings.NewReplacer("_", " ", "-", " ").Replace(strings.TrimSuffix(base, filepath.Ext(base))))
}

func documentLang(pieces []chunk.Piece) string {
	var sample strings.Builder
	for _, pc := range pieces {
		if sample.Len() > 4000 {
			break
		}
		sample.WriteString(pc.Chunk.Text)
		sample.WriteByte(' ')
	}
	return textseg.Lang(sample.String())
}

func pageCount(pieces []chunk.Piece) int {
	max := 0
	for _, pc := range pieces {
		if pc.Chunk.Page > max {
			max = pc.Chunk.Page
		}
	}
	return max
}
