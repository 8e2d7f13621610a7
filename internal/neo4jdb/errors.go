package neo4jdb

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// MapError gives driver errors a kg code: an unreachable or overloaded
// server is EUNAVAILABLE, so callers answer 503 and retry. Messages never
// repeat the server's text, which may quote the Cypher statement; the
// cause stays in Err for logs.
func MapError(op string, err error) error {
	if err == nil {
		return nil
	}
	var kerr *kg.Error
	switch {
	case errors.As(err, &kerr):
		return kg.Wrap(op, err)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return kg.Wrap(op, err)
	case neo4j.IsConnectivityError(err):
		return &kg.Error{Code: kg.EUNAVAILABLE, Op: op, Message: "neo4j unavailable: " + connectivityReason(err), Err: err}
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
	if neo4j.IsTransactionExecutionLimit(err) {
		return &kg.Error{Code: kg.EUNAVAILABLE, Op: op, Message: "neo4j unavailable: retries exhausted", Err: err}
	}
	return &kg.Error{Code: kg.EINTERNAL, Op: op, Message: "neo4j driver error", Err: err}
}

// MapCtxError is MapError for a call made under ctx: once ctx's deadline
// has passed, whatever the driver reports (a read that timed out is a
// connectivity error to it, a pool wait a pool timeout) is a timeout.
func MapCtxError(ctx context.Context, op string, err error) error {
	var kerr *kg.Error
	if err != nil && PastDeadline(ctx) && !errors.As(err, &kerr) {
		return &kg.Error{Code: kg.ETIMEOUT, Op: op, Message: "neo4j: the operation ran past its deadline", Err: err}
	}
	return MapError(op, err)
}

// PastDeadline says whether ctx's deadline has come. It reads the clock
// rather than ctx.Err(): a socket deadline set from ctx can fire a moment
// before the context's own timer.
func PastDeadline(ctx context.Context) bool {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return true
	}
	d, ok := ctx.Deadline()
	return ok && !time.Now().Before(d)
}

// connectivityReason keeps the driver's description of a connection
// failure (address, refusal), which helps an operator and holds no Cypher.
func connectivityReason(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && len(msg)-i < 200 {
		return msg[i+2:]
	}
	return "cannot connect"
}
