package retrieval

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A where-used question may name a part by its BOM description rather
// than its name ("spring washer 10" for 弹簧垫圈 10): the description's
// name counts when the question holds every word of it, plural or not,
// and "where's" asks where-used as "where is" does.
func TestWhereUsedByDescription(t *testing.T) {
	washer := kg.Entity{ID: "Part:gb/t 93 10", Type: kg.Part, Name: "弹簧垫圈 10", Props: kg.Props{"description": "Spring washer 10"}}
	bolt := kg.Entity{ID: "Part:gb/t 5783 m10x30", Type: kg.Part, Name: "六角头螺栓 M10x30", Props: kg.Props{"description": "Hex bolt M10x30, grade 8.8, zinc plated"}}
	supplier := kg.Entity{ID: "Supplier:x", Type: kg.Supplier, Name: "x", Props: kg.Props{"description": "Spring washer 10"}}
	for _, c := range []struct {
		q    string
		e    kg.Entity
		want int
	}{
		{"where's the spring washer 10 used", washer, 3},
		{"which assemblies take spring washers 10?", washer, 3},
		{"where is the spring washer used", washer, 0},
		{"where does the hex bolt M10x30 go", bolt, 3},
		{"where is the M10x30 bolt used", bolt, 0},
		{"where's the spring washer 10 used", supplier, 0},
	} {
		if got := spelledDescription(c.e, nameWords(foldName(c.q))); got != c.want {
			t.Errorf("%q of %q: %d words spelled, want %d", c.q, c.e.Props["description"], got, c.want)
		}
	}
	for _, q := range []string{"where's the spring washer 10 used", "where are the M8 nuts used", "where is the seal used"} {
		if got := Analyze(q).Intent; got != WhereUsed {
			t.Errorf("%q: intent %s, want %s", q, got, WhereUsed)
		}
	}
}
