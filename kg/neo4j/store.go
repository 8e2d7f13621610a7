package neo4j

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/internal/neo4jdb"
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
	driver, err := neo4jdb.Open(ctx, neo4jdb.Config{URI: cfg.URI, User: cfg.User, Password: cfg.Password})
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	s := &Store{driver: driver, db: cfg.Database, dims: cfg.Dimensions}
	if err := s.ensureSchema(ctx, cfg); err != nil {
		s.Close()
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
	// Retrieval reads a question's first hop in one statement, expanding
	// in both directions.
	steps = append(steps, func() error {
		_, err := s.ReadMany(ctx, kg.Restricted, kg.Reads{Expand: &kg.NeighbourQuery{Seeds: none, Hops: 1, Limit: 1}})
		return err
	})
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

// Driver is the store's connection pool, for other stores of the process
// that keep their data in the same server (auth/neo4j), so a process
// holds one driver. It stays the store's: Close closes it.
func (s *Store) Driver() neo4j.DriverWithContext { return s.driver }

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
// of several queries that must see one snapshot and the store's own writes.
func (s *Store) readTx(ctx context.Context, op string, fn func(tx neo4j.ManagedTransaction) error) error {
	return mapCtxErr(ctx, op, neo4jdb.Read(ctx, s.driver, s.db, fn))
}

// write runs fn in one managed write transaction, retried on transient
// errors, so that a read after it sees it; every write moves the store's
// version on.
func (s *Store) write(ctx context.Context, op string, fn func(tx neo4j.ManagedTransaction) error) error {
	return mapCtxErr(ctx, op, neo4jdb.Write(ctx, s.driver, s.db, func(tx neo4j.ManagedTransaction) error {
		if err := fn(tx); err != nil {
			return err
		}
		return bump(ctx, tx)
	}))
}

// run executes one statement inside a transaction and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return neo4jdb.Run(ctx, tx, cypher, params)
}

// mapErr gives driver errors a kg code, as every Neo4j store does.
func mapErr(op string, err error) error { return neo4jdb.MapError(op, err) }

// mapCtxErr is mapErr for a call made under ctx: past its deadline, a
// failure is a timeout.
func mapCtxErr(ctx context.Context, op string, err error) error {
	return neo4jdb.MapCtxError(ctx, op, err)
}

func pastDeadline(ctx context.Context) bool { return neo4jdb.PastDeadline(ctx) }
