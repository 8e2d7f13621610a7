// Package neo4jauth keeps kgassist's operational data (API keys,
// conversations, the audit log, feedback, token usage and upload jobs) in
// the Neo4j database that holds the graph, so that replicas behind a load
// balancer share it: a conversation started on one continues on another,
// and a key revoked on one is refused by all on their next request.
//
// Nodes carry labels of their own (KgaKey, KgaConversation, KgaTurn,
// KgaAudit, KgaFeedback, KgaJob, KgaUsage, KgaSeq) that no graph query
// matches. The files of an unfinished upload job stay in the data folder
// of the replica that received them, so a job is resumed only by that
// replica (Config.Replica).
package neo4jauth

import (
	"context"
	"os"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// LabelPrefix starts every label this package writes, so a query that
// counts or walks the graph can leave operational data out.
const LabelPrefix = "Kga"

// Config says where the server is and which replica this process is.
type Config struct {
	URI      string // bolt://host:7687, neo4j://host:7687, or their +s forms
	User     string
	Password string
	Database string // default "neo4j"
	// Replica names this process among those sharing the database, and
	// must stay the same across its restarts: UnfinishedJobs lists only
	// the jobs it created, whose files are in its own data folder.
	// Default: the host name.
	Replica string
	// Now is the clock; nil is time.Now.
	Now func() time.Time
}

// Backend is an auth.Backend on Neo4j.
type Backend struct {
	driver  neo4j.DriverWithContext
	db      string
	replica string
	now     func() time.Time
	audits  *auditQueue
}

var _ auth.Backend = (*Backend)(nil)

// Open connects, checks the server answers, and creates the constraints
// and indexes if they are missing.
func Open(ctx context.Context, cfg Config) (*Backend, error) {
	const op = "neo4jauth.Open"
	if cfg.URI == "" {
		return nil, kg.Errorf(kg.EINVALID, "%s: no Neo4j URI configured", op)
	}
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	if cfg.Replica == "" {
		cfg.Replica, _ = os.Hostname()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return nil, kg.WrapCode(kg.EINVALID, op, err)
	}
	b := &Backend{driver: driver, db: cfg.Database, replica: cfg.Replica, now: cfg.Now}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, mapErr(op, err)
	}
	if err := b.ensureSchema(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	b.audits = newAuditQueue(b.writeAudits)
	return b, nil
}

// Close commits the queued audit entries and releases the connections.
func (b *Backend) Close() error {
	b.audits.close()
	return mapErr("neo4jauth.Close", b.driver.Close(context.Background()))
}

// Ping checks the server answers, for readiness.
func (b *Backend) Ping(ctx context.Context) error {
	return mapErr("neo4jauth.Ping", b.driver.VerifyConnectivity(ctx))
}

// query runs one statement in a managed transaction, retried on transient
// errors. Reads go to the leader too (ExecuteQuery's default routing): a
// replica must see what another wrote a moment ago (a revocation, a turn),
// and it holds no bookmark of the other's writes.
func (b *Backend) query(ctx context.Context, op, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, b.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(b.db), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return nil, mapErr(op, err)
	}
	return res.Records, nil
}

// write runs fn in one managed write transaction, retried on transient
// errors, for changes of several statements that must commit together.
func (b *Backend) write(ctx context.Context, op string, fn func(tx neo4j.ManagedTransaction) error) error {
	sess := b.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    b.db,
		AccessMode:      neo4j.AccessModeWrite,
		BookmarkManager: b.driver.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, fn(tx)
	})
	return mapErr(op, err)
}

// run executes one statement inside a transaction and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

func (b *Backend) nowMs() int64 { return b.now().UnixMilli() }
