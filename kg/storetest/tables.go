package storetest

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// partsSheet is a parts list of five rows under one section, with a
// heading chunk that is not a row and a second, smaller table.
func partsSheet(uri string, aud kg.Audience) docFixture {
	d := kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: "Parts " + uri, SHA256: "sha-" + uri,
		Format: "csv", Lang: "en", Audience: aud, IngestedAt: ingestedAt}
	f := docFixture{doc: d}
	add := func(kind string, section []string, text string) {
		n := len(f.chunks)
		f.chunks = append(f.chunks, kg.Chunk{ID: chunkID(d.ID, n), Ordinal: n, Text: text, Section: section, Kind: kind, Lang: "en", Embedding: vec(1)})
	}
	add("text", []string{"Parts"}, "Parts list of the rover.")
	for i := 1; i <= 5; i++ {
		add(kg.TableKind, []string{"Parts"}, fmt.Sprintf("Part: P-%d; Qty: %d; Supplier: Acme", i, i))
	}
	add(kg.TableKind, []string{"Spares"}, "Part: S-1; Qty: 2")
	return f
}

func testTables(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx, s := loaded(t, open)
	tr := ability[kg.TableReader](t, s, "read tables")
	pub := partsSheet("file:///rover/parts.csv", kg.Public)
	secret := partsSheet("file:///rover/secret-parts.csv", kg.Restricted)
	ingest(t, ctx, s, pub)
	ingest(t, ctx, s, secret)

	tables, err := tr.Tables(ctx, kg.Public, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, tb := range tables {
		if tb.DocumentID == secret.doc.ID {
			t.Fatalf("public caller sees a restricted table: %+v", tb)
		}
		got[fmt.Sprint(tb.DocTitle, tb.Section)] = tb.Rows
	}
	want := map[string]int{
		"Parts file:///rover/parts.csv[Parts]":  5,
		"Parts file:///rover/parts.csv[Spares]": 1,
		"P-100 pump manual 泵手册[Data]":           1,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tables(public) = %v, want %v", got, want)
	}
	if tables[0].Rows != 5 || tables[0].DocURI != pub.doc.URI {
		t.Fatalf("largest table not first: %+v", tables[0])
	}

	all, err := tr.Tables(ctx, kg.Restricted, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 3+2+2 { // both sheets, the manual's data and the FMEA's two rows
		t.Fatalf("Tables(restricted) = %d tables: %+v", len(all), all)
	}

	rows, err := tr.TableRows(ctx, kg.Public, kg.TableQuery{DocumentID: pub.doc.ID, Section: []string{"Parts"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := chunkIDs(pub.chunks[1:6]); !reflect.DeepEqual(chunkIDs(rows), want) {
		t.Fatalf("TableRows = %v, want %v in sheet order", chunkIDs(rows), want)
	}
	if rows[0].Text != "Part: P-1; Qty: 1; Supplier: Acme" || rows[0].DocURI != pub.doc.URI || rows[0].Kind != kg.TableKind {
		t.Fatalf("row not read whole for citing: %+v", rows[0])
	}
	rows, err = tr.TableRows(ctx, kg.Public, kg.TableQuery{DocumentID: pub.doc.ID, Section: []string{"Parts"}, Limit: 2})
	if err != nil || len(rows) != 2 {
		t.Fatalf("TableRows limit 2 = %d rows, %v", len(rows), err)
	}
	for _, aud := range []kg.Audience{kg.Public, kg.Partner, kg.Internal} {
		rows, err = tr.TableRows(ctx, aud, kg.TableQuery{DocumentID: secret.doc.ID, Section: []string{"Parts"}})
		if err != nil || len(rows) != 0 {
			t.Fatalf("TableRows of a restricted sheet at %v = %d rows, %v", aud, len(rows), err)
		}
	}
	rows, err = tr.TableRows(ctx, kg.Restricted, kg.TableQuery{DocumentID: secret.doc.ID, Section: []string{"Parts"}})
	if err != nil || len(rows) != 5 {
		t.Fatalf("TableRows of a restricted sheet at restricted = %d rows, %v", len(rows), err)
	}
	rows, err = tr.TableRows(ctx, kg.Restricted, kg.TableQuery{DocumentID: "no-such-doc"})
	if err != nil || len(rows) != 0 {
		t.Fatalf("TableRows of an unknown table = %d rows, %v", len(rows), err)
	}
	loadTablesAgrees(t, tr)
}

// loadTablesAgrees checks that a store reading tables with their rows in
// one round trip returns what Tables and TableRows return, at every
// clearance, with and without the smallest tables.
func loadTablesAgrees(t *testing.T, tr kg.TableReader) {
	t.Helper()
	l, ok := tr.(kg.TableLoader)
	if !ok {
		return
	}
	ctx := context.Background()
	for _, aud := range []kg.Audience{kg.Public, kg.Partner, kg.Internal, kg.Restricted} {
		for _, minRows := range []int{1, 2} {
			got, err := l.LoadTables(ctx, aud, 0, minRows)
			if err != nil {
				t.Fatal(err)
			}
			want, err := kg.LoadTablesEach(ctx, tr, aud, 0, minRows)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("LoadTables(%v, min %d) =\n%+v\nwant, as Tables and TableRows read them,\n%+v", aud, minRows, got, want)
			}
			if len(want) == 0 {
				t.Fatalf("LoadTables(%v, min %d): no table to compare", aud, minRows)
			}
		}
	}
}
