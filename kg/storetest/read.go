package storetest

import (
	"slices"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

func testRoundTrip(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)

	t.Run("Document", func(t *testing.T) {
		want := manual().doc
		got, err := s.Document(ctx, kg.Internal, manualID)
		must(t, "Document", err)
		if got.ID != want.ID || got.URI != want.URI || got.Title != want.Title || got.SHA256 != want.SHA256 ||
			got.Format != want.Format || got.Lang != want.Lang || got.Audience != want.Audience ||
			got.Source != want.Source || got.Version != want.Version || got.Meta["plant"] != "north" {
			t.Errorf("Document round trip:\n got %+v\nwant %+v", *got, want)
		}
		if d := got.IngestedAt.Sub(want.IngestedAt); d < -time.Millisecond || d > time.Millisecond {
			t.Errorf("IngestedAt = %v, want %v", got.IngestedAt, want.IngestedAt)
		}
		if got.Chunks != 3 || got.Facts != 6 {
			t.Errorf("manual counts: chunks %d facts %d, want 3 and 6", got.Chunks, got.Facts)
		}
	})

	t.Run("ListDocuments", func(t *testing.T) {
		for _, tc := range []struct {
			clearance kg.Audience
			q         kg.DocumentQuery
			want      []string
		}{
			{kg.Internal, kg.DocumentQuery{}, []string{manualID, fmeaID, supplierID}},
			{kg.Partner, kg.DocumentQuery{}, []string{manualID, supplierID}},
			{kg.Public, kg.DocumentQuery{}, []string{manualID}},
			{kg.Internal, kg.DocumentQuery{URI: fmeaURI}, []string{fmeaID}},
			{kg.Public, kg.DocumentQuery{URI: fmeaURI}, nil},
		} {
			docs, err := s.ListDocuments(ctx, tc.clearance, tc.q)
			must(t, "ListDocuments", err)
			ids := make([]string, len(docs))
			for i, d := range docs {
				ids[i] = d.ID
				if d.Chunks == 0 || d.Facts == 0 {
					t.Errorf("ListDocuments: %s has counts %d/%d, want them filled", d.URI, d.Chunks, d.Facts)
				}
			}
			sameSet(t, "ListDocuments "+tc.clearance.String()+" "+tc.q.URI, ids, tc.want)
		}
		page1, err := s.ListDocuments(ctx, kg.Internal, kg.DocumentQuery{Limit: 2})
		must(t, "ListDocuments page 1", err)
		page2, err := s.ListDocuments(ctx, kg.Internal, kg.DocumentQuery{Limit: 2, Offset: 2})
		must(t, "ListDocuments page 2", err)
		if len(page1) != 2 || len(page2) != 1 || page2[0].ID == page1[0].ID || page2[0].ID == page1[1].ID {
			t.Errorf("paging gave %d then %d documents, overlapping or short", len(page1), len(page2))
		}
	})

	t.Run("Chunks", func(t *testing.T) {
		ids := append(allChunkIDs(), "no-such-chunk")
		pub, err := s.Chunks(ctx, kg.Public, ids)
		must(t, "Chunks", err)
		sameSet(t, "public chunks", chunkIDs(pub), chunkIDs(manual().chunks))
		all, err := s.Chunks(ctx, kg.Restricted, ids)
		must(t, "Chunks", err)
		sameSet(t, "all chunks", chunkIDs(all), allChunkIDs())
		want := manual().chunks[0]
		got, ok := find(all, func(c kg.Chunk) string { return c.ID }, want.ID)
		if !ok || got.Text != want.Text || got.DocumentID != manualID || got.Ordinal != 0 || got.Page != 2 ||
			got.SectionPath() != "Design > Materials" || got.Kind != "text" || got.Audience != kg.Public || got.DocURI != manualURI {
			t.Errorf("chunk round trip:\n got %+v\nwant %+v", got, want)
		}
	})

	t.Run("Entities", func(t *testing.T) {
		ids := append(append([]string{}, allEntities...), "Part:no such thing")
		all, err := s.Entities(ctx, kg.Internal, ids)
		must(t, "Entities", err)
		sameSet(t, "internal entities", entityIDs(all), allEntities)
		imp, _ := entityByID(all, impeller)
		if imp.Audience != kg.Public || imp.Type != kg.Part || imp.Name != "Impeller" {
			t.Errorf("impeller = %+v, want a public Part named Impeller", imp)
		}
		if !slices.Contains(imp.Aliases, "叶轮") || !slices.Contains(imp.Aliases, "转子叶片") {
			t.Errorf("impeller aliases %v, want both 叶轮 and 转子叶片", imp.Aliases)
		}
		if imp.Props["material"] != "316L" || imp.Props["wear_limit"] != "INT-0.3mm" {
			t.Errorf("impeller props %v, want material and wear_limit", imp.Props)
		}
		docs := map[string]bool{}
		for _, src := range imp.Sources {
			docs[src.DocumentID] = true
		}
		if len(docs) != 3 {
			t.Errorf("impeller sources %+v, want all three documents", imp.Sources)
		}
		cav, _ := entityByID(all, cavitation)
		if cav.Audience != kg.Internal {
			t.Errorf("cavitation audience %v, want internal", cav.Audience)
		}
		pub, err := s.Entities(ctx, kg.Public, ids)
		must(t, "Entities", err)
		sameSet(t, "public entities", entityIDs(pub), []string{pump, impeller, steel})
	})

	t.Run("SupportingChunks", func(t *testing.T) {
		ids := []string{impeller, hasPart, cavitation, "nothing"}
		all, err := s.SupportingChunks(ctx, kg.Internal, ids)
		must(t, "SupportingChunks", err)
		sameSet(t, "impeller support", chunkIDs(all[impeller]),
			[]string{chunkID(manualID, 0), chunkID(manualID, 1), chunkID(fmeaID, 0), chunkID(supplierID, 0)})
		sameSet(t, "HAS_PART support", chunkIDs(all[hasPart]), []string{chunkID(manualID, 0), chunkID(fmeaID, 0)})
		if len(all["nothing"]) != 0 {
			t.Errorf("unknown fact has support %v", all["nothing"])
		}
		pub, err := s.SupportingChunks(ctx, kg.Public, ids)
		must(t, "SupportingChunks", err)
		sameSet(t, "public impeller support", chunkIDs(pub[impeller]), []string{chunkID(manualID, 0), chunkID(manualID, 1)})
		sameSet(t, "public HAS_PART support", chunkIDs(pub[hasPart]), []string{chunkID(manualID, 0)})
		if len(pub[cavitation]) != 0 {
			t.Errorf("public caller got support for an internal entity: %v", pub[cavitation])
		}
	})
}

func testFindEntities(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	for _, tc := range []struct {
		name      string
		clearance kg.Audience
		q         kg.EntityQuery
		first     string   // expected first hit; "" means no hits at all
		also      []string // must also be present
	}{
		{"exact name", kg.Public, kg.EntityQuery{Text: "impeller"}, impeller, nil},
		{"exact name folded", kg.Public, kg.EntityQuery{Text: "ＩＭＰＥＬＬＥＲ"}, impeller, nil},
		{"Chinese alias of English name", kg.Public, kg.EntityQuery{Text: "叶轮"}, impeller, nil},
		{"internal alias hidden", kg.Public, kg.EntityQuery{Text: "转子叶片"}, "", nil},
		{"internal alias", kg.Internal, kg.EntityQuery{Text: "转子叶片"}, impeller, nil},
		{"internal entity hidden", kg.Public, kg.EntityQuery{Text: "汽蚀"}, "", nil},
		{"internal entity by alias", kg.Internal, kg.EntityQuery{Text: "汽蚀"}, cavitation, nil},
		{"exact before fulltext", kg.Internal, kg.EntityQuery{Text: "Impeller"}, impeller, []string{wear}},
		{"fulltext", kg.Public, kg.EntityQuery{Text: "stainless"}, steel, nil},
		{"fulltext Chinese", kg.Public, kg.EntityQuery{Text: "离心泵"}, pump, nil},
		{"type filter", kg.Internal, kg.EntityQuery{Text: "impeller", Types: []string{kg.FailureMode}}, wear, nil},
		{"partner supplier", kg.Partner, kg.EntityQuery{Text: "acme"}, acme, nil},
		{"partner supplier hidden", kg.Public, kg.EntityQuery{Text: "acme"}, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindEntities(ctx, tc.clearance, tc.q)
			must(t, "FindEntities", err)
			ids := entityIDs(got)
			if tc.first == "" {
				if len(got) != 0 {
					t.Errorf("FindEntities(%q) as %s = %v, want nothing", tc.q.Text, tc.clearance, ids)
				}
				return
			}
			if len(ids) == 0 || ids[0] != tc.first {
				t.Fatalf("FindEntities(%q) as %s = %v, want %s first", tc.q.Text, tc.clearance, ids, tc.first)
			}
			for _, id := range tc.also {
				if !slices.Contains(ids, id) {
					t.Errorf("FindEntities(%q) = %v, want %s too", tc.q.Text, ids, id)
				}
			}
			for _, e := range got {
				if len(tc.q.Types) > 0 && !slices.Contains(tc.q.Types, e.Type) {
					t.Errorf("type filter %v let %s (%s) through", tc.q.Types, e.ID, e.Type)
				}
			}
			noSecrets(t, "FindEntities", tc.clearance, got)
		})
	}
	one, err := s.FindEntities(ctx, kg.Internal, kg.EntityQuery{Text: "impeller", Limit: 1})
	must(t, "FindEntities", err)
	if len(one) != 1 {
		t.Errorf("Limit 1 gave %d entities", len(one))
	}
}

func testSearchChunks(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	m, f := func(n int) string { return chunkID(manualID, n) }, func(n int) string { return chunkID(fmeaID, n) }
	for _, tc := range []struct {
		name      string
		clearance kg.Audience
		text      string
		first     string // "" means no hits at all
		also      []string
	}{
		{"English word", kg.Internal, "cavitation", f(0), nil},
		{"English hidden", kg.Public, "cavitation", "", nil},
		{"English phrase words", kg.Internal, "low suction pressure", f(0), nil},
		{"Chinese two characters", kg.Public, "叶轮", m(1), nil},
		{"Chinese two characters internal", kg.Internal, "叶轮", "", []string{m(1), f(1)}},
		{"Chinese one character", kg.Public, "轮", m(1), nil},
		{"Chinese four characters", kg.Internal, "叶轮磨损", f(1), []string{m(1)}},
		{"Chinese inside a sentence", kg.Public, "立方米", m(2), nil},
		{"mixed", kg.Public, "impeller 叶轮", "", []string{m(0), m(1)}},
		{"part number", kg.Public, "P-100", m(0), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.SearchChunks(ctx, tc.clearance, kg.ChunkQuery{Text: tc.text, Limit: 10})
			must(t, "SearchChunks", err)
			ids := scoredIDs(got)
			if tc.first == "" && len(tc.also) == 0 {
				if len(got) != 0 {
					t.Errorf("SearchChunks(%q) as %s = %v, want nothing", tc.text, tc.clearance, ids)
				}
				return
			}
			if tc.first != "" && (len(ids) == 0 || ids[0] != tc.first) {
				t.Errorf("SearchChunks(%q) as %s = %v, want %s first", tc.text, tc.clearance, ids, tc.first)
			}
			for _, id := range tc.also {
				if !slices.Contains(ids, id) {
					t.Errorf("SearchChunks(%q) = %v, want %s too", tc.text, ids, id)
				}
			}
			for i := 1; i < len(got); i++ {
				if got[i].Score > got[i-1].Score {
					t.Errorf("SearchChunks(%q): scores not descending: %v", tc.text, got)
				}
			}
			noSecrets(t, "SearchChunks", tc.clearance, got)
		})
	}
}

func testNearestChunks(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	q := vec(1)
	all, err := s.NearestChunks(ctx, kg.Internal, q, 4)
	must(t, "NearestChunks", err)
	want := []string{chunkID(manualID, 0), chunkID(fmeaID, 0), chunkID(manualID, 1), chunkID(supplierID, 0)}
	if got := scoredIDs(all); joined(got) != joined(want) {
		t.Errorf("NearestChunks internal = %v, want cosine order %v", got, want)
	}
	if len(all) > 0 && (all[0].Score < 0.999 || all[0].Score > 1.001) {
		t.Errorf("identical vector scored %v, want cosine 1", all[0].Score)
	}
	pub, err := s.NearestChunks(ctx, kg.Public, q, 10)
	must(t, "NearestChunks", err)
	sameSet(t, "public nearest", scoredIDs(pub), chunkIDs(manual().chunks))
	if len(pub) > 1 && (pub[0].ID != chunkID(manualID, 0) || pub[1].ID != chunkID(manualID, 1)) {
		t.Errorf("public nearest order %v", scoredIDs(pub))
	}
	for i := 1; i < len(pub); i++ {
		if pub[i].Score > pub[i-1].Score {
			t.Errorf("scores not descending: %v", pub)
		}
	}
	_, err = s.NearestChunks(ctx, kg.Internal, make([]float32, Dim+3), 3)
	wantErr(t, "NearestChunks with a wrong dimension", err, kg.ErrInvalid)
}

// joined joins ids for comparing ordered lists.
func joined(ids []string) string {
	out := ""
	for _, id := range ids {
		out += id + " "
	}
	return out
}
