package storetest

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// queryCase is one read at a clearance and the ids it must return.
type queryCase[Q any] struct {
	name      string
	clearance kg.Audience
	q         Q
	want      []string
}

func testNeighbourhood(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	for _, tc := range []queryCase[kg.NeighbourQuery]{
		{"one hop", kg.Internal, kg.NeighbourQuery{Seeds: []string{pump}, Hops: 1}, []string{hasPart, related}},
		{"two hops", kg.Internal, kg.NeighbourQuery{Seeds: []string{pump}, Hops: 2}, allRelations},
		{"two hops public", kg.Public, kg.NeighbourQuery{Seeds: []string{pump}, Hops: 2}, []string{hasPart, madeOf}},
		{"two hops partner", kg.Partner, kg.NeighbourQuery{Seeds: []string{pump}, Hops: 2}, []string{hasPart, madeOf, suppliedBy}},
		{"type filter", kg.Internal, kg.NeighbourQuery{Seeds: []string{pump}, Hops: 2, Types: []string{kg.HasPart, kg.MadeOf}}, []string{hasPart, madeOf}},
		{"outgoing", kg.Internal, kg.NeighbourQuery{Seeds: []string{impeller}, Hops: 1, Dir: kg.Out}, []string{madeOf, hasFM, suppliedBy}},
		{"incoming", kg.Internal, kg.NeighbourQuery{Seeds: []string{impeller}, Hops: 1, Dir: kg.In}, []string{hasPart}},
		{"outgoing two hops", kg.Internal, kg.NeighbourQuery{Seeds: []string{pump}, Hops: 2, Dir: kg.Out}, []string{hasPart, related, madeOf, hasFM, suppliedBy}},
		{"incoming two hops", kg.Internal, kg.NeighbourQuery{Seeds: []string{cavitation}, Hops: 2, Dir: kg.In}, []string{related, causedBy, hasFM}},
		{"hidden seed", kg.Public, kg.NeighbourQuery{Seeds: []string{cavitation}, Hops: 2}, nil},
		{"unknown seed", kg.Internal, kg.NeighbourQuery{Seeds: []string{"Part:nothing"}, Hops: 2}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := s.Neighbourhood(ctx, tc.clearance, tc.q)
			must(t, "Neighbourhood", err)
			sameSet(t, "relations", relationIDs(g.Relations), tc.want)
			ents := entityIDs(g.Entities)
			for _, r := range g.Relations {
				if !slices.Contains(ents, r.From) || !slices.Contains(ents, r.To) {
					t.Errorf("relation %s %s->%s has an endpoint missing from nodes %v", r.Type, r.From, r.To, ents)
				}
				if len(r.Sources) == 0 {
					t.Errorf("relation %s came without sources", r.ID)
				}
			}
			noSecrets(t, "Neighbourhood", tc.clearance, g)
		})
	}
	g, err := s.Neighbourhood(ctx, kg.Internal, kg.NeighbourQuery{Seeds: []string{pump}, Hops: 2, Limit: 2})
	must(t, "Neighbourhood", err)
	if len(g.Relations) != 2 {
		t.Errorf("Limit 2 returned %d relations", len(g.Relations))
	}
}

func testRelations(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	for _, tc := range []queryCase[kg.RelationQuery]{
		{"all", kg.Internal, kg.RelationQuery{}, allRelations},
		{"all public", kg.Public, kg.RelationQuery{}, []string{hasPart, madeOf}},
		{"by type", kg.Internal, kg.RelationQuery{Types: []string{kg.HasPart}}, []string{hasPart}},
		{"from", kg.Internal, kg.RelationQuery{From: []string{impeller}}, []string{madeOf, hasFM, suppliedBy}},
		{"from partner", kg.Partner, kg.RelationQuery{From: []string{impeller}}, []string{madeOf, suppliedBy}},
		{"from public", kg.Public, kg.RelationQuery{From: []string{impeller}}, []string{madeOf}},
		{"to", kg.Internal, kg.RelationQuery{To: []string{cavitation}}, []string{causedBy, related}},
		{"public edge to hidden entity", kg.Public, kg.RelationQuery{From: []string{pump}}, []string{hasPart}},
		{"from and type", kg.Internal, kg.RelationQuery{From: []string{impeller}, Types: []string{kg.MadeOf, kg.HasPart}}, []string{madeOf}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Relations(ctx, tc.clearance, tc.q)
			must(t, "Relations", err)
			sameSet(t, "relations", relationIDs(got), tc.want)
			noSecrets(t, "Relations", tc.clearance, got)
		})
	}
	one, err := s.Relations(ctx, kg.Internal, kg.RelationQuery{Limit: 1})
	must(t, "Relations", err)
	if len(one) != 1 {
		t.Errorf("Limit 1 gave %d relations", len(one))
	}
}

// testConflicts: the manual says one impeller, the FMEA says two. Whoever
// sees both sees the disagreement with both sources; whoever sees one sees
// no conflict at all.
func testConflicts(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	all, err := s.Relations(ctx, kg.Internal, kg.RelationQuery{Types: []string{kg.HasPart}})
	must(t, "Relations", err)
	r, ok := relationByID(all, hasPart)
	if !ok {
		t.Fatalf("HAS_PART missing: %v", relationIDs(all))
	}
	if !r.Conflict {
		t.Errorf("HAS_PART with qty 1 and 2 not flagged: %+v", r)
	}
	qty := map[string]string{}
	for _, src := range r.Sources {
		qty[src.DocumentID] = src.Props["qty"]
	}
	if qty[manualID] != "1" || qty[fmeaID] != "2" {
		t.Errorf("HAS_PART sources %+v, want the manual with qty 1 and the FMEA with qty 2", r.Sources)
	}
	if r.From != pump || r.To != impeller || r.Type != kg.HasPart || r.Audience != kg.Public {
		t.Errorf("HAS_PART = %+v", r)
	}

	pub, err := s.Relations(ctx, kg.Public, kg.RelationQuery{Types: []string{kg.HasPart}})
	must(t, "Relations", err)
	r, ok = relationByID(pub, hasPart)
	if !ok || r.Conflict || r.Props["qty"] != "1" || len(r.Sources) != 1 || r.Sources[0].DocumentID != manualID {
		t.Errorf("public HAS_PART = %+v, want qty 1 from the manual alone and no conflict", r)
	}

	g, err := s.Neighbourhood(ctx, kg.Internal, kg.NeighbourQuery{Seeds: []string{impeller}, Dir: kg.In, Hops: 1})
	must(t, "Neighbourhood", err)
	if r, ok := relationByID(g.Relations, hasPart); !ok || !r.Conflict {
		t.Errorf("Neighbourhood HAS_PART = %+v, want the conflict flagged there too", r)
	}
}
