package sqlite

import (
	"context"
	"database/sql"
	"strconv"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.Reembedder = (*Store)(nil)

// EmbeddedWith implements kg.Reembedder.
func (s *Store) EmbeddedWith(ctx context.Context) (string, int, error) {
	name, dims, err := s.recordedEmbedder(ctx, s.db)
	return name, dims, kg.Wrap("sqlite.EmbeddedWith", err)
}

// reembedBatch is how many chunk texts go to the embedder per call.
const reembedBatch = 128

// Reembed implements kg.Reembedder. New vectors are staged in their own
// table, committed batch by batch, so a crash loses at most one batch and
// the store stays consistent with its recorded embedder throughout; the
// swap into the chunks happens in one transaction at the end.
func (s *Store) Reembed(ctx context.Context, e kg.Embedder, progress func(done, total int)) (int, error) {
	target := e.Name() + "\x00" + strconv.Itoa(e.Dimensions())
	if err := s.stageFor(ctx, target); err != nil {
		return 0, kg.Wrap("sqlite.Reembed", err)
	}
	embedded, err := s.stageMissing(ctx, e, progress)
	if err != nil {
		return embedded, kg.Wrap("sqlite.Reembed", err)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	// Chunks written by other processes while staging get their vectors
	// here, under the write lock, so none is left with an old one.
	n, err := s.stageMissing(ctx, e, nil)
	embedded += n
	if err != nil {
		return embedded, kg.Wrap("sqlite.Reembed", err)
	}
	return embedded, kg.Wrap("sqlite.Reembed", s.swapStaged(ctx, e))
}

// stageFor prepares the staging table for target, dropping vectors staged
// for another model by an earlier, abandoned run.
func (s *Store) stageFor(ctx context.Context, target string) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS reembed_vectors(n INTEGER PRIMARY KEY, embedding BLOB NOT NULL)`); err != nil {
		return err
	}
	old, err := metaValue(ctx, s.db, "reembed_target")
	if err != nil || old == target {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM reembed_vectors`); err != nil {
		return err
	}
	if err := setMeta(ctx, tx, "reembed_target", target); err != nil {
		return err
	}
	return tx.Commit()
}

// stageMissing embeds, batch by batch, the chunks with no staged vector.
func (s *Store) stageMissing(ctx context.Context, e kg.Embedder, progress func(done, total int)) (int, error) {
	var total, done int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM chunks WHERE embedding IS NOT NULL),
		(SELECT count(*) FROM reembed_vectors r JOIN chunks c ON c.n = r.n)`).Scan(&total, &done)
	if err != nil {
		return 0, err
	}
	embedded := 0
	for {
		ns, texts, err := s.unstaged(ctx)
		if err != nil || len(ns) == 0 {
			return embedded, err
		}
		vecs, err := e.Embed(ctx, texts)
		if err != nil {
			return embedded, err
		}
		if err := s.stage(ctx, ns, vecs, e.Dimensions()); err != nil {
			return embedded, err
		}
		embedded += len(ns)
		done += len(ns)
		if progress != nil {
			progress(done, total)
		}
	}
}

func (s *Store) unstaged(ctx context.Context) ([]int64, []string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.n, c.text FROM chunks c
		WHERE c.embedding IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reembed_vectors r WHERE r.n = c.n)
		ORDER BY c.n LIMIT ?`, reembedBatch)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var ns []int64
	var texts []string
	for rows.Next() {
		var n int64
		var t string
		if err := rows.Scan(&n, &t); err != nil {
			return nil, nil, err
		}
		ns, texts = append(ns, n), append(texts, t)
	}
	return ns, texts, rows.Err()
}

func (s *Store) stage(ctx context.Context, ns []int64, vecs [][]float32, dims int) error {
	if len(vecs) != len(ns) {
		return kg.Errorf(kg.EINTERNAL, "the embedder returned %d vectors for %d texts", len(vecs), len(ns))
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for i, n := range ns {
		if len(vecs[i]) != dims {
			return kg.Errorf(kg.EINVALID, "the embedder returned a %d-dimensional vector, it declares %d", len(vecs[i]), dims)
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO reembed_vectors(n, embedding) VALUES (?, ?)`, n, encodeVector(vecs[i])); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// swapStaged moves the staged vectors into the chunks and records the new
// embedder, in one transaction; the in-memory index reloads on next use.
func (s *Store) swapStaged(ctx context.Context, e kg.Embedder) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmts := []string{
		`UPDATE chunks SET embedding = (SELECT r.embedding FROM reembed_vectors r WHERE r.n = chunks.n) WHERE embedding IS NOT NULL`,
		`DROP TABLE reembed_vectors`,
		`DELETE FROM meta WHERE key = 'reembed_target'`,
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	if err := setMeta(ctx, tx, "embedder", e.Name()); err != nil {
		return err
	}
	if err := setMeta(ctx, tx, "dimensions", strconv.Itoa(e.Dimensions())); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.cfg.embedder, s.cfg.dims = e.Name(), e.Dimensions()
	s.dims.Store(int32(e.Dimensions()))
	s.vec.reset()
	return nil
}

// reset forgets the loaded vectors, so the next search reads them anew.
func (v *vectorIndex) reset() {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.loaded, v.dims, v.data, v.ns, v.aud, v.pos = false, 0, nil, nil, nil, nil
}

var _ execQuerier = (*sql.Tx)(nil)
