package neo4j

import (
	"context"
	"sync"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Begin opens a batch for doc. Nothing is sent to the server until Commit,
// which writes the whole document in one transaction.
func (s *Store) Begin(ctx context.Context, doc kg.Document) (kg.Batch, error) {
	const op = "neo4j.Begin"
	if doc.URI == "" {
		return nil, kg.Errorf(kg.EINVALID, "%s: document has no URI", op)
	}
	if !doc.Audience.Valid() {
		return nil, kg.Errorf(kg.EINVALID, "%s: document %q has invalid audience %d", op, doc.URI, doc.Audience)
	}
	if doc.ID == "" {
		doc.ID = kg.DocumentID(doc.URI)
	}
	if doc.IngestedAt.IsZero() {
		doc.IngestedAt = time.Now().UTC()
	}
	// The audience is part of the identity: the same bytes at another
	// level are a new version whose facts change visibility.
	recs, err := s.read(ctx, op, "MATCH (d:Document {uri: $uri}) RETURN d.sha256, d.audience", map[string]any{"uri": doc.URI})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		sha, _ := r.Values[0].(string)
		aud, _ := r.Values[1].(int64)
		if sha != "" && sha == doc.SHA256 && aud == int64(doc.Audience) {
			return nil, kg.Wrap(op, kg.ErrUnchanged)
		}
	}
	return &batch{store: s, doc: doc, chunkIDs: map[string]bool{}, entityIDs: map[string]bool{}}, nil
}

// batch holds one document's assertions in memory until Commit.
type batch struct {
	store *Store
	doc   kg.Document

	mu        sync.Mutex
	done      bool
	chunks    []kg.Chunk
	entities  []kg.Entity
	relations []kg.Relation
	chunkIDs  map[string]bool
	entityIDs map[string]bool
}

func (b *batch) AddChunks(ctx context.Context, chunks []kg.Chunk) error {
	const op = "neo4j.AddChunks"
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.open(op); err != nil {
		return err
	}
	for i := range chunks {
		c := chunks[i]
		if c.ID == "" {
			c.ID = kg.ChunkID(b.doc.ID, c.Ordinal)
		}
		if n := len(c.Embedding); n > 0 && b.store.dims > 0 && n != b.store.dims {
			return kg.Errorf(kg.EINVALID, "%s: chunk %s has a %d-dimensional embedding, store holds %d", op, c.ID, n, b.store.dims)
		}
		if b.chunkIDs[c.ID] {
			return kg.Errorf(kg.EINVALID, "%s: chunk %s added twice", op, c.ID)
		}
		b.chunkIDs[c.ID] = true
		b.chunks = append(b.chunks, c)
	}
	return nil
}

func (b *batch) AddEntities(ctx context.Context, ents []kg.Entity) error {
	const op = "neo4j.AddEntities"
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.open(op); err != nil {
		return err
	}
	for i := range ents {
		e := ents[i]
		if !kg.ValidEntityType(e.Type) {
			return kg.Errorf(kg.EINVALID, "%s: unknown entity type %q", op, e.Type)
		}
		if kg.NormalizeName(e.Name) == "" {
			return kg.Errorf(kg.EINVALID, "%s: %s entity has no name", op, e.Type)
		}
		if e.ID == "" {
			e.ID = kg.EntityID(e.Type, e.Name)
		}
		if err := b.checkSources(op, e.Sources); err != nil {
			return err
		}
		b.entityIDs[e.ID] = true
		b.entities = append(b.entities, e)
	}
	return nil
}

func (b *batch) AddRelations(ctx context.Context, rels []kg.Relation) error {
	const op = "neo4j.AddRelations"
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.open(op); err != nil {
		return err
	}
	var missing []string
	for i := range rels {
		r := rels[i]
		if !kg.ValidRelationType(r.Type) {
			return kg.Errorf(kg.EINVALID, "%s: unknown relation type %q", op, r.Type)
		}
		if r.From == "" || r.To == "" {
			return kg.Errorf(kg.EINVALID, "%s: %s relation without both endpoints", op, r.Type)
		}
		if r.ID == "" {
			r.ID = kg.RelationID(r.Type, r.From, r.To)
		}
		if err := b.checkSources(op, r.Sources); err != nil {
			return err
		}
		for _, id := range []string{r.From, r.To} {
			if !b.entityIDs[id] {
				missing = append(missing, id)
			}
		}
		b.relations = append(b.relations, r)
	}
	// Endpoints from earlier documents must exist now; Commit checks again
	// inside its transaction, where a concurrent delete cannot interfere.
	if err := b.store.checkStored(ctx, op, missing); err != nil {
		b.relations = b.relations[:len(b.relations)-len(rels)]
		return err
	}
	return nil
}

// checkSources refuses sources naming chunks this batch does not hold: the
// batch replaces the document, so no other chunk of it will exist.
func (b *batch) checkSources(op string, sources []kg.Source) error {
	for _, src := range sources {
		if src.ChunkID != "" && !b.chunkIDs[src.ChunkID] {
			return kg.Errorf(kg.EINVALID, "%s: source chunk %q is not a chunk of document %s", op, src.ChunkID, b.doc.ID)
		}
	}
	return nil
}

func (b *batch) open(op string) error {
	if b.done {
		return kg.Errorf(kg.EINVALID, "%s: batch already committed or rolled back", op)
	}
	return nil
}

func (b *batch) Commit(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if err := b.open("neo4j.Commit"); err != nil {
		return err
	}
	b.done = true
	return b.store.commit(ctx, b)
}

func (b *batch) Rollback() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done = true
	b.chunks, b.entities, b.relations = nil, nil, nil
	return nil
}

// checkStored fails with EINVALID when any id is not a stored entity.
func (s *Store) checkStored(ctx context.Context, op string, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	recs, err := s.read(ctx, op, `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e WHERE e IS NULL
RETURN collect(DISTINCT id)`, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	return unknownEndpoints(op, recs[0].Values[0])
}

func unknownEndpoints(op string, v any) error {
	ids, _ := v.([]any)
	if len(ids) == 0 {
		return nil
	}
	return kg.Errorf(kg.EINVALID, "%s: relation endpoint %v is not a stored entity", op, ids[0])
}
