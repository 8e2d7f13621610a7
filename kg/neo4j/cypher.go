package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

var _ kg.CypherReader = (*Store)(nil)

// An engineer's query ends by its server-side timeout; the client gives
// up clientGrace later, when the server could not say so in time (a
// loaded machine), and spends at most closeGrace rolling back. A caller
// waits at most Timeout+clientGrace+closeGrace.
const (
	clientGrace = 2 * time.Second
	closeGrace  = 2 * time.Second
)

// ReadCypher runs one read-only query for an engineer. Four things keep it
// safe, each independent of the others:
//
//  1. a static check refuses anything but one statement opening with a
//     reading clause, and every write keyword, LOAD CSV, USE, SHOW, and
//     procedure outside a small allowlist (checkCypher);
//  2. EXPLAIN must report the query type "r" (read only), and its plan
//     must start from the graph's labels, never touching operational
//     records (checkPlan);
//  3. it runs in a transaction opened in read access mode, which the
//     server refuses to write in, bounded by a server-side timeout;
//  4. at most MaxRows+1 records are pulled, and rows stop at
//     kg.MaxCypherResultBytes of JSON; the rest is never computed.
//
// Audience: a free query cannot be filtered by audience, so a caller below
// internal is refused, and so is any caller while the graph holds a
// document above the caller's clearance (checked before and after the
// query, in its transaction). Restricted clearance may always query.
func (s *Store) ReadCypher(ctx context.Context, q kg.CypherQuery) (*kg.CypherResult, error) {
	const op = "neo4j.ReadCypher"
	q = q.Bounded()
	if q.Clearance < kg.Internal || !q.Clearance.Valid() {
		return nil, kg.Errorf(kg.EFORBIDDEN, "%s: Cypher queries need internal clearance or above", op)
	}
	if err := checkCypher(q.Text); err != nil {
		return nil, refuse(op, err)
	}
	return s.runReadOnly(ctx, op, q)
}

// runReadOnly is ReadCypher after the static check: the server's checks
// and bounds alone.
func (s *Store) runReadOnly(ctx context.Context, op string, q kg.CypherQuery) (*kg.CypherResult, error) {
	return s.inReadTx(ctx, op, q, readChecked)
}

// inReadTx runs fn in a read access-mode transaction bounded by q's
// timeout and fetching q.MaxRows+1 records at a time.
func (s *Store) inReadTx(ctx context.Context, op string, q kg.CypherQuery, fn func(context.Context, neo4j.ExplicitTransaction, kg.CypherQuery) (*kg.CypherResult, error)) (*kg.CypherResult, error) {
	// The client deadline is a little later than the server's, so the
	// server's timeout normally ends the query and says so.
	tctx, cancel := context.WithTimeout(ctx, q.Timeout+clientGrace)
	defer cancel()
	// Closing sends a rollback on a connection that may have just timed
	// out: bound it too, so the caller's wait has a known end.
	cctx, ccancel := context.WithTimeout(context.WithoutCancel(ctx), closeGrace)
	defer ccancel()
	sess := s.driver.NewSession(tctx, neo4j.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      neo4j.AccessModeRead,
		FetchSize:       q.MaxRows + 1,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(cctx)
	// An explicit transaction rather than ExecuteRead: a refused or failed
	// query must not be retried, and rolling back drops a truncated
	// result without computing the rest of it.
	tx, err := sess.BeginTransaction(tctx, neo4j.WithTxTimeout(q.Timeout),
		neo4j.WithTxMetadata(map[string]any{"app": "kgassist", "op": "cypher"}))
	if err != nil {
		return nil, cypherErr(tctx, op, err)
	}
	defer tx.Close(cctx)
	res, err := fn(tctx, tx, q)
	if err != nil {
		return nil, cypherErr(tctx, op, err)
	}
	return res, nil
}

// readChecked runs the clearance and plan checks and then the query, all
// in tx.
func readChecked(ctx context.Context, tx neo4j.ExplicitTransaction, q kg.CypherQuery) (*kg.CypherResult, error) {
	if err := checkCoverage(ctx, tx, q.Clearance); err != nil {
		return nil, err
	}
	qtype, plan, err := planType(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	if qtype != neo4j.StatementTypeReadOnly {
		return nil, refusal("the server plans this query as " + qtype.String() + ", not read only")
	}
	if err := checkPlan(plan); err != nil {
		return nil, err
	}
	res, err := collect(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	if err := checkCoverage(ctx, tx, q.Clearance); err != nil {
		return nil, err
	}
	res.QueryType = "r"
	return res, nil
}

// planType asks the planner what the query does, without running it.
func planType(ctx context.Context, tx neo4j.ExplicitTransaction, q kg.CypherQuery) (neo4j.StatementType, neo4j.Plan, error) {
	res, err := tx.Run(ctx, "EXPLAIN "+q.Text, q.Params)
	if err != nil {
		return neo4j.StatementTypeUnknown, nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return neo4j.StatementTypeUnknown, nil, err
	}
	return sum.StatementType(), sum.Plan(), nil
}

// collect pulls at most MaxRows+1 records: one more than returned, to tell
// a result that fits from one that was cut.
func collect(ctx context.Context, tx neo4j.ExplicitTransaction, q kg.CypherQuery) (*kg.CypherResult, error) {
	res, err := tx.Run(ctx, q.Text, q.Params)
	if err != nil {
		return nil, err
	}
	keys, err := res.Keys()
	if err != nil {
		return nil, err
	}
	out := &kg.CypherResult{Columns: keys, Rows: [][]any{}}
	size := 0
	for res.Next(ctx) {
		if len(out.Rows) == q.MaxRows {
			out.Truncated = true
			return out, nil
		}
		row := jsonRow(res.Record().Values)
		b, err := json.Marshal(row)
		if err != nil {
			return nil, err
		}
		if size += len(b); size > kg.MaxCypherResultBytes {
			if len(out.Rows) == 0 {
				return nil, kg.Errorf(kg.ETOOLARGE, "one row of the result is larger than %d bytes", kg.MaxCypherResultBytes)
			}
			out.Truncated = true
			return out, nil
		}
		out.Rows = append(out.Rows, row)
	}
	return out, res.Err()
}

// checkCoverage refuses a caller who may not see every document: a free
// query could reach what such a caller must not see.
func checkCoverage(ctx context.Context, tx neo4j.ExplicitTransaction, clearance kg.Audience) error {
	if clearance >= kg.Restricted {
		return nil
	}
	res, err := tx.Run(ctx, "MATCH (d:Document) WHERE d.audience > $c RETURN count(d) > 0 AS hidden", map[string]any{"c": int64(clearance)})
	if err != nil {
		return err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return err
	}
	if hidden, _ := rec.Values[0].(bool); hidden {
		return kg.Errorf(kg.EFORBIDDEN, "the graph holds documents above %s clearance; Cypher queries need clearance to see the whole graph", clearance)
	}
	return nil
}

// refuse turns a static-check verdict into a kg error.
func refuse(op string, err error) error {
	var lerr lexError
	if errors.As(err, &lerr) {
		return &kg.Error{Code: kg.EINVALID, Op: op, Message: "query refused: " + lerr.Error(), Err: err}
	}
	return &kg.Error{Code: kg.EFORBIDDEN, Op: op, Message: "query refused: " + err.Error(), Err: err}
}
