// Package hashembed is the local default embedder: feature hashing of words,
// CJK bigrams and Latin character trigrams into a fixed-size vector. It needs
// no model file and no network, is deterministic across machines, and gives
// vector search a useful notion of lexical overlap that tolerates inflection
// ("leaking" ~ "leaks") and CJK word boundaries.
package hashembed

import (
	"context"
	"hash/fnv"
	"math"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// DefaultDimensions is small enough for brute-force search over a few
// hundred thousand chunks and large enough to keep collisions rare.
const DefaultDimensions = 256

// Embedder implements kg.Embedder.
type Embedder struct{ dim int }

var _ kg.Embedder = (*Embedder)(nil)

// New returns an embedder with dim dimensions (DefaultDimensions when dim <= 0).
func New(dim int) *Embedder {
	if dim <= 0 {
		dim = DefaultDimensions
	}
	return &Embedder{dim: dim}
}

func (e *Embedder) Dimensions() int { return e.dim }
func (e *Embedder) Name() string    { return "hash-v1" }

// Embed never fails; the error is part of the kg.Embedder contract.
func (e *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		out[i] = e.Vector(t)
	}
	return out, nil
}

// Vector embeds one text.
func (e *Embedder) Vector(text string) []float32 {
	v := make([]float32, e.dim)
	textseg.Each(text, func(tok string) {
		if stopword(tok) {
			return
		}
		e.add(v, tok, 1)
		if r := []rune(tok); len(r) > 4 && !textseg.IsCJK(r[0]) {
			for i := 0; i+3 <= len(r); i++ {
				e.add(v, "#"+string(r[i:i+3]), 0.35)
			}
		}
	})
	normalize(v)
	return v
}

func (e *Embedder) add(v []float32, feature string, w float32) {
	h := fnv.New64a()
	h.Write([]byte(feature))
	x := h.Sum64()
	i := int(x % uint64(e.dim))
	if x&(1<<63) != 0 {
		w = -w
	}
	v[i] += w
}

func normalize(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	n := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= n
	}
}

var stop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "and": true, "or": true, "is": true,
	"are": true, "in": true, "on": true, "for": true, "with": true, "what": true, "how": true,
	"do": true, "does": true, "i": true, "it": true, "be": true, "by": true, "at": true, "this": true,
	"的": true, "是": true, "了": true, "吗": true, "呢": true, "什么": true, "多少": true,
}

func stopword(tok string) bool { return stop[tok] }
