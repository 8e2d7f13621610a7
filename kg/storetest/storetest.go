// Package storetest is the conformance suite every kg.Store must pass, so
// that the embedded store and Neo4j give the same answers to the same
// questions, and neither ever shows a caller more than its clearance.
//
// A store's test calls Run with a function that returns a fresh, empty
// store accepting embeddings of Dim dimensions, and that closes it with
// t.Cleanup. Document.Facts is expected to count the distinct entities and
// relations the document asserts.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// Run runs the whole suite; each subtest opens its own store.
func Run(t *testing.T, open func(t *testing.T) kg.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open func(t *testing.T) kg.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"FindEntities", testFindEntities},
		{"SearchChunks", testSearchChunks},
		{"SearchHeadings", testSearchHeadings},
		{"NearestChunks", testNearestChunks},
		{"Neighbourhood", testNeighbourhood},
		{"Relations", testRelations},
		{"Conflicts", testConflicts},
		{"Unchanged", testUnchanged},
		{"ReplaceOnChange", testReplaceOnChange},
		{"Rollback", testRollback},
		{"Delete", testDelete},
		{"Relabel", testRelabel},
		{"DocumentFacts", testDocumentFacts},
		{"AudienceNeverLeaks", testAudienceNeverLeaks},
		{"SentinelErrors", testSentinelErrors},
		{"HostileText", testHostileText},
		{"Stats", testStats},
		{"Reembed", testReembed},
		{"Tables", testTables},
		{"Version", testVersion},
		{"EntityNames", testEntityNames},
		{"NameAndPropsOrder", testNameAndPropsOrder},
		{"NameFollowsTheLowestAudience", testNameFollowsTheLowestAudience},
		{"SharedFactAudience", testSharedFactAudience},
		{"DeleteRecomputesAudience", testDeleteRecomputesAudience},
		{"InvalidTypesAndEndpoints", testInvalidTypesAndEndpoints},
		{"EntityNamesClearance", testEntityNamesClearance},
		{"Cypher", testCypher},
		{"CommitGroup", testCommitGroup},
		{"ReadMany", testReadMany},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// ability is s's optional ability T; the test skips, saying the store
// does not do what, when s lacks it.
func ability[T any](t *testing.T, s kg.Store, what string) T {
	t.Helper()
	a, ok := s.(T)
	if !ok {
		t.Skipf("%T does not %s", s, what)
	}
	return a
}

// loaded opens a store holding the whole fixture.
func loaded(t *testing.T, open func(t *testing.T) kg.Store) (context.Context, kg.Store) {
	t.Helper()
	ctx := context.Background()
	s := open(t)
	loadAll(t, ctx, s)
	return ctx, s
}

func chunkIDs(list []kg.Chunk) []string { return idsOf(list, func(c kg.Chunk) string { return c.ID }) }

func scoredIDs(list []kg.ScoredChunk) []string {
	return idsOf(list, func(c kg.ScoredChunk) string { return c.ID })
}

func entityIDs(list []kg.Entity) []string {
	return idsOf(list, func(e kg.Entity) string { return e.ID })
}

func relationIDs(list []kg.Relation) []string {
	return idsOf(list, func(r kg.Relation) string { return r.ID })
}

func idsOf[T any](list []T, id func(T) string) []string {
	ids := make([]string, len(list))
	for i, v := range list {
		ids[i] = id(v)
	}
	return ids
}

// sameSet compares ids ignoring order.
func sameSet(t *testing.T, what string, got, want []string) {
	t.Helper()
	g, w := sorted(got), sorted(want)
	if strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("%s: got %v, want %v", what, g, w)
	}
}

func sorted(list []string) []string {
	out := append([]string{}, list...)
	sort.Strings(out)
	return out
}

func find[T any](list []T, id func(T) string, want string) (T, bool) {
	for _, v := range list {
		if id(v) == want {
			return v, true
		}
	}
	var zero T
	return zero, false
}

func entityByID(list []kg.Entity, id string) (kg.Entity, bool) {
	return find(list, func(e kg.Entity) string { return e.ID }, id)
}

func relationByID(list []kg.Relation, id string) (kg.Relation, bool) {
	return find(list, func(r kg.Relation) string { return r.ID }, id)
}

// wantErr checks err against a sentinel with errors.Is.
func wantErr(t *testing.T, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Errorf("%s: got error %v, want one matching %v", what, err, target)
	}
}

func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// noSecrets fails if v, as JSON, carries a string of a hidden document.
func noSecrets(t *testing.T, what string, clearance kg.Audience, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: marshal: %v", what, err)
	}
	for _, s := range secretsAbove(clearance) {
		if strings.Contains(string(b), s) {
			t.Errorf("%s leaks %q to a %s caller: %s", what, s, clearance, b)
		}
	}
}
