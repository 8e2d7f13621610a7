package retrieval

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A where-used line cites the part's row under the assembly and the row
// naming the assembly itself: in a levelled BOM the part's row does not
// name its assembly.
func TestWhereUsedCitesTheAssemblysOwnRow(t *testing.T) {
	v := newGraphView(roverBOM())
	rover, wheel, bolt := ent(kg.Product, "rover"), ent(kg.Assembly, "drive wheel"), ent(kg.Part, "M3 bolt")
	c := whereUsed(v, bolt.ID)
	for _, l := range c.Lines {
		if l.ID != wheel.ID {
			continue
		}
		want := []string{part(wheel, bolt, "4").ID, part(rover, wheel, "6").ID}
		if !slices.Equal(l.facts, want) {
			t.Errorf("drive wheel line rests on %v, want %v", l.facts, want)
		}
		for _, id := range want {
			if !slices.Contains(c.facts, id) {
				t.Errorf("the computation does not bring in %s", id)
			}
		}
		return
	}
	t.Fatalf("no drive wheel line in %+v", c.Lines)
}

// The first-level parts of a product cite their own rows, not the rows of
// the deeper lines the question did not ask for.
func TestFocusedExplosionCitesTheLinesShown(t *testing.T) {
	v := newGraphView(roverBOM())
	rover := ent(kg.Product, "rover")
	c := focusBOM(explodeBOM(v, rover.ID), Question{Text: "what are the top-level assemblies of the rover"}, nil, v)
	var want []string
	for _, l := range c.Lines {
		want = append(want, l.facts...)
	}
	if len(c.Lines) != 2 || !slices.Equal(c.facts, want) {
		t.Errorf("lines %+v rest on %v, want %v", c.Lines, c.facts, want)
	}
}

// Passages come one per fact before any fact gets a second, so a BOM held
// twice (sheet and CSV) still cites every line within the budget.
func TestComputedSupportTakesOnePassagePerFactFirst(t *testing.T) {
	support := map[string][]kg.Chunk{}
	var ids []string
	for i := range maxComputed {
		id := string(rune('a'+i%26)) + string(rune('a'+i/26))
		ids = append(ids, id)
		support[id] = []kg.Chunk{{ID: id + "-sheet"}, {ID: id + "-csv"}}
	}
	got := computedSupport(ids, support)
	if len(got) != maxComputed {
		t.Fatalf("%d passages, want %d", len(got), maxComputed)
	}
	for i, c := range got {
		if c.ID != ids[i]+"-sheet" {
			t.Fatalf("passage %d is %s, want %s-sheet", i, c.ID, ids[i])
		}
	}
}

func TestPieceCountsOfAWholeAskABOM(t *testing.T) {
	cases := map[string]bool{
		"整台泵一共用几颗 M8x25 螺栓":  true,
		"整车一共需要多少块 3x5 网格板":  true,
		"整车一共要用多少根 1106 方梁？": true,
		"显微镜装电机要几颗螺丝？什么规格？":  false, // one step of a procedure
		"叶轮直径多大，几片叶片？":       false,
		"WC2 工作中心一共有多少张工单？":  false, // rows of a table
	}
	for q, want := range cases {
		if got := Analyze(q).Intent; (got == BOM) != want {
			t.Errorf("%s: intent %s, want a BOM roll-up: %v", q, got, want)
		}
	}
}

// "How many washers on the screw" is not answered by listing the screw's
// parts when none of them is a washer.
func TestACountOfWhatTheBOMLacksIsNotItsListing(t *testing.T) {
	v := newGraphView(roverBOM())
	wheel := ent(kg.Assembly, "drive wheel")
	whole := explodeBOM(v, wheel.ID)
	for q, lacks := range map[string]bool{
		"how many washers go on the drive wheel": true,
		"how many bolts go on the drive wheel":   false,
		"what parts make up the drive wheel":     false,
	} {
		linked := []Linked{{Entity: wheel, Surface: "drive wheel"}}
		if got := countsWhatItLacks(whole, Analyze(q), linked, v); got != lacks {
			t.Errorf("%s: lacks %v, want %v", q, got, lacks)
		}
	}
}
