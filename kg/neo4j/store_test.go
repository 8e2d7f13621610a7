package neo4j

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/storetest"
)

// TestStore runs the conformance suite against the live server, each
// subtest on an emptied database.
func TestStore(t *testing.T) {
	cfg := testConfig(t)
	cfg.Dimensions = storetest.Dim
	storetest.Run(t, func(t *testing.T) kg.Store { return openEmpty(t, cfg) })
}
