package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// testCommitGroup: documents committed together read exactly as if each
// had been committed alone; a group with one bad document writes
// nothing and leaves its batches open for one-by-one commits.
func testCommitGroup(t *testing.T, open func(t *testing.T) kg.Store) {
	want := func() string {
		ctx, s := loaded(t, open)
		return snapshot(t, ctx, s)
	}()
	ctx := context.Background()
	s := open(t)
	gc := ability[kg.GroupCommitter](t, s, "commit groups")
	// The bad document links to an entity stored when it is filled and
	// gone when the group commits.
	temp := docFixture{doc: kg.Document{ID: kg.DocumentID("file:///plant/temp.txt"), URI: "file:///plant/temp.txt", SHA256: "t", Audience: kg.Public}}
	temp.chunks = []kg.Chunk{{ID: chunkID(temp.doc.ID, 0), Text: "temporary", Embedding: vec(1)}}
	temp.ents = []kg.Entity{{ID: kg.EntityID(kg.Part, "temp"), Type: kg.Part, Name: "temp", Sources: src(temp.doc.ID, 0)}}
	ingest(t, ctx, s, temp)
	bad := docFixture{doc: extraDoc(kg.Public)}
	bad.chunks = []kg.Chunk{{ID: chunkID(bad.doc.ID, 0), Text: "extra", Embedding: vec(1)}}
	bad.ents = []kg.Entity{{ID: kg.EntityID(kg.Part, "x"), Type: kg.Part, Name: "x", Sources: src(bad.doc.ID, 0)}}
	bad.rels = []kg.Relation{{Type: kg.HasPart, From: kg.EntityID(kg.Part, "x"), To: kg.EntityID(kg.Part, "temp"), Sources: src(bad.doc.ID, 0)}}
	// The manual links to a cause only the FMEA defines, and a batch may
	// link only to what is stored or what it asserts itself.
	ingest(t, ctx, s, fmea())
	fixtures := []docFixture{supplier(), manual()}
	batches := begun(t, ctx, s, append(fixtures, bad)...)
	must(t, "DeleteDocument", s.DeleteDocument(ctx, temp.doc.ID))
	before := snapshot(t, ctx, s)
	if err := gc.CommitGroup(ctx, batches); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("a group with a relation to an entity no longer stored: %v; want invalid", err)
	}
	sameSnapshot(t, "after a failed group", before, snapshot(t, ctx, s))
	must(t, "rolling back the bad document", batches[len(batches)-1].Rollback())
	if err := gc.CommitGroup(ctx, batches); err == nil {
		t.Errorf("a group holding a rolled-back batch committed")
	}
	// The failed group left the good batches open.
	must(t, "Commit of a batch a failed group left", batches[0].Commit(ctx))
	for _, b := range batches[1:len(fixtures)] {
		must(t, "Rollback", b.Rollback())
	}
	must(t, "DeleteDocument", s.DeleteDocument(ctx, supplierID))

	batches = begun(t, ctx, s, fixtures...)
	must(t, "CommitGroup", gc.CommitGroup(ctx, batches))
	must(t, "AwaitSearch", gc.AwaitSearch(ctx))
	sameSnapshot(t, "committed as a group rather than one by one", want, snapshot(t, ctx, s))
	if err := batches[0].Commit(ctx); err == nil {
		t.Errorf("a batch committed in a group committed again")
	}
	if _, err := s.Begin(ctx, manual().doc); !errors.Is(err, kg.ErrUnchanged) {
		t.Errorf("Begin of a document a group committed: %v; want unchanged", err)
	}

	// A new version in a group replaces the old one as Commit does.
	v2 := manualV2()
	must(t, "CommitGroup of a new version", gc.CommitGroup(ctx, begun(t, ctx, s, v2)))
	d, err := s.Document(ctx, kg.Public, manualID)
	if err != nil || d.SHA256 != v2.doc.SHA256 || d.Chunks != 1 {
		t.Errorf("manual after a new version in a group: %+v, %v", d, err)
	}
}

// begun begins and fills a batch per fixture.
func begun(t *testing.T, ctx context.Context, s kg.Store, fs ...docFixture) []kg.Batch {
	t.Helper()
	var out []kg.Batch
	for _, f := range fs {
		b, err := s.Begin(ctx, f.doc)
		must(t, "Begin "+f.doc.URI, err)
		must(t, "filling "+f.doc.URI, fill(ctx, b, f))
		out = append(out, b)
	}
	return out
}
