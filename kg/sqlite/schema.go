package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are applied in order; schema_version holds how many ran. Never
// edit a shipped migration: append a new one.
var migrations = []string{
	`CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- A document's rows are written by one commit, so its chunks and its
-- entity_fts rows occupy one rowid range each ([lo, hi)), and the ids of
-- the facts it asserted are listed here. Replacing or deleting it finds
-- its rows through these instead of a doc_id index on every source table,
-- which would cost an extra b-tree insert per row on the hot write path.
CREATE TABLE documents(
	id TEXT PRIMARY KEY,
	uri TEXT NOT NULL UNIQUE,
	title TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL, lang TEXT NOT NULL,
	audience INTEGER NOT NULL, source TEXT NOT NULL, version TEXT NOT NULL,
	ingested_at INTEGER NOT NULL, meta TEXT,
	chunks INTEGER NOT NULL, facts INTEGER NOT NULL,
	chunk_lo INTEGER NOT NULL, chunk_hi INTEGER NOT NULL,
	efts_lo INTEGER NOT NULL, efts_hi INTEGER NOT NULL,
	entity_ids TEXT NOT NULL, relation_ids TEXT NOT NULL
) WITHOUT ROWID;

-- n is the rowid shared with chunk_fts and the in-memory vector index.
CREATE TABLE chunks(
	n INTEGER PRIMARY KEY,
	id TEXT NOT NULL UNIQUE,
	doc_id TEXT NOT NULL,
	ordinal INTEGER NOT NULL, text TEXT NOT NULL, section TEXT, page INTEGER NOT NULL,
	lang TEXT NOT NULL, kind TEXT NOT NULL, audience INTEGER NOT NULL,
	embedding BLOB
);

-- Text is stored pre-segmented by textseg (words and CJK bigrams separated
-- by spaces), so the plain unicode61 tokenizer sees the same tokens as the
-- query side. Contentless: the text already lives in chunks. aud holds the
-- chunk's audience as a token ("a0".."a3"), so the clearance filter runs
-- inside the index and a search ranks and cuts to the limit without
-- touching the chunk rows of every match.
CREATE VIRTUAL TABLE chunk_fts USING fts5(seg, aud, content='', contentless_delete=1);

-- An entity's id is its type and normalized name (kg.EntityID), so an
-- exact name lookup is a primary-key probe per type and needs no index.
CREATE TABLE entities(
	id TEXT PRIMARY KEY,
	type TEXT NOT NULL, name TEXT NOT NULL,
	audience INTEGER NOT NULL
) WITHOUT ROWID;

-- One row per entity and asserting document; chunks is a JSON array.
CREATE TABLE entity_sources(
	entity_id TEXT NOT NULL, doc_id TEXT NOT NULL,
	audience INTEGER NOT NULL,
	chunks TEXT NOT NULL, props TEXT, aliases TEXT,
	PRIMARY KEY(entity_id, doc_id)
) WITHOUT ROWID;

-- Name and aliases per entity source, with that source's audience, so an
-- alias is only found by callers cleared for the document that gave it.
CREATE VIRTUAL TABLE entity_fts USING fts5(seg, entity_id UNINDEXED, audience UNINDEXED);

-- Exact lookup of aliases, and of names that are not the id's own.
CREATE TABLE entity_aliases(
	norm TEXT NOT NULL, entity_id TEXT NOT NULL,
	doc_id TEXT NOT NULL REFERENCES documents(id), audience INTEGER NOT NULL
);
CREATE INDEX entity_aliases_norm ON entity_aliases(norm);
CREATE INDEX entity_aliases_doc ON entity_aliases(doc_id);

CREATE TABLE relations(
	id TEXT PRIMARY KEY,
	type TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL,
	audience INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX relations_src ON relations(src, type);
CREATE INDEX relations_dst ON relations(dst, type);

CREATE TABLE relation_sources(
	rel_id TEXT NOT NULL, doc_id TEXT NOT NULL,
	audience INTEGER NOT NULL,
	chunks TEXT NOT NULL, props TEXT,
	PRIMARY KEY(rel_id, doc_id)
) WITHOUT ROWID;`,

	// entity_fts without its docsize table: one b-tree insert less per
	// entity written. bm25 then measures a matching row by tokenizing its
	// stored text, which for a name and a few aliases costs next to nothing.
	`CREATE VIRTUAL TABLE entity_fts_next USING fts5(seg, entity_id UNINDEXED, audience UNINDEXED, columnsize=0);
INSERT INTO entity_fts_next(rowid, seg, entity_id, audience) SELECT rowid, seg, entity_id, audience FROM entity_fts;
DROP TABLE entity_fts;
ALTER TABLE entity_fts_next RENAME TO entity_fts;`,

	// How many chunks hold each term, read from the index itself, so a
	// search can tell the few terms that select from the many that do not.
	`CREATE VIRTUAL TABLE chunk_vocab USING fts5vocab(chunk_fts, 'row');`,

	// Headings and document titles get their own column, ranked with a
	// boost: a passage that names its subject only in its heading is
	// found by that name. reindexHeads fills it from the chunks.
	`CREATE VIRTUAL TABLE chunk_fts_next USING fts5(seg, aud, head, content='', contentless_delete=1);`,

	// Heading terms most of a document's passages share leave the head
	// column (see docHeads); reindexHeads rebuilds it.
	`CREATE VIRTUAL TABLE chunk_fts_next USING fts5(seg, aud, head, content='', contentless_delete=1);`,

	// Each source keeps the name it gives an entity, so that the display
	// name can follow the lowest audience when a source comes or goes.
	`ALTER TABLE entity_sources ADD COLUMN name TEXT;`,
}

// migrationSteps run in Go right after the migration of the same index,
// for what SQL alone cannot compute (text segmented by textseg).
var migrationSteps = map[int]func(context.Context, *sql.Tx) error{
	3: reindexHeads,
	4: reindexHeads,
}

func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)`); err != nil {
		return err
	}
	var version int
	err = tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&version)
	switch {
	case err == sql.ErrNoRows:
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version VALUES (0)`); err != nil {
			return err
		}
	case err != nil:
		return err
	}
	if version > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this kgassist knows (%d); upgrade kgassist", version, len(migrations))
	}
	for i := version; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if step, ok := migrationSteps[i]; ok {
			if err := step(ctx, tx); err != nil {
				return fmt.Errorf("migration %d: %w", i+1, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, len(migrations)); err != nil {
		return err
	}
	return tx.Commit()
}
