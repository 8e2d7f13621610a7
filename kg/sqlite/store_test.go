package sqlite_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/kg/storetest"
)

func openTemp(t *testing.T, opts ...sqlite.Option) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kg.Store {
		return openTemp(t, sqlite.WithDimensions(storetest.Dim), sqlite.WithEmbedderName("fixture"))
	})
}

func TestReopenWithAnotherEmbedder(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg.db")
	s, err := sqlite.Open(ctx, path, sqlite.WithDimensions(8), sqlite.WithEmbedderName("local-hash"))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, opts := range [][]sqlite.Option{
		{sqlite.WithDimensions(16), sqlite.WithEmbedderName("local-hash")},
		{sqlite.WithDimensions(8), sqlite.WithEmbedderName("text-embedding-3-small")},
	} {
		_, err := sqlite.Open(ctx, path, opts...)
		if !errors.Is(err, kg.ErrInvalid) {
			t.Errorf("reopen with another embedder: got %v, want EINVALID", err)
		}
	}
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen without options: %v", err)
	}
	defer s.Close()
	_, err = s.NearestChunks(ctx, kg.Public, make([]float32, 16), 1)
	if !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("query of 16 dimensions on an 8-dimensional store: got %v, want EINVALID", err)
	}
}
