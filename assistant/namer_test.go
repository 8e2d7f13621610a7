package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A part the sheet names only in English is named so in a Chinese answer,
// with its number: the number alone tells a customer nothing.
func TestPartNamedInTheSheetsLanguageWithItsNumber(t *testing.T) {
	n := &namer{ents: map[string]kg.Entity{
		"p1": {ID: "p1", Type: kg.Part, Name: "3x5 grid plate", Props: map[string]string{"part_no": "1116-0024-0040"}},
		"p2": {ID: "p2", Type: kg.Part, Name: "1116-0024-0040"},
		"p3": {ID: "p3", Type: kg.Part, Name: "Impeller", Aliases: []string{"叶轮"}, Props: map[string]string{"part_no": "CP200-IMP-01"}},
	}}
	for _, c := range []struct{ id, lang, want string }{
		{"p1", "zh", "3x5 grid plate (1116-0024-0040)"},
		{"p1", "en", "3x5 grid plate (1116-0024-0040)"},
		{"p2", "zh", "1116-0024-0040"},
		{"p3", "zh", "叶轮 (CP200-IMP-01)"},
	} {
		if got := n.display(c.id, "", c.lang); got != c.want {
			t.Errorf("display(%s, %s) = %q, want %q", c.id, c.lang, got, c.want)
		}
	}
}
