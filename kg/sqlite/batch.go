package sqlite

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Begin starts a batch for doc. Rows are buffered in memory and written in
// one transaction by Commit, so an abandoned batch holds no lock and leaves
// no trace; a batch past spillRows rows writes them into its transaction as
// they come and holds the write lock until Commit or Rollback (spill.go).
func (s *Store) Begin(ctx context.Context, doc kg.Document) (kg.Batch, error) {
	const op = "sqlite.Begin"
	if doc.URI == "" {
		return nil, kg.Wrap(op, kg.Errorf(kg.EINVALID, "document has no URI"))
	}
	if !doc.Audience.Valid() {
		return nil, kg.Wrap(op, kg.Errorf(kg.EINVALID, "document %s has invalid audience %d", doc.URI, doc.Audience))
	}
	if doc.ID == "" {
		doc.ID = kg.DocumentID(doc.URI)
	}
	if doc.IngestedAt.IsZero() {
		doc.IngestedAt = time.Now().UTC()
	}
	if err := s.checkReplace(ctx, s.db, doc); err != nil {
		return nil, kg.Wrap(op, err)
	}
	return &batch{s: s, doc: doc, ents: map[string]*pendingEntity{}, rels: map[string]*pendingRelation{}}, nil
}

// checkReplace refuses a document whose stored version has the same
// content and audience, or whose URI is stored under another id. The
// audience is part of the identity: the same bytes at another level are a
// new version whose facts change visibility.
func (s *Store) checkReplace(ctx context.Context, q execQuerier, doc kg.Document) error {
	var id, sum string
	var aud int
	err := q.QueryRowContext(ctx, `SELECT id, sha256, audience FROM documents WHERE uri = ?`, doc.URI).Scan(&id, &sum, &aud)
	switch {
	case err == sql.ErrNoRows:
		return nil
	case err != nil:
		return err
	case id != doc.ID:
		return kg.Errorf(kg.EINVALID, "document %s is stored with id %s, not %s", doc.URI, id, doc.ID)
	case doc.SHA256 != "" && sum == doc.SHA256 && aud == int(doc.Audience):
		return &kg.Error{Code: kg.EUNCHANGED, Message: "document " + doc.URI + " is unchanged"}
	}
	return nil
}

type pendingEntity struct {
	kg.Entity
	norm   string // normalized Name, computed once
	chunks []string
}

type pendingRelation struct {
	kg.Relation
	chunks []string
}

type batch struct {
	s        *Store
	doc      kg.Document
	chunks   []kg.Chunk
	ents     map[string]*pendingEntity
	entOrder []string
	rels     map[string]*pendingRelation
	relOrder []string
	done     bool
	// First rowids of this version's chunks and entity_fts rows.
	chunkLo, eftsLo int64
	// sp is set once the batch writes into its own transaction (spill.go);
	// ftsOrder then lists the buffered entities new to this version.
	sp       *spilled
	ftsOrder []string
	spillAt  int // buffered rows at which to try again, after a busy lock
}

func (b *batch) usable(op string) error {
	if b.done {
		return kg.Wrap(op, kg.Errorf(kg.EINVALID, "batch for %s is already finished", b.doc.URI))
	}
	return nil
}

func (b *batch) AddChunks(ctx context.Context, chunks []kg.Chunk) error {
	const op = "sqlite.AddChunks"
	if err := b.usable(op); err != nil {
		return err
	}
	for _, c := range chunks {
		if c.ID == "" {
			c.ID = kg.ChunkID(b.doc.ID, c.Ordinal)
		}
		if n, dims := len(c.Embedding), int(b.s.dims.Load()); n != 0 && dims != 0 && n != dims {
			return kg.Wrap(op, kg.Errorf(kg.EINVALID,
				"chunk %s has a %d-dimensional embedding; this store holds %d dimensions", c.ID, n, dims))
		}
		c.DocumentID = b.doc.ID
		b.chunks = append(b.chunks, c)
		if err := b.maybeSpill(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (b *batch) AddEntities(ctx context.Context, ents []kg.Entity) error {
	const op = "sqlite.AddEntities"
	if err := b.usable(op); err != nil {
		return err
	}
	for _, e := range ents {
		if !kg.ValidEntityType(e.Type) {
			return kg.Wrap(op, kg.Errorf(kg.EINVALID, "unknown entity type %q", e.Type))
		}
		norm := normalizeName(e.Name)
		if norm == "" {
			return kg.Wrap(op, kg.Errorf(kg.EINVALID, "%s entity has no name", e.Type))
		}
		if e.ID == "" {
			e.ID = e.Type + ":" + norm // kg.EntityID without normalizing twice
		}
		p := b.ents[e.ID]
		if p == nil {
			p = &pendingEntity{Entity: kg.Entity{ID: e.ID, Type: e.Type, Name: e.Name}, norm: norm}
			b.ents[e.ID] = p
			b.entOrder = append(b.entOrder, e.ID)
		}
		p.Props = mergeProps(p.Props, e.Props)
		p.Aliases = appendNew(p.Aliases, e.Aliases...)
		p.chunks = appendNew(p.chunks, sourceChunks(e.Sources)...)
		if err := b.maybeSpill(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (b *batch) AddRelations(ctx context.Context, rels []kg.Relation) error {
	const op = "sqlite.AddRelations"
	if err := b.usable(op); err != nil {
		return err
	}
	for _, r := range rels {
		if !kg.ValidRelationType(r.Type) {
			return kg.Wrap(op, kg.Errorf(kg.EINVALID, "unknown relation type %q", r.Type))
		}
		if r.From == "" || r.To == "" {
			return kg.Wrap(op, kg.Errorf(kg.EINVALID, "%s relation needs both endpoints", r.Type))
		}
		if r.ID == "" {
			r.ID = kg.RelationID(r.Type, r.From, r.To)
		}
		p := b.rels[r.ID]
		if p == nil {
			p = &pendingRelation{Relation: kg.Relation{ID: r.ID, Type: r.Type, From: r.From, To: r.To}}
			b.rels[r.ID] = p
			b.relOrder = append(b.relOrder, r.ID)
		}
		p.Props = mergeProps(p.Props, r.Props)
		p.chunks = appendNew(p.chunks, sourceChunks(r.Sources)...)
		if err := b.maybeSpill(ctx); err != nil {
			return err
		}
	}
	return nil
}

func (b *batch) Rollback() error {
	b.abort()
	b.done = true
	b.chunks, b.ents, b.rels = nil, nil, nil
	return nil
}

// mergeProps copies add into p, allocating p only when there is something
// to hold: most extracted facts carry no properties.
func mergeProps(p, add kg.Props) kg.Props {
	if len(add) == 0 {
		return p
	}
	if p == nil {
		p = make(kg.Props, len(add))
	}
	for k, v := range add {
		p[k] = v
	}
	return p
}

func sourceChunks(sources []kg.Source) []string {
	out := make([]string, 0, len(sources))
	for _, s := range sources {
		if s.ChunkID != "" {
			out = append(out, s.ChunkID)
		}
	}
	return out
}

// appendNew appends the values of add not already in list, keeping order.
func appendNew(list []string, add ...string) []string {
	for _, v := range add {
		if v != "" && !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}
