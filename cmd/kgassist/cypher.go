package main

import (
	"net/http"
	"os"

	"github.com/kgassist/kgassist/kg"
	kgneo4j "github.com/kgassist/kgassist/kg/neo4j"
	"github.com/kgassist/kgassist/llm"
	"github.com/kgassist/kgassist/server"
)

// The server declares what it needs of a query writer; the model adapter
// cannot import the server, so the two meet here.
var _ server.CypherWriter = (*llm.CypherGenerator)(nil)

// newCypherWriter is the model that writes engineers' Cypher queries: the
// answer models of KGASSIST_LLM_CONFIG or KGASSIST_LLM_ANSWER, told the
// Neo4j store's layout. It is nil, and POST /v1/cypher answers 501, when
// no answer model is configured or the store cannot run Cypher (SQLite):
// a query the store cannot run is not worth a model call.
func newCypherWriter(cfg llm.Config, store kg.Store) (server.CypherWriter, error) {
	if _, ok := store.(kg.CypherReader); !ok || len(cfg.Answer) == 0 {
		return nil, nil
	}
	g, err := llm.NewCypherGenerator(cfg, kgneo4j.CypherSchema(), os.Getenv, &http.Client{})
	if err != nil {
		return nil, err // not a typed nil: the server tests the interface for nil
	}
	return g, nil
}
