package neo4j

import (
	"context"
	"net/url"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/kg"
)

// TestRoutingURI opens the store with a neo4j:// URI, so the driver asks
// the server for a routing table and sends writes to a writer and reads
// to a reader, with bookmarks carried between them. A single Community
// server answers with itself in every role, which proves this path of the
// store: the routing handshake, reads routed to readers, a read after a
// write seeing it. It does not prove failover or reads on followers: a
// cluster needs Neo4j Enterprise, which is not available here.
func TestRoutingURI(t *testing.T) {
	cfg := testConfig(t)
	cfg.Dimensions = 8 // the generated corpus's embeddings
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	u.Scheme = "neo4j"
	cfg.URI = u.String()
	s := openEmpty(t, cfg)
	ctx := context.Background()

	doc := benchCorpus(1)[0]
	if err := importStore(ctx, s, []benchDoc{doc}); err != nil {
		t.Fatalf("write through %s: %v", cfg.URI, err)
	}
	got, err := s.Document(ctx, kg.Restricted, doc.doc.ID)
	if err != nil {
		t.Fatalf("read after write through %s: %v", cfg.URI, err)
	}
	if got.Chunks != len(doc.chunks) {
		t.Errorf("document read through %s has %d chunks, wrote %d", cfg.URI, got.Chunks, len(doc.chunks))
	}
	part := doc.ents[len(doc.ents)-1]
	g, err := s.Neighbourhood(ctx, kg.Restricted, kg.NeighbourQuery{Seeds: []string{part.ID}, Hops: 1, Dir: kg.Both})
	if err != nil {
		t.Fatalf("read transaction through %s: %v", cfg.URI, err)
	}
	if len(g.Relations) != 2 {
		t.Errorf("part %s has %d relations read through %s, wrote 2", part.ID, len(g.Relations), cfg.URI)
	}
	logRoutingTable(t, s)
}

// logRoutingTable records which addresses the server handed out, since
// the routing table, not the URI, decides where queries go.
func logRoutingTable(t *testing.T, s *Store) {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), s.driver, "RETURN 1", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("routed read answered by %s", res.Summary.Server().Address())
}
