// Package neo4jdb is the Neo4j plumbing that the graph store (kg/neo4j)
// and the operational store (auth/neo4j) share: the driver a process
// opens once, transactions that share its bookmarks, and driver errors
// mapped to kg codes, so every Neo4j failure a client sees reads the same.
package neo4jdb

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// Config says where the server is.
type Config struct {
	URI      string // bolt://host:7687, neo4j://host:7687 (routing), or their +s forms
	User     string
	Password string
}

// MaxRetryTime bounds how long the driver retries one transaction. Its
// default, 30 s, is the server's whole ask deadline: with Neo4j down, a
// question spent it retrying refused connections and failed as a timeout
// (504) instead of unavailable (503, retry later). With backoff doubling
// from a second, the last retry starts well inside the deadline.
const MaxRetryTime = 10 * time.Second

// Open makes a driver and checks that the server answers. The caller
// closes it, after every store that uses it.
func Open(ctx context.Context, cfg Config) (neo4j.DriverWithContext, error) {
	const op = "neo4jdb.Open"
	if cfg.URI == "" {
		return nil, kg.Errorf(kg.EINVALID, "%s: no Neo4j URI configured", op)
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *neo4j.Config) {
		c.MaxTransactionRetryTime = MaxRetryTime
	})
	if err != nil {
		return nil, kg.WrapCode(kg.EINVALID, op, err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, MapError(op, err)
	}
	return driver, nil
}

// Write runs fn in one managed write transaction on database db, retried
// on transient errors, sharing bookmarks with ExecuteQuery so that a read
// after the write sees it. The error is the driver's; callers map it.
func Write(ctx context.Context, d neo4j.DriverWithContext, db string, fn func(tx neo4j.ManagedTransaction) error) error {
	return transact(ctx, d, db, neo4j.AccessModeWrite, fn)
}

// Read runs fn in one managed read transaction on a reader (a follower in
// a cluster), for reads of several queries that must see one snapshot; it
// shares bookmarks with ExecuteQuery so it sees the process's own writes.
// The error is the driver's; callers map it.
func Read(ctx context.Context, d neo4j.DriverWithContext, db string, fn func(tx neo4j.ManagedTransaction) error) error {
	return transact(ctx, d, db, neo4j.AccessModeRead, fn)
}

func transact(ctx context.Context, d neo4j.DriverWithContext, db string, mode neo4j.AccessMode, fn func(tx neo4j.ManagedTransaction) error) error {
	sess := d.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    db,
		AccessMode:      mode,
		BookmarkManager: d.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(context.WithoutCancel(ctx))
	work := func(tx neo4j.ManagedTransaction) (any, error) { return nil, fn(tx) }
	var err error
	if mode == neo4j.AccessModeRead {
		_, err = sess.ExecuteRead(ctx, work)
	} else {
		_, err = sess.ExecuteWrite(ctx, work)
	}
	return err
}

// Query runs one statement on the leader in a managed transaction, retried
// on transient errors, and collects its records. Going to the leader, it
// sees every write of every process, with no bookmark needed. The error
// is the driver's; callers map it.
func Query(ctx context.Context, d neo4j.DriverWithContext, db, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, d, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return nil, err
	}
	return res.Records, nil
}

// Run executes one statement inside a transaction and collects its records.
func Run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}
