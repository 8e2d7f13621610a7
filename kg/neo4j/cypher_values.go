package neo4j

import (
	"math"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// hiddenProps are stored for the store's own reads and mean nothing to an
// engineer: vectors, segmented search text, per-source JSON.
var hiddenProps = map[string]bool{"embedding": true, "embedding_next": true, "seg": true, "head": true, "search": true}

func jsonRow(vals []any) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = jsonValue(v)
	}
	return out
}

// jsonValue turns a driver value into one encoding/json writes faithfully.
func jsonValue(v any) any {
	switch x := v.(type) {
	case neo4j.Node:
		return map[string]any{"element_id": x.ElementId, "labels": x.Labels, "props": jsonProps(x.Props)}
	case neo4j.Relationship:
		return jsonRel(x)
	case neo4j.Path:
		return jsonPath(x)
	case []any:
		return jsonRow(x)
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = jsonValue(e)
		}
		return out
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strconv.FormatFloat(x, 'g', -1, 64) // JSON has no NaN
		}
		return x
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Date, dbtype.LocalTime, dbtype.LocalDateTime, dbtype.Time, dbtype.Duration, dbtype.Point2D, dbtype.Point3D:
		return x.(interface{ String() string }).String()
	}
	return v
}

func jsonProps(props map[string]any) map[string]any {
	out := make(map[string]any, len(props))
	for k, v := range props {
		if !hiddenProps[k] {
			out[k] = jsonValue(v)
		}
	}
	return out
}

func jsonRel(r neo4j.Relationship) map[string]any {
	return map[string]any{"type": r.Type, "start": r.StartElementId, "end": r.EndElementId, "props": jsonProps(r.Props)}
}

func jsonPath(p neo4j.Path) map[string]any {
	nodes := make([]any, len(p.Nodes))
	for i, n := range p.Nodes {
		nodes[i] = jsonValue(n)
	}
	rels := make([]any, len(p.Relationships))
	for i, r := range p.Relationships {
		rels[i] = jsonRel(r)
	}
	return map[string]any{"nodes": nodes, "relationships": rels}
}
