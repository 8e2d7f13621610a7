package neo4jauth

import kgneo4j "github.com/kgassist/kgassist/kg/neo4j"

// mapErr gives driver errors the graph store's codes: an unreachable or
// overloaded server is EUNAVAILABLE, so callers answer 503 and retry.
func mapErr(op string, err error) error { return kgneo4j.MapError(op, err) }
