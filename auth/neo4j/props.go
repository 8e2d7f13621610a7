package neo4jauth

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// props is a node's properties as a query returned them (n {.*}); a
// missing property reads as the zero value.
type props map[string]any

// first returns the first column of the first record as props.
func first(recs []*neo4j.Record) (props, bool) {
	if len(recs) == 0 {
		return nil, false
	}
	m, ok := recs[0].Values[0].(map[string]any)
	return props(m), ok
}

func column(recs []*neo4j.Record) []props {
	out := make([]props, 0, len(recs))
	for _, r := range recs {
		if m, ok := r.Values[0].(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func (p props) str(k string) string  { s, _ := p[k].(string); return s }
func (p props) i64(k string) int64   { n, _ := p[k].(int64); return n }
func (p props) num(k string) int     { return int(p.i64(k)) }
func (p props) f64(k string) float64 { f, _ := p[k].(float64); return f }
func (p props) has(k string) bool    { return p[k] != nil }

func (p props) strs(k string) []string {
	l, ok := p[k].([]any)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(l))
	for _, v := range l {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// newest lists the newest nodes of label (numbered by their id property),
// at most limit, made into records by from.
func newest[T any](ctx context.Context, b *Backend, op, label string, limit int, from func(props) T) ([]T, error) {
	recs, err := b.query(ctx, op, `MATCH (n:`+label+`) RETURN n {.*} ORDER BY n.id DESC LIMIT $limit`,
		map[string]any{"limit": int64(limit)})
	if err != nil {
		return nil, err
	}
	out := []T{}
	for _, p := range column(recs) {
		out = append(out, from(p))
	}
	return out, nil
}
