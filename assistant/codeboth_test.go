package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Asked what a code means and how to fix it, the code list's meaning is
// joined by the troubleshooting row's remedy for that code.
func TestACodeAskedWhatAndHowGetsBothFields(t *testing.T) {
	ev := &retrieval.Evidence{
		Question: retrieval.Analyze("what does E01 mean and how do I fix it?"),
		Items: []retrieval.Item{
			{N: 1, Chunk: kg.Chunk{ID: "a", Kind: "table_row", Lang: "en", Text: "Code: E01; Meaning: Motor overcurrent"}},
			{N: 2, Chunk: kg.Chunk{ID: "b", Kind: "table_row", Lang: "en", Text: "Symptom: Motor trips with E02; Possible cause: Phase loss; Remedy: Check the fuses"}},
			{N: 3, Chunk: kg.Chunk{ID: "c", Kind: "table_row", Lang: "en", Text: "Symptom: Motor trips with E01; Possible cause: Flow too high; Remedy: Throttle the discharge valve"}},
		},
	}
	top := fieldHit{item: ev.Items[0], subject: "E01", field: cell{header: "Meaning", value: "Motor overcurrent"}}
	got, ok := otherFieldOfCode(ev, top, "en")
	if !ok || got.field.value != "Throttle the discharge valve" {
		t.Fatalf("got %+v, %v; want the E01 row's remedy", got.field, ok)
	}
	ev.Question = retrieval.Analyze("what does E01 mean?")
	if _, ok := otherFieldOfCode(ev, top, "en"); ok {
		t.Error("a question asking only the meaning got a remedy too")
	}
}
