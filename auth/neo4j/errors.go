package neo4jauth

import "github.com/kgassist/kgassist/internal/neo4jdb"

// mapErr gives driver errors the graph store's codes: an unreachable or
// overloaded server is EUNAVAILABLE, so callers answer 503 and retry.
func mapErr(op string, err error) error { return neo4jdb.MapError(op, err) }
