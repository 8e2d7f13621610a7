package neo4j

import (
	"context"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.Reembedder = (*Store)(nil)

const reembedBatch = 128

// EmbeddedWith implements kg.Reembedder.
func (s *Store) EmbeddedWith(ctx context.Context) (string, int, error) {
	recs, err := s.read(ctx, "neo4j.EmbeddedWith", `OPTIONAL MATCH (m:KgMeta {key: 'embedder'}) RETURN m.name, m.dimensions`, nil)
	if err != nil || len(recs) == 0 {
		return "", 0, err
	}
	name, _ := recs[0].Values[0].(string)
	dims, _ := recs[0].Values[1].(int64)
	return name, int(dims), nil
}

// Reembed implements kg.Reembedder. New vectors are staged on each chunk
// as embedding_next, batch by batch, so a crash loses at most one batch;
// the swap, the recorded embedder and the vector index change at the end.
// Between dropping the old index and building the new one, vector search
// falls back to an exact scan.
func (s *Store) Reembed(ctx context.Context, e kg.Embedder, progress func(done, total int)) (int, error) {
	const op = "neo4j.Reembed"
	target := e.Name() + "\x00" + strconv.Itoa(e.Dimensions())
	if _, err := s.exec(ctx, op, `MERGE (m:KgMeta {key: 'reembed'})
WITH m, coalesce(m.target, '') <> $target AS stale SET m.target = $target
WITH stale WHERE stale
MATCH (c:Chunk) WHERE c.embedding_next IS NOT NULL REMOVE c.embedding_next`, map[string]any{"target": target}); err != nil {
		return 0, err
	}
	recs, err := s.read(ctx, op, `MATCH (c:Chunk) WHERE c.embedding IS NOT NULL RETURN count(c), count(c.embedding_next)`, nil)
	if err != nil {
		return 0, err
	}
	total, done := int(recs[0].Values[0].(int64)), int(recs[0].Values[1].(int64))
	embedded := 0
	for {
		n, err := s.stageBatch(ctx, e)
		embedded += n
		if err != nil {
			return embedded, kg.Wrap(op, err)
		}
		if n == 0 {
			break
		}
		if done += n; progress != nil {
			progress(done, total)
		}
	}
	return embedded, s.swapStaged(ctx, e)
}

func (s *Store) stageBatch(ctx context.Context, e kg.Embedder) (int, error) {
	const op = "neo4j.Reembed"
	recs, err := s.read(ctx, op, `MATCH (c:Chunk) WHERE c.embedding IS NOT NULL AND c.embedding_next IS NULL
RETURN c.id, c.text ORDER BY c.id LIMIT $n`, map[string]any{"n": int64(reembedBatch)})
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	texts := make([]string, len(recs))
	for i, r := range recs {
		texts[i], _ = r.Values[1].(string)
	}
	vecs, err := e.Embed(ctx, texts)
	if err != nil {
		return 0, err
	}
	if len(vecs) != len(recs) {
		return 0, kg.Errorf(kg.EINTERNAL, "the embedder returned %d vectors for %d texts", len(vecs), len(recs))
	}
	rows := make([]any, len(recs))
	for i, r := range recs {
		if len(vecs[i]) != e.Dimensions() {
			return 0, kg.Errorf(kg.EINVALID, "the embedder returned a %d-dimensional vector, it declares %d", len(vecs[i]), e.Dimensions())
		}
		rows[i] = map[string]any{"id": r.Values[0], "vec": float64s(vecs[i])}
	}
	_, err = s.exec(ctx, op, `UNWIND $rows AS r MATCH (c:Chunk {id: r.id}) SET c.embedding_next = r.vec`, map[string]any{"rows": rows})
	return len(recs), err
}

// swapStaged moves the staged vectors into place and records the new
// embedder in one transaction, then rebuilds the vector index for the new
// dimension.
func (s *Store) swapStaged(ctx context.Context, e kg.Embedder) error {
	const op = "neo4j.Reembed"
	if _, err := s.exec(ctx, op, "DROP INDEX "+chunkVectorIndex+" IF EXISTS", nil); err != nil {
		return err
	}
	err := s.write(ctx, op, func(tx neo4j.ManagedTransaction) error {
		for _, q := range []string{
			`MATCH (c:Chunk) WHERE c.embedding_next IS NOT NULL SET c.embedding = c.embedding_next REMOVE c.embedding_next`,
			`MERGE (m:KgMeta {key: 'embedder'}) SET m.name = $name, m.dimensions = $dims`,
			`MATCH (m:KgMeta {key: 'reembed'}) DELETE m`,
		} {
			if _, err := run(ctx, tx, q, map[string]any{"name": e.Name(), "dims": int64(e.Dimensions())}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	s.dims = e.Dimensions()
	if err := s.ensureVectorIndex(ctx); err != nil {
		return err
	}
	// A new index fills in the background; until it is online it answers
	// from what it has indexed so far.
	_, err = s.exec(ctx, op, "CALL db.awaitIndex($name, 600)", map[string]any{"name": chunkVectorIndex})
	return err
}
