package neo4jauth

import (
	"context"
	"errors"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// mapErr gives driver errors a kg code: an unreachable or overloaded server
// is EUNAVAILABLE, so callers answer 503 and retry. Messages never repeat
// the server's text; the cause stays in Err for logs.
func mapErr(op string, err error) error {
	if err == nil {
		return nil
	}
	var kerr *kg.Error
	switch {
	case errors.As(err, &kerr), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return kg.Wrap(op, err)
	case neo4j.IsConnectivityError(err):
		return &kg.Error{Code: kg.EUNAVAILABLE, Op: op, Message: "neo4j unavailable", Err: err}
	case neo4j.IsTransactionExecutionLimit(err):
		return &kg.Error{Code: kg.EUNAVAILABLE, Op: op, Message: "neo4j unavailable: retries exhausted", Err: err}
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		switch {
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Security."):
			return &kg.Error{Code: kg.EUNAVAILABLE, Op: op, Message: "neo4j unavailable: authentication failed", Err: err}
		case strings.HasPrefix(nerr.Code, "Neo.TransientError."), strings.HasPrefix(nerr.Code, "Neo.ClientError.Cluster."):
			return &kg.Error{Code: kg.EUNAVAILABLE, Op: op, Message: "neo4j unavailable: " + nerr.Code, Err: err}
		}
		return &kg.Error{Code: kg.EINTERNAL, Op: op, Message: "neo4j query failed: " + nerr.Code, Err: err}
	}
	return &kg.Error{Code: kg.EINTERNAL, Op: op, Message: "neo4j driver error", Err: err}
}
