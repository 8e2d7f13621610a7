package storetest

import (
	"encoding/json"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// testReadMany checks that a question's reads answered together equal the
// Reader methods' answers part by part, at every clearance: one round trip
// may not show a caller more, or less, than the calls it replaces.
func testReadMany(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	reads := map[string]kg.Reads{
		"everything": {
			Entities: []string{cavitation, pump, "Part:nothing", impeller, wear, acme},
			Searches: []kg.ChunkQuery{
				{Text: "impeller", Limit: 2}, {Text: "?!", Limit: 5}, {Text: "叶轮 cavitation", Limit: 20},
				{Text: "no such word anywhere", Limit: 3}, {Text: "Acme casting"},
			},
			Nearest: vec(1), NearestK: 3,
			Supporting: append(append([]string{"Rel:nothing"}, allEntities...), allRelations...),
			Expand:     &kg.NeighbourQuery{Seeds: []string{impeller, wear}, Hops: 2, Limit: 50},
			Version:    true,
		},
		"linking and expansion from the same ids": {
			Entities: []string{wear, pump, wear, "Part:nothing", cavitation},
			Expand:   &kg.NeighbourQuery{Seeds: []string{wear, pump, wear, "Part:nothing", cavitation}, Hops: 1},
		},
		"outward expansion": {
			Expand:   &kg.NeighbourQuery{Seeds: []string{pump}, Hops: 3, Types: []string{kg.HasPart, kg.MadeOf}, Dir: kg.Out},
			Searches: []kg.ChunkQuery{{Text: "stainless steel"}},
		},
		"inward expansion alone": {
			Expand: &kg.NeighbourQuery{Seeds: []string{cavitation}, Hops: 2, Dir: kg.In},
		},
		"version and a search": {Version: true, Searches: []kg.ChunkQuery{{Text: "impeller"}}},
		"deeper than one statement": {
			Expand:   &kg.NeighbourQuery{Seeds: []string{pump}, Hops: 9, Dir: kg.Both, Limit: 4},
			Searches: []kg.ChunkQuery{{Text: "pump"}},
		},
		"more neighbours than visible": {Nearest: vec(0, 1), NearestK: 6},
		"nothing":                      {},
	}
	for name, q := range reads {
		for _, clearance := range []kg.Audience{kg.Public, kg.Partner, kg.Internal, kg.Restricted} {
			got, err := kg.ReadMany(ctx, s, clearance, q)
			must(t, name+": ReadMany", err)
			want, err := kg.ReadEach(ctx, s, clearance, q)
			must(t, name+": ReadEach", err)
			if g, w := readsJSON(t, got), readsJSON(t, want); g != w {
				t.Errorf("%s at %v:\nReadMany %s\nReadEach %s", name, clearance, g, w)
			}
			if name == "everything" && clearance == kg.Internal && (len(got.Entities) != 5 || len(got.Searches[0]) != 2 ||
				len(got.Nearest) != 3 || len(got.Supporting) == 0 || len(got.Expanded.Relations) == 0) {
				t.Errorf("everything at internal found too little to compare: %s", readsJSON(t, got))
			}
			if _, ok := s.(kg.Versioner); ok && q.Version && got.Version == 0 {
				t.Errorf("%s: no version read after writes", name)
			}
		}
	}
	_, err := kg.ReadMany(ctx, s, kg.Internal, kg.Reads{Nearest: make([]float32, Dim+1), NearestK: 2})
	wantErr(t, "ReadMany with a wrong dimension", err, kg.ErrInvalid)
}

// readsJSON writes results so that an empty list and none compare equal
// and scores compare to the precision stores agree on.
func readsJSON(t *testing.T, r kg.ReadResults) string {
	t.Helper()
	round := func(hits []kg.ScoredChunk) []kg.ScoredChunk {
		out := []kg.ScoredChunk{}
		for _, h := range hits {
			h.Score = float64(float32(h.Score))
			out = append(out, h)
		}
		return out
	}
	view := map[string]any{"entities": r.Entities, "nearest": round(r.Nearest), "supporting": r.Supporting,
		"relations": r.Expanded.Relations, "reached": r.Expanded.Entities, "version": r.Version}
	var searches [][]kg.ScoredChunk
	for _, s := range r.Searches {
		searches = append(searches, round(s))
	}
	view["searches"] = searches
	if len(r.Entities) == 0 {
		view["entities"] = nil
	}
	if len(r.Expanded.Relations) == 0 {
		view["relations"] = nil
	}
	if len(r.Expanded.Entities) == 0 {
		view["reached"] = nil
	}
	data, err := json.Marshal(view)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
