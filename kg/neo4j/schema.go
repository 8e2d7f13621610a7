package neo4j

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/internal/neo4jdb"
	"github.com/kgassist/kgassist/kg"
)

// Index names, referred to by the read queries.
const (
	chunkTextIndex   = "kg_chunk_seg"
	mentionIndex     = "kg_mention_names"
	chunkVectorIndex = "kg_chunk_embedding"
)

// schema is created on every Open; IF NOT EXISTS makes it idempotent.
var schema = []string{
	"CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
	"CREATE INDEX kg_document_uri IF NOT EXISTS FOR (d:Document) ON (d.uri)",
	"CREATE CONSTRAINT kg_chunk_id IF NOT EXISTS FOR (c:Chunk) REQUIRE c.id IS UNIQUE",
	"CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
	"CREATE INDEX kg_entity_norm IF NOT EXISTS FOR (e:Entity) ON (e.norm)",
	"CREATE CONSTRAINT kg_rel_id IF NOT EXISTS FOR (r:Rel) REQUIRE r.id IS UNIQUE",
	"CREATE INDEX kg_rel_from IF NOT EXISTS FOR (r:Rel) ON (r.from)",
	"CREATE INDEX kg_rel_to IF NOT EXISTS FOR (r:Rel) ON (r.to)",
	"CREATE CONSTRAINT kg_meta_key IF NOT EXISTS FOR (m:KgMeta) REQUIRE m.key IS UNIQUE",
}

// The fulltext indexes use a whitespace analyzer over textseg.Segment
// output (see the package doc) and are eventually consistent: Lucene is
// updated after a transaction commits, not inside it, which took most of
// an import's time, and Commit waits for the refresh before it returns
// (awaitSearch). A chunk's seg holds its headings and document title
// besides its text (chunkSeg). Names are
// indexed per source so that an alias only a restricted document asserts
// cannot make an entity findable by a public caller.
var fulltextIndexes = map[string]string{
	chunkTextIndex: "CREATE FULLTEXT INDEX " + chunkTextIndex + " IF NOT EXISTS FOR (c:Chunk) ON EACH [c.seg] " + fulltextOptions,
	mentionIndex:   "CREATE FULLTEXT INDEX " + mentionIndex + " IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON EACH [m.search] " + fulltextOptions,
}

const fulltextOptions = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: true}}"

func (s *Store) ensureSchema(ctx context.Context, cfg Config) error {
	const op = "neo4j.Open"
	if err := s.ensureFulltext(ctx); err != nil {
		return err
	}
	for _, stmt := range schema {
		if _, err := s.exec(ctx, op, stmt, nil); err != nil {
			return err
		}
	}
	if err := s.ensureVectorIndex(ctx); err != nil {
		return err
	}
	if err := s.checkEmbedder(ctx, cfg); err != nil {
		return err
	}
	_, err := s.exec(ctx, op, "CALL db.awaitIndexes(300)", nil)
	return err
}

// ensureFulltext creates the fulltext indexes, and rebuilds one that a
// graph written by an earlier version holds with synchronous updates; the
// rebuild runs in the background and Open waits for it (db.awaitIndexes).
// Chunks written before headings were indexed get them first
// (backfillHeads), so that the rebuilt index holds them.
func (s *Store) ensureFulltext(ctx context.Context) error {
	const op = "neo4j.Open"
	if err := s.backfillHeads(ctx); err != nil {
		return err
	}
	recs, err := s.exec(ctx, op, "SHOW FULLTEXT INDEXES YIELD name, options, properties WHERE name IN $names RETURN name, options, properties",
		map[string]any{"names": []string{chunkTextIndex, mentionIndex}})
	if err != nil {
		return err
	}
	for _, r := range recs {
		name, _ := r.Values[0].(string)
		m, _ := r.Values[1].(map[string]any)
		cfg, _ := m["indexConfig"].(map[string]any)
		ec, _ := cfg["fulltext.eventually_consistent"].(bool)
		otherFields := name == chunkTextIndex && len(anyStrings(r.Values[2])) != 1
		if !ec || otherFields {
			if _, err := s.exec(ctx, op, "DROP INDEX "+name+" IF EXISTS", nil); err != nil {
				return err
			}
		}
	}
	for _, name := range sortedKeys(fulltextIndexes) {
		if _, err := s.exec(ctx, op, fulltextIndexes[name], nil); err != nil {
			return err
		}
	}
	return nil
}

// exec runs a schema or administrative statement on the leader.
func (s *Store) exec(ctx context.Context, op, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	recs, err := neo4jdb.Query(ctx, s.driver, s.db, cypher, params)
	return recs, mapErr(op, err)
}

// ensureVectorIndex creates the cosine index, or refuses a store whose
// existing index was built for vectors of another size.
func (s *Store) ensureVectorIndex(ctx context.Context) error {
	const op = "neo4j.Open"
	if s.dims == 0 {
		return nil
	}
	recs, err := s.exec(ctx, op, "SHOW INDEXES YIELD name, options WHERE name = $name RETURN options", map[string]any{"name": chunkVectorIndex})
	if err != nil {
		return err
	}
	if len(recs) > 0 {
		have := vectorDims(recs[0].Values[0])
		if have != s.dims {
			return kg.Errorf(kg.EINVALID, "%s: vector index %s holds %d-dimensional embeddings, configured embedder has %d: run `kgassist reembed` to re-embed the graph, or configure the original embedder",
				op, chunkVectorIndex, have, s.dims)
		}
		return nil
	}
	// dims is an int checked by Open, so formatting it is not injection;
	// index options do not accept parameters.
	stmt := fmt.Sprintf("CREATE VECTOR INDEX %s IF NOT EXISTS FOR (c:Chunk) ON (c.embedding) "+
		"OPTIONS {indexConfig: {`vector.dimensions`: %d, `vector.similarity_function`: 'cosine'}}", chunkVectorIndex, s.dims)
	_, err = s.exec(ctx, op, stmt, nil)
	return err
}

func vectorDims(options any) int {
	m, _ := options.(map[string]any)
	cfg, _ := m["indexConfig"].(map[string]any)
	switch v := cfg["vector.dimensions"].(type) {
	case int64:
		return int(v)
	case float64:
		return int(v)
	}
	return 0
}

// checkEmbedder records the embedder on first use and refuses another one.
func (s *Store) checkEmbedder(ctx context.Context, cfg Config) error {
	const op = "neo4j.Open"
	if cfg.EmbedderName == "" {
		return nil
	}
	recs, err := s.exec(ctx, op, `MERGE (m:KgMeta {key: 'embedder'})
ON CREATE SET m.name = $name, m.dimensions = $dims
RETURN m.name, m.dimensions`, map[string]any{"name": cfg.EmbedderName, "dims": cfg.Dimensions})
	if err != nil {
		return err
	}
	name, _ := recs[0].Values[0].(string)
	if name != cfg.EmbedderName {
		return kg.Errorf(kg.EINVALID, "%s: the graph holds embeddings from %q, configured embedder is %q: run `kgassist reembed` to re-embed the graph, or configure the original embedder",
			op, name, cfg.EmbedderName)
	}
	return nil
}
