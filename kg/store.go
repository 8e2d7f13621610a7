package kg

import "context"

// Store is the contract every graph backend fulfils. It is deliberately a
// union of small interfaces: code that only reads takes a Reader, ingest
// takes a Writer. Optional abilities (statistics, re-embedding) are found by
// type assertion, as with Statser.
//
// Every read takes the caller's clearance as an argument and filters inside
// the backend's query, never afterwards: a source above the clearance must
// not contribute a chunk, a fact, a property value or an alias.
type Store interface {
	Writer
	Documents
	Reader
	Close() error
}

// Writer starts per-document batches.
type Writer interface {
	// Begin opens a batch that replaces everything doc contributed before.
	// If a document with the same URI, SHA256 and Audience is already
	// stored, Begin returns ErrUnchanged and no batch.
	Begin(ctx context.Context, doc Document) (Batch, error)
}

// Batch collects one document's chunks and facts. Commit makes all of them
// visible at once and removes what the previous version of the document
// asserted; Rollback (or an error from Commit) leaves the store as it was.
type Batch interface {
	AddChunks(ctx context.Context, chunks []Chunk) error
	// AddEntities asserts entities. Each entity's Sources name the chunks
	// of this document that mention it (ChunkID only); Props and Aliases are
	// what this document says about it.
	AddEntities(ctx context.Context, ents []Entity) error
	// AddRelations asserts relations, with Props and Sources as for entities.
	// Both endpoints must be asserted in the same batch or already stored.
	AddRelations(ctx context.Context, rels []Relation) error
	Commit(ctx context.Context) error
	Rollback() error
}

// Documents lists, fetches and deletes documents.
type Documents interface {
	Document(ctx context.Context, clearance Audience, id string) (*Document, error)
	ListDocuments(ctx context.Context, clearance Audience, q DocumentQuery) ([]Document, error)
	// DeleteDocument removes the document, its chunks, and every fact left
	// with no source; facts shared with other documents stay and have their
	// audience recomputed. Deleting is an administrative act and ignores
	// clearance. It returns ErrNotFound for an unknown id.
	DeleteDocument(ctx context.Context, id string) error
}

// DocumentQuery filters a document listing.
type DocumentQuery struct {
	URI    string // exact match when set
	Limit  int
	Offset int
}

// Reader answers the questions retrieval asks.
type Reader interface {
	// FindEntities looks entities up by name or alias: exact normalized
	// matches first, then fulltext matches, at most q.Limit.
	FindEntities(ctx context.Context, clearance Audience, q EntityQuery) ([]Entity, error)
	// Entities fetches entities by id; ids not visible are omitted.
	Entities(ctx context.Context, clearance Audience, ids []string) ([]Entity, error)
	// SearchChunks is fulltext search over chunk text (CJK-aware).
	SearchChunks(ctx context.Context, clearance Audience, q ChunkQuery) ([]ScoredChunk, error)
	// NearestChunks is cosine top-k over chunk embeddings.
	NearestChunks(ctx context.Context, clearance Audience, vec []float32, k int) ([]ScoredChunk, error)
	// Chunks fetches chunks by id; ids not visible are omitted.
	Chunks(ctx context.Context, clearance Audience, ids []string) ([]Chunk, error)
	// Neighbourhood expands k hops from seed entities along visible
	// relations, optionally restricted to relation types and direction.
	Neighbourhood(ctx context.Context, clearance Audience, q NeighbourQuery) (Subgraph, error)
	// Relations lists visible relations matching q.
	Relations(ctx context.Context, clearance Audience, q RelationQuery) ([]Relation, error)
	// SupportingChunks returns the visible chunks that support the given
	// entities or relations (by id), grouped by fact id.
	SupportingChunks(ctx context.Context, clearance Audience, factIDs []string) (map[string][]Chunk, error)
}

// GroupCommitter is an optional ability of a store whose commits each cost
// server round trips and a durable transaction, and whose search indexes
// catch up after a commit (Neo4j): a bulk import commits several documents
// at once and waits for search once, before it reports done.
type GroupCommitter interface {
	// CommitGroup commits batches this store began, all or none, in one
	// transaction; afterwards they are done, as after Commit. Search may
	// not find the documents until AwaitSearch returns. If it fails,
	// nothing was written and the batches stay open, to be committed one
	// by one (to learn which document failed) or rolled back.
	CommitGroup(ctx context.Context, batches []Batch) error
	// AwaitSearch returns once everything committed before it is searchable.
	AwaitSearch(ctx context.Context) error
}

// ConcurrentGroups is an optional ability of a GroupCommitter: how many
// groups of different documents it commits well at once. A server store
// overlaps one group's round trips and commit with another group's work
// on the server; a store with a single writer (SQLite) leaves it out and
// gets one group at a time.
type ConcurrentGroups interface {
	GroupWriters() int
}

// Statser is an optional ability: counts of what the store holds.
type Statser interface {
	Stats(ctx context.Context, clearance Audience) (Stats, error)
}

// EntityQuery looks entities up by text.
type EntityQuery struct {
	Text  string
	Types []string
	Limit int
}

// ChunkQuery is a fulltext query.
type ChunkQuery struct {
	Text  string
	Limit int
}

// ScoredChunk is a search hit; higher Score is better.
type ScoredChunk struct {
	Chunk
	Score float64 `json:"score"`
}

// Direction of traversal.
type Direction int8

const (
	Both Direction = iota
	Out
	In
)

// NeighbourQuery describes a k-hop expansion.
type NeighbourQuery struct {
	Seeds []string
	Hops  int
	Types []string // relation types; empty means all
	Dir   Direction
	Limit int // maximum relations returned; 0 means a backend default
}

// RelationQuery filters relations. Empty fields match everything.
type RelationQuery struct {
	Types []string
	From  []string
	To    []string
	Limit int
}

// DocumentFacter is an optional ability: the facts one document supports.
type DocumentFacter interface {
	// DocumentFacts returns the entities and relations the document
	// asserts, each as a caller at clearance sees it (properties, aliases
	// and sources of hidden documents left out). A document above the
	// clearance is ErrNotFound, as with Document.
	DocumentFacts(ctx context.Context, clearance Audience, docID string) (Subgraph, error)
}
