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

CREATE TABLE documents(
	id TEXT PRIMARY KEY,
	uri TEXT NOT NULL UNIQUE,
	title TEXT NOT NULL, sha256 TEXT NOT NULL, format TEXT NOT NULL, lang TEXT NOT NULL,
	audience INTEGER NOT NULL, source TEXT NOT NULL, version TEXT NOT NULL,
	ingested_at INTEGER NOT NULL, meta TEXT,
	chunks INTEGER NOT NULL, facts INTEGER NOT NULL
) WITHOUT ROWID;

-- n is the rowid shared with chunk_fts and the in-memory vector index.
CREATE TABLE chunks(
	n INTEGER PRIMARY KEY,
	id TEXT NOT NULL UNIQUE,
	doc_id TEXT NOT NULL REFERENCES documents(id),
	ordinal INTEGER NOT NULL, text TEXT NOT NULL, section TEXT, page INTEGER NOT NULL,
	lang TEXT NOT NULL, kind TEXT NOT NULL, audience INTEGER NOT NULL,
	embedding BLOB
);
CREATE INDEX chunks_doc ON chunks(doc_id);

-- Text is stored pre-segmented by textseg (words and CJK bigrams separated
-- by spaces), so the plain unicode61 tokenizer sees the same tokens as the
-- query side. Contentless: the text already lives in chunks.
CREATE VIRTUAL TABLE chunk_fts USING fts5(seg, content='', contentless_delete=1);

CREATE TABLE entities(
	id TEXT PRIMARY KEY,
	type TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL,
	audience INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX entities_norm ON entities(norm);

-- One row per entity and asserting document; chunks is a JSON array.
CREATE TABLE entity_sources(
	n INTEGER PRIMARY KEY,
	entity_id TEXT NOT NULL,
	doc_id TEXT NOT NULL REFERENCES documents(id),
	audience INTEGER NOT NULL,
	chunks TEXT NOT NULL, props TEXT, aliases TEXT
);
CREATE UNIQUE INDEX entity_sources_entity ON entity_sources(entity_id, doc_id);
CREATE INDEX entity_sources_doc ON entity_sources(doc_id);

-- Name and aliases of each entity source; rowid = entity_sources.n, so
-- an alias is only found by callers cleared for the document that gave it.
CREATE VIRTUAL TABLE entity_fts USING fts5(seg, content='', contentless_delete=1);

CREATE TABLE entity_aliases(
	norm TEXT NOT NULL, entity_id TEXT NOT NULL,
	doc_id TEXT NOT NULL, audience INTEGER NOT NULL
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
	rel_id TEXT NOT NULL,
	doc_id TEXT NOT NULL REFERENCES documents(id),
	audience INTEGER NOT NULL,
	chunks TEXT NOT NULL, props TEXT,
	PRIMARY KEY(rel_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX relation_sources_doc ON relation_sources(doc_id);`,
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
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, len(migrations)); err != nil {
		return err
	}
	return tx.Commit()
}
