package retrieval

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// The lines a "which …" question asks for carry their item's description
// when it says more than their name; a line named by it already, and the
// line the caller holds, stay as they were.
func TestDescribedLines(t *testing.T) {
	v := newGraphView(kg.Subgraph{Entities: []kg.Entity{
		{ID: "Part:wheel", Type: kg.Part, Name: "wheel", Props: kg.Props{"description": "Traxxas 5374X Talon Tires"}},
		{ID: "Part:motor", Type: kg.Part, Name: "motor", Props: kg.Props{"description": "motor"}},
	}})
	in := []Line{{ID: "Part:wheel", Name: "wheel"}, {ID: "Part:motor", Name: "motor"}}
	got := describedLines(in, v)
	if got[0].Props["description"] != "Traxxas 5374X Talon Tires" {
		t.Errorf("wheel: props %v, want its description", got[0].Props)
	}
	if _, ok := got[1].Props["description"]; ok {
		t.Errorf("motor: props %v, want none: the description is its name", got[1].Props)
	}
	if in[0].Props != nil {
		t.Errorf("the caller's line changed: %v", in[0].Props)
	}
}

// A line known by a short name is found by the words of its description
// when no line's name holds the question's words: "which tires" is the
// wheel described as "Talon Tires".
func TestLinesDescribedAs(t *testing.T) {
	v := newGraphView(kg.Subgraph{Entities: []kg.Entity{
		{ID: "Part:wheel", Type: kg.Part, Name: "wheel", Props: kg.Props{"description": "Traxxas 5374X Talon Tires, Gemini Wheels"}},
		{ID: "Part:motor", Type: kg.Part, Name: "motor", Props: kg.Props{"description": "Yellow Jacket Planetary Gear Motor"}},
	}})
	c := Computed{Kind: "bom", Lines: []Line{{ID: "Part:wheel", Name: "wheel"}, {ID: "Part:motor", Name: "motor"}}}
	text := "which tires does the parts list call for?"
	got := linesDescribedAs(c, Question{Text: text, Terms: ContentTerms(text)}, nil, v)
	if len(got) != 1 || got[0].ID != "Part:wheel" {
		t.Errorf("lines %v, want the wheel alone", got)
	}
}
