package ingest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

const bonusNote = "# Bonus\n\nThe HF-CP200 bonus pool is 500 euros per technician.\n"

func publicHits(t *testing.T, st kg.Reader) int {
	t.Helper()
	hits, err := st.SearchChunks(context.Background(), kg.Public, kg.ChunkQuery{Text: "bonus pool", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	return len(hits)
}

// Re-ingesting the same bytes at a stricter audience applies it; lowering
// it again needs Relabel.
func TestReingestAppliesStricterAudience(t *testing.T) {
	p, st := testPipeline(t)
	ctx := context.Background()
	src := ingest.Source{URI: "note.md", Data: []byte(bonusNote), Audience: kg.Public}
	if res := p.Ingest(ctx, src); res.Status != ingest.StatusOK || publicHits(t, st) == 0 {
		t.Fatalf("public note: %+v", res)
	}
	src.Audience = kg.Internal
	res := p.Ingest(ctx, src)
	if res.Status != ingest.StatusOK || res.RelabelledFrom != "public" || res.Audience != kg.Internal {
		t.Fatalf("relabel to internal: %+v, want ok, relabelled from public", res)
	}
	if n := publicHits(t, st); n != 0 {
		t.Fatalf("a public caller still finds %d chunks of the internal note", n)
	}
	if res := p.Ingest(ctx, src); res.Status != ingest.StatusUnchanged {
		t.Errorf("same bytes, same audience: %+v, want unchanged", res)
	}

	src.Audience = kg.Public
	res = p.Ingest(ctx, src)
	if res.Status != ingest.StatusFailed || res.Code != kg.ECONFLICT || !strings.Contains(res.Error, "--relabel") || !strings.Contains(res.Error, "note.md") {
		t.Fatalf("lowering without Relabel: %+v, want a conflict naming note.md and --relabel", res)
	}
	if n := publicHits(t, st); n != 0 {
		t.Fatalf("refused lowering published %d chunks", n)
	}
	src.Relabel = true
	if res := p.Ingest(ctx, src); res.Status != ingest.StatusOK || res.RelabelledFrom != "internal" || publicHits(t, st) == 0 {
		t.Fatalf("lowering with Relabel: %+v", res)
	}
}

// A writer below a stored document's audience can neither replace it nor
// learn from an "unchanged" that its guess of the content was right.
func TestWriterCannotReplaceHiddenDocument(t *testing.T) {
	p, st := testPipeline(t)
	ctx := context.Background()
	internal := kg.Internal
	if res := p.Ingest(ctx, ingest.Source{URI: "upload/bonus.txt", Data: []byte(bonusNote), Audience: kg.Internal, Writer: &internal}); res.Status != ingest.StatusOK {
		t.Fatalf("internal upload: %+v", res)
	}
	public := kg.Public
	for name, data := range map[string]string{"other text": "Nothing to see.", "same bytes": bonusNote} {
		res := p.Ingest(ctx, ingest.Source{URI: "upload/bonus.txt", Data: []byte(data), Audience: kg.Public, Writer: &public})
		if res.Status != ingest.StatusFailed || res.Code != kg.EFORBIDDEN || res.Chunks != 0 || res.Title != "" {
			t.Errorf("%s by a public writer: %+v, want a refusal that tells nothing", name, res)
		}
	}
	d, err := st.Document(ctx, kg.Restricted, kg.DocumentID("upload/bonus.txt"))
	if err != nil || d.Audience != kg.Internal {
		t.Fatalf("stored document after refused writes: %+v %v", d, err)
	}
}
