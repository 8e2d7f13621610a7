package storetest

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// testCypher holds a store that speaks Cypher to the contract of
// kg.CypherReader: reads run and stop at MaxRows, writes are refused and
// change nothing, and a free query, which no audience filter can reach
// inside, is refused to a caller who may not see every document stored.
func testCypher(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	r := ability[kg.CypherReader](t, s, "run Cypher")
	before := snapshot(t, ctx, s)
	res, err := r.ReadCypher(ctx, kg.CypherQuery{Text: "MATCH (d:Document) RETURN d.uri AS uri ORDER BY uri", Clearance: kg.Restricted})
	must(t, "ReadCypher", err)
	want := sorted([]string{manualURI, fmeaURI, supplierURI})
	if len(res.Rows) != len(want) || res.Truncated || len(res.Columns) != 1 || res.Columns[0] != "uri" {
		t.Fatalf("documents by Cypher: %+v; want the %d URIs %v", res, len(want), want)
	}
	for i, row := range res.Rows {
		if len(row) != 1 || row[0] != want[i] {
			t.Errorf("row %d = %v; want %s", i, row, want[i])
		}
	}

	res, err = r.ReadCypher(ctx, kg.CypherQuery{Text: "MATCH (c:Chunk) RETURN c.id", Clearance: kg.Restricted, MaxRows: 2})
	must(t, "ReadCypher with MaxRows", err)
	if len(res.Rows) != 2 || !res.Truncated {
		t.Errorf("chunks with MaxRows 2: %d rows, truncated %v; want 2, truncated", len(res.Rows), res.Truncated)
	}

	for _, q := range []kg.CypherQuery{
		{Text: "MATCH (d:Document) DETACH DELETE d", Clearance: kg.Restricted},
		{Text: "CREATE (:Document {uri: 'forged'})", Clearance: kg.Restricted},
		{Text: "MATCH (d:Document) SET d.audience = 0 RETURN d", Clearance: kg.Restricted},
	} {
		_, err := r.ReadCypher(ctx, q)
		if code := kg.ErrorCode(err); code != kg.EFORBIDDEN && code != kg.EINVALID {
			t.Errorf("%q: error %v (code %s); want refused as forbidden or invalid", q.Text, err, code)
		}
	}
	// The graph holds a partner and an internal document: a public or
	// partner caller could read them through any free query.
	for _, c := range []kg.Audience{kg.Public, kg.Partner} {
		_, err := r.ReadCypher(ctx, kg.CypherQuery{Text: "MATCH (d:Document) RETURN count(d)", Clearance: c})
		if code := kg.ErrorCode(err); code != kg.EFORBIDDEN {
			t.Errorf("a %s caller's query: error %v (code %s); want forbidden", c, err, code)
		}
	}
	sameSnapshot(t, "after refused Cypher writes", before, snapshot(t, ctx, s))
}
