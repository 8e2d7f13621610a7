package main

import (
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// storeURL is a --store value, read once here: every command that opens
// a store, its data folder or its auth data asks this, not the string.
type storeURL struct {
	raw   string
	path  string // the SQLite file, for sqlite://
	neo4j bool   // a Neo4j server (bolt://, neo4j:// or their +s forms)
}

var neo4jSchemes = []string{"bolt://", "bolt+s://", "neo4j://", "neo4j+s://"}

func parseStore(raw string) (storeURL, error) {
	if p, ok := strings.CutPrefix(raw, "sqlite://"); ok {
		return storeURL{raw: raw, path: p}, nil
	}
	for _, scheme := range neo4jSchemes {
		if strings.HasPrefix(raw, scheme) {
			return storeURL{raw: raw, neo4j: true}, nil
		}
	}
	return storeURL{}, kg.Errorf(kg.EINVALID, "unknown store %q: use sqlite://PATH, bolt://HOST:PORT or neo4j://HOST:PORT", raw)
}
