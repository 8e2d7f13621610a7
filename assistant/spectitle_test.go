package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A part page's title that states the part's size is quoted once per
// document; a title without a figure is not a quote.
func TestSpecTitle(t *testing.T) {
	seen := map[string]bool{}
	oring := kg.Chunk{DocumentID: "d1", DocTitle: "Viton O ring, 30mm inner diameter, 2mm cross section"}
	if got := specTitle(oring, seen); len(got) != 1 || got[0] != oring.DocTitle {
		t.Fatalf("specTitle = %q", got)
	}
	if got := specTitle(oring, seen); got != nil {
		t.Fatalf("the title is quoted twice: %q", got)
	}
	if got := specTitle(kg.Chunk{DocumentID: "d2", DocTitle: "Assemble the illumination"}, seen); got != nil {
		t.Fatalf("a title without a figure is quoted: %q", got)
	}
}
