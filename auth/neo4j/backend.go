// Package neo4jauth keeps kgassist's operational data (API keys,
// conversations, the audit log, feedback, token usage and upload jobs) in
// the Neo4j database that holds the graph, so that replicas behind a load
// balancer share it: a conversation started on one continues on another,
// and a key revoked on one is refused by all on their next request.
//
// Nodes carry labels of their own (KgaKey, KgaConversation, KgaTurn,
// KgaAudit, KgaFeedback, KgaJob, KgaUsage, KgaReservation, KgaSeq) that
// no graph query matches. The files of an unfinished upload job stay in
// the data folder of the replica that received them, so a job is resumed
// only by that replica (Config.Replica).
package neo4jauth

import (
	"context"
	"os"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/internal/groupcommit"
	"github.com/kgassist/kgassist/internal/neo4jdb"
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
	// Driver, when set, is an open driver shared with the graph store,
	// used instead of dialing URI; its opener closes it.
	Driver neo4j.DriverWithContext
}

// Backend is an auth.Backend on Neo4j.
type Backend struct {
	driver    neo4j.DriverWithContext
	ownDriver bool // opened by Open, so closed by Close
	db        string
	replica   string
	now       func() time.Time
	audits    *groupcommit.Queue[auth.AuditEntry]
}

var _ auth.Backend = (*Backend)(nil)

// Open connects, checks the server answers, and creates the constraints
// and indexes if they are missing.
func Open(ctx context.Context, cfg Config) (*Backend, error) {
	const op = "neo4jauth.Open"
	if cfg.URI == "" && cfg.Driver == nil {
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
	b := &Backend{driver: cfg.Driver, db: cfg.Database, replica: cfg.Replica, now: cfg.Now}
	if b.driver == nil {
		d, err := neo4jdb.Open(ctx, neo4jdb.Config{URI: cfg.URI, User: cfg.User, Password: cfg.Password})
		if err != nil {
			return nil, kg.Wrap(op, err)
		}
		b.driver, b.ownDriver = d, true
	}
	if err := b.ensureSchema(ctx); err != nil {
		b.closeDriver()
		return nil, err
	}
	b.audits = groupcommit.New("neo4jauth.Audit", b.writeAudits)
	return b, nil
}

// Close commits the queued audit entries and releases the connections of
// a driver it opened.
func (b *Backend) Close() error {
	b.audits.Close()
	return b.closeDriver()
}

func (b *Backend) closeDriver() error {
	if !b.ownDriver {
		return nil
	}
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
	recs, err := neo4jdb.Query(ctx, b.driver, b.db, cypher, params)
	return recs, mapErr(op, err)
}

// write runs fn in one managed write transaction, retried on transient
// errors, for changes of several statements that must commit together.
func (b *Backend) write(ctx context.Context, op string, fn func(tx neo4j.ManagedTransaction) error) error {
	return mapErr(op, neo4jdb.Write(ctx, b.driver, b.db, fn))
}

// run executes one statement inside a transaction and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return neo4jdb.Run(ctx, tx, cypher, params)
}

func (b *Backend) nowMs() int64 { return b.now().UnixMilli() }
