package sqlite

import (
	"context"
	"database/sql"
	"strconv"

	"github.com/kgassist/kgassist/kg"
)

// checkEmbedder compares the configured embedder with the one recorded in
// the file. Vectors of two models live in unrelated spaces: mixing them
// would return confident nonsense, so a mismatch is refused outright.
func (s *Store) checkEmbedder(ctx context.Context) error {
	name, dims, err := s.recordedEmbedder(ctx, s.db)
	if err != nil {
		return err
	}
	if dims != 0 && s.cfg.dims != 0 && dims != s.cfg.dims ||
		name != "" && s.cfg.embedder != "" && name != s.cfg.embedder {
		return kg.Errorf(kg.EINVALID,
			"store %s holds embeddings of %q (%d dimensions) but kgassist is configured with %q (%d dimensions): run `kgassist reembed` to re-embed it (resumable; the store keeps answering meanwhile), or configure the original embedder",
			s.path, name, dims, s.cfg.embedder, s.cfg.dims)
	}
	if s.cfg.dims == 0 {
		s.cfg.dims = dims
	}
	if s.cfg.embedder == "" {
		s.cfg.embedder = name
	}
	s.dims.Store(int32(s.cfg.dims))
	return s.recordEmbedder(ctx, s.db)
}

type execQuerier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) recordedEmbedder(ctx context.Context, q execQuerier) (string, int, error) {
	name, err := metaValue(ctx, q, "embedder")
	if err != nil {
		return "", 0, err
	}
	d, err := metaValue(ctx, q, "dimensions")
	if err != nil || d == "" {
		return name, 0, err
	}
	dims, err := strconv.Atoi(d)
	return name, dims, err
}

func (s *Store) recordEmbedder(ctx context.Context, q execQuerier) error {
	if s.cfg.embedder != "" {
		if err := setMeta(ctx, q, "embedder", s.cfg.embedder); err != nil {
			return err
		}
	}
	if d := s.dims.Load(); d != 0 {
		return setMeta(ctx, q, "dimensions", strconv.Itoa(int(d)))
	}
	return nil
}

func metaValue(ctx context.Context, q execQuerier, key string) (string, error) {
	var v string
	err := q.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return v, err
}

func setMeta(ctx context.Context, q execQuerier, key, value string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}
