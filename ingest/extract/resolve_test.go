package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// One parameter of one subject stated in Chinese by one document and in
// English by another must be one relation id, so the store flags the
// differing values; within one document both values are kept.
func TestResolveParameterConflict(t *testing.T) {
	x, err := NewExtractor(WithSubject("CP200 pump"))
	if err != nil {
		t.Fatal(err)
	}
	zh := x.ExtractText(context.Background(), "额定电压：12 V")
	en := x.ExtractText(context.Background(), "Rated voltage: 24 V. Nominal voltage is 12 V.")
	a, b := extractParamRels(zh), extractParamRels(en)
	if len(a) != 1 || len(b) != 2 {
		t.Fatalf("relations zh %d, en %d; want 1 and 2 (two values kept apart)", len(a), len(b))
	}
	if a[0].ID != b[0].ID || b[0].ID != b[1].ID {
		t.Fatalf("relation ids differ: %s %s %s", a[0].ID, b[0].ID, b[1].ID)
	}
	src := append(append([]kg.Source{}, a[0].Sources...), b[0].Sources...)
	src = append(src, b[1].Sources...)
	if _, conflict := kg.MergeSources(src); !conflict {
		t.Error("12 V and 24 V are not flagged as a conflict")
	}
}

func extractParamRels(f Facts) []kg.Relation {
	var out []kg.Relation
	for _, r := range f.Relations {
		if r.Type == kg.HasParameter {
			out = append(out, r)
		}
	}
	return out
}

// A prose mention of a part number meets the BOM row of that number, and
// the Chinese and English names of one part are one entity.
func TestResolveMergesByPartNumberAndAlias(t *testing.T) {
	a, _ := resolveLoadAliases(func(name string) ([]byte, error) { return extractReadMapping("", name) })
	c := kg.Chunk{ID: "d.0", DocumentID: "d"}
	s := &extractSink{}
	bom := s.add(c, extractEntity{typ: kg.Part, name: "Impeller", key: "CP200-IMP-01", aliases: []string{"CP200-IMP-01"}, props: kg.Props{"part_no": "CP200-IMP-01"}})
	prose := s.add(kg.Chunk{ID: "d.1", DocumentID: "d"}, extractEntity{typ: kg.Part, name: "CP200-IMP-01", props: kg.Props{"part_no": "CP200-IMP-01"}})
	zh := s.entity(c, kg.Part, "叶轮")
	s.entity(kg.Chunk{ID: "d.2", DocumentID: "d"}, kg.Part, "impeller")
	s.relate(c, kg.HasPart, zh, bom, nil)
	f, err := resolveFacts(context.Background(), s.facts, a)
	if err != nil {
		t.Fatal(err)
	}
	if bom != prose {
		t.Errorf("part number ids differ: %s %s", bom, prose)
	}
	if len(f.Entities) != 1 || f.Entities[0].ID != bom {
		t.Fatalf("want one entity %s (BOM row, prose number, 叶轮 and impeller), got %+v", bom, f.Entities)
	}
	e := f.Entities[0]
	if e.Name != "Impeller" || len(e.Sources) != 3 || !slices.Contains(e.Aliases, "叶轮") || !slices.Contains(e.Aliases, "CP200-IMP-01") {
		t.Errorf("merged entity = %+v", e)
	}
	if len(f.Relations) != 0 {
		t.Errorf("a part-of between two names of one part must vanish, got %+v", f.Relations)
	}
}
