package neo4j

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// Config says where the server is and what vectors the store holds.
type Config struct {
	URI      string // bolt://host:7687 or neo4j://host:7687 (routing)
	User     string
	Password string
	Database string // default "neo4j"
	// Dimensions of chunk embeddings; 0 leaves out the vector index and
	// NearestChunks compares every visible chunk.
	Dimensions int
	// EmbedderName is recorded on first use; a store opened later with
	// another embedder is refused, since its vectors would not compare.
	EmbedderName string
}

// Store is a kg.Store backed by Neo4j.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	dims   int
}

var (
	_ kg.Store   = (*Store)(nil)
	_ kg.Statser = (*Store)(nil)
)

// maxRetryTime bounds how long the driver retries one transaction. Its
// default, 30 s, is the server's whole ask deadline: with Neo4j down, a
// question spent it retrying refused connections and failed as a timeout
// (504) instead of unavailable (503, retry later). With backoff doubling
// from a second, the last retry starts well inside the deadline.
const maxRetryTime = 10 * time.Second

// Open connects, checks the server answers, and creates the schema.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	const op = "neo4j.Open"
	if cfg.URI == "" {
		return nil, kg.Errorf(kg.EINVALID, "%s: no Neo4j URI configured", op)
	}
	if cfg.Dimensions < 0 {
		return nil, kg.Errorf(kg.EINVALID, "%s: negative embedding dimensions %d", op, cfg.Dimensions)
	}
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *neo4j.Config) {
		c.MaxTransactionRetryTime = maxRetryTime
	})
	if err != nil {
		return nil, kg.WrapCode(kg.EINVALID, op, err)
	}
	s := &Store{driver: driver, db: cfg.Database, dims: cfg.Dimensions}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, mapErr(op, err)
	}
	if err := s.ensureSchema(ctx, cfg); err != nil {
		driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return s, nil
}

// Warm runs each read that answers a question once, so the server plans
// it now rather than inside the first questions' latency. A long-running
// process (the server, an MCP session) calls it after Open; a one-shot
// command does not, since it asks once and would pay for every plan. Each
// read is bounded by an index or a limit, so warming costs milliseconds
// on any graph; the highest clearance keeps NearestChunks off its exact
// scan unless the graph has no chunks at all.
func (s *Store) Warm(ctx context.Context) error {
	const op = "neo4j.Warm"
	const word = "kgassist"
	none := []string{""}
	steps := []func() error{
		func() error {
			_, err := s.FindEntities(ctx, kg.Restricted, kg.EntityQuery{Text: word, Limit: 1})
			return err
		},
		func() error { _, err := s.Entities(ctx, kg.Restricted, none); return err },
		func() error {
			_, err := s.Relations(ctx, kg.Restricted, kg.RelationQuery{From: none, Limit: 1})
			return err
		},
		func() error {
			_, err := s.Relations(ctx, kg.Restricted, kg.RelationQuery{To: none, Limit: 1})
			return err
		},
		func() error { _, err := s.SupportingChunks(ctx, kg.Restricted, none); return err },
		func() error { _, err := s.Chunks(ctx, kg.Restricted, none); return err },
		func() error {
			_, err := s.SearchChunks(ctx, kg.Restricted, kg.ChunkQuery{Text: word, Limit: 1})
			return err
		},
	}
	if s.dims > 0 {
		unit := make([]float32, s.dims)
		unit[0] = 1
		steps = append(steps, func() error { _, err := s.NearestChunks(ctx, kg.Restricted, unit, 1); return err })
	}
	for _, dir := range []kg.Direction{kg.Out, kg.In, kg.Both} {
		steps = append(steps, func() error {
			_, err := s.Neighbourhood(ctx, kg.Restricted, kg.NeighbourQuery{Seeds: none, Hops: 1, Dir: dir, Limit: 1})
			return err
		})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return kg.Wrap(op, err)
		}
	}
	return nil
}

// Close releases the driver's connections.
func (s *Store) Close() error {
	return mapErr("neo4j.Close", s.driver.Close(context.Background()))
}

// read runs one parameterised query on a reader (a follower in a cluster).
func (s *Store) read(ctx context.Context, op, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, mapCtxErr(ctx, op, err)
	}
	return res.Records, nil
}

// readTx runs fn in one managed read transaction on a reader, for reads
// of several queries that must see one snapshot; it shares bookmarks with
// ExecuteQuery so it sees the store's own writes.
func (s *Store) readTx(ctx context.Context, op string, fn func(tx neo4j.ManagedTransaction) error) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      neo4j.AccessModeRead,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, fn(tx)
	})
	return mapCtxErr(ctx, op, err)
}

// write runs fn in one managed write transaction, retried on transient
// errors, sharing bookmarks with ExecuteQuery so a read after a write sees it.
func (s *Store) write(ctx context.Context, op string, fn func(tx neo4j.ManagedTransaction) error) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      neo4j.AccessModeWrite,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if err := fn(tx); err != nil {
			return nil, err
		}
		return nil, bump(ctx, tx)
	})
	return mapCtxErr(ctx, op, err)
}

// run executes one statement inside a transaction and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// MapError is mapErr for other packages that talk to the same server
// (operational data beside the graph), so every Neo4j error a client sees
// carries the same codes and messages.
func MapError(op string, err error) error { return mapErr(op, err) }

// mapErr gives driver errors a kg code. Messages never repeat the server's
// text, which may quote the Cypher statement; the cause stays in Err for logs.
func mapErr(op string, err error) error {
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

// mapCtxErr is mapErr for a call made under ctx: once ctx's deadline has
// passed, whatever the driver reports (a read that timed out is a
// connectivity error to it, a pool wait a pool timeout) is a timeout.
func mapCtxErr(ctx context.Context, op string, err error) error {
	var kerr *kg.Error
	if err != nil && pastDeadline(ctx) && !errors.As(err, &kerr) {
		return &kg.Error{Code: kg.ETIMEOUT, Op: op, Message: "neo4j: the operation ran past its deadline", Err: err}
	}
	return mapErr(op, err)
}

// pastDeadline says whether ctx's deadline has come. It reads the clock
// rather than ctx.Err(): a socket deadline set from ctx can fire a moment
// before the context's own timer.
func pastDeadline(ctx context.Context) bool {
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
