package kg

import (
	"context"
	"time"
)

// CypherReader is an optional ability of stores that speak Cypher (the
// Neo4j store): run one read-only query an engineer asked for. It is found
// by type assertion; stores without it cannot answer such queries.
//
// The query text is untrusted (a language model wrote it from a question),
// so an implementation must refuse anything but one read-only statement,
// run it in a read transaction bounded by Timeout and MaxRows, and refuse a
// caller whose clearance does not cover everything the query could reach:
// a free query cannot be filtered by audience the way Reader methods are.
type CypherReader interface {
	ReadCypher(ctx context.Context, q CypherQuery) (*CypherResult, error)
}

// CypherQuery is one query and the bounds it runs under.
type CypherQuery struct {
	Text      string
	Params    map[string]any
	Clearance Audience
	// MaxRows bounds the rows returned; more, or rows past
	// MaxCypherResultBytes, make the result Truncated.
	// 0 means DefaultCypherRows; it is capped at MaxCypherRows.
	MaxRows int
	// Timeout bounds the transaction on the server; 0 means DefaultCypherTimeout.
	Timeout time.Duration
}

// Bounds of a Cypher query.
const (
	DefaultCypherRows    = 100
	MaxCypherRows        = 1000
	DefaultCypherTimeout = 5 * time.Second
	MaxCypherTimeout     = 30 * time.Second
	// MaxCypherResultBytes bounds a result's JSON: one row can collect a
	// whole graph into a list.
	MaxCypherResultBytes = 4 << 20
)

// Bounded returns q with its row limit and timeout defaulted and capped.
func (q CypherQuery) Bounded() CypherQuery {
	if q.MaxRows <= 0 {
		q.MaxRows = DefaultCypherRows
	}
	q.MaxRows = min(q.MaxRows, MaxCypherRows)
	if q.Timeout <= 0 {
		q.Timeout = DefaultCypherTimeout
	}
	q.Timeout = min(q.Timeout, MaxCypherTimeout)
	return q
}

// CypherResult is a query's rows, with values in JSON-friendly form:
// nodes as {labels, props}, relationships as {type, start, end, props},
// paths as {nodes, relationships}.
type CypherResult struct {
	Columns   []string `json:"columns"`
	Rows      [][]any  `json:"rows"`
	Truncated bool     `json:"truncated"`
	// QueryType is what the server's planner said the query does ("r").
	QueryType string `json:"query_type"`
}
