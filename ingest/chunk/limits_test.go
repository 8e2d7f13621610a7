package chunk

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// No passage is larger than the cap, whatever the source: a wide table
// row is split into pieces that each name the row, a run of text without
// spaces is cut, and a row wider than any real export is refused.
func TestPassagesAreBounded(t *testing.T) {
	var csv strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&csv, "col%d,", i)
	}
	csv.WriteString("last\n")
	for i := range 2000 {
		fmt.Fprintf(&csv, "value %d of the row,", i)
	}
	csv.WriteString("end\n")
	long := "# Notes\n\n" + strings.Repeat("x", 100_000) + "\n"
	biggest := 0
	for name, data := range map[string]string{"wide.csv": csv.String(), "long.md": long} {
		p, err := load.Load(context.Background(), name, []byte(data), load.DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		pieces := Document("d", p, Options{})
		for _, pc := range pieces {
			biggest = max(biggest, len(pc.Chunk.Text))
			if len(pc.Chunk.Text) > maxChunkBytes || chunkTokens(pc.Chunk.Text) > 180*2 {
				t.Errorf("%s: passage of %d bytes, %d tokens", name, len(pc.Chunk.Text), chunkTokens(pc.Chunk.Text))
			}
			if name == "wide.csv" && !strings.HasPrefix(pc.Chunk.Text, "col0: value 0 of the row") {
				t.Errorf("row piece does not name its row: %.60q", pc.Chunk.Text)
			}
		}
		t.Logf("%s (%d bytes): %d passages, the largest %d bytes", name, len(data), len(pieces), biggest)
	}

	var wide strings.Builder
	for i := range load.MaxTableColumns + 1 {
		fmt.Fprintf(&wide, "c%d,", i)
	}
	_, err := load.Load(context.Background(), "wider.csv", []byte(wide.String()+"\n"), load.DefaultLimits())
	if kg.ErrorCode(err) != kg.ETOOLARGE || !strings.Contains(kg.ErrorMessage(err), "columns") {
		t.Errorf("%d columns: %v", load.MaxTableColumns+2, err)
	}
}
