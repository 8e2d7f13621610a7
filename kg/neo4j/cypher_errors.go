package neo4j

import (
	"context"
	"errors"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// cypherErr gives the errors of an engineer's query a code and a message
// that names the server's status code only: the server's own text may
// quote the query, which the caller may not be shown back (it may have
// come from a model, and errors end up in logs and answers).
func cypherErr(ctx context.Context, op string, err error) error {
	var r refusal
	var lerr lexError
	var kerr *kg.Error
	switch {
	case errors.As(err, &r), errors.As(err, &lerr):
		return refuse(op, err)
	case errors.As(err, &kerr):
		return kg.Wrap(op, err)
	case errors.Is(err, context.DeadlineExceeded), pastDeadline(ctx):
		return &kg.Error{Code: kg.ETIMEOUT, Op: op, Message: "the query ran past its time limit", Err: err}
	}
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) {
		return mapErr(op, err)
	}
	code, msg := classifyNeo4j(nerr.Code)
	if code == "" {
		return mapErr(op, err)
	}
	return &kg.Error{Code: code, Op: op, Message: msg + " (" + nerr.Code + ")", Err: err}
}

// classifyNeo4j maps the server's status codes an engineer's query can
// earn; "" leaves the error to mapErr.
func classifyNeo4j(status string) (code, msg string) {
	switch {
	case strings.HasPrefix(status, "Neo.ClientError.Transaction.TransactionTimedOut"),
		status == "Neo.TransientError.Transaction.Terminated",
		status == "Neo.ClientError.Transaction.Terminated":
		return kg.ETIMEOUT, "the query ran past its time limit"
	case status == "Neo.ClientError.Statement.AccessMode",
		strings.HasPrefix(status, "Neo.ClientError.Security."):
		return kg.EFORBIDDEN, "query refused: the server does not allow it in a read transaction"
	case strings.HasPrefix(status, "Neo.ClientError.Statement."),
		strings.HasPrefix(status, "Neo.ClientError.Procedure."),
		strings.HasPrefix(status, "Neo.ClientError.Schema."):
		return kg.EINVALID, "the query is not valid or failed"
	case strings.HasPrefix(status, "Neo.TransientError.General.MemoryPoolOutOfMemoryError"),
		strings.HasPrefix(status, "Neo.TransientError.General.TransactionMemoryLimit"):
		return kg.ETOOLARGE, "the query needs more memory than a transaction may use"
	}
	return "", ""
}
