package neo4j

import (
	"context"
	"fmt"
	"testing"
)

// TestOpenLeavesPlanningToWarm: Open plans only what it runs itself, so a
// one-shot command does not pay for planning every read; Warm plans them.
func TestOpenLeavesPlanningToWarm(t *testing.T) {
	cfg := testConfig(t)
	openEmpty(t, cfg).Close()
	plans := func(warm bool) int {
		clearPlans(t, cfg)
		s, err := Open(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if warm {
			if err := s.Warm(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
		return clearPlans(t, cfg)
	}
	byOpen, withWarm := plans(false), plans(true)
	t.Logf("plans: %d by Open, %d by Open and Warm", byOpen, withWarm)
	if withWarm-byOpen < 10 {
		t.Errorf("Warm planned %d statements Open had not; want Open to leave the reads to Warm", withWarm-byOpen)
	}
}

// clearPlans empties the server's plan cache and says how many plans it held.
func clearPlans(t *testing.T, cfg Config) int {
	t.Helper()
	recs := testServer(cfg).Query(t, "CALL db.clearQueryCaches()", nil)
	var n int
	msg, _ := recs[0].Values[0].(string)
	if _, err := fmt.Sscanf(msg, "Query caches successfully cleared of %d queries.", &n); err != nil && msg != "Query cache already empty." {
		t.Fatalf("unexpected answer from db.clearQueryCaches: %q", msg)
	}
	return n
}
