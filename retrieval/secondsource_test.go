package retrieval

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// Parts-list rows naming the item fill the budget; the passages of other
// documents that state how long the job takes are kept beyond it, but not
// a second one of a document whose kept passages state a time already.
func TestSecondSourcesOfATimeTaken(t *testing.T) {
	rows := func(n int) []kg.ScoredChunk {
		var out []kg.ScoredChunk
		for i := range n {
			out = append(out, kg.ScoredChunk{Score: 3 - 0.01*float64(i), Chunk: kg.Chunk{ID: fmt.Sprintf("row%d", i), DocumentID: "parts",
				Kind: "table_row", Text: fmt.Sprintf("Part No.: IMP-%02d; Name: Impeller, 174 mm; 名称: 叶轮; Delivery: %d days", i, i+3)}})
		}
		return out
	}
	faq := kg.ScoredChunk{Score: 1, Chunk: kg.Chunk{ID: "faq", DocumentID: "faq",
		Text: "Yes. A trained fitter can replace the impeller in roughly 3 hours."}}
	sheet := kg.ScoredChunk{Score: 0.9, Chunk: kg.Chunk{ID: "sheet", DocumentID: "sheet", Lang: "zh",
		Text: "标准维修工时：更换叶轮 3.5 h；更换轴承 4 h。"}}
	grease := kg.ScoredChunk{Score: 0.95, Chunk: kg.Chunk{ID: "grease", DocumentID: "guide",
		Text: "Grease the bearings every 2000 hours."}}
	sameDoc := kg.ScoredChunk{Score: 0.97, Chunk: kg.Chunk{ID: "note", DocumentID: "parts",
		Text: "Replacing an impeller takes 3 hours."}}
	cases := []struct {
		name, question string
		want           []string
	}{
		{"an English question", "How long does it take to replace the impeller?", []string{"faq", "sheet"}},
		{"a Chinese question", "更换叶轮大概需要多长时间？", []string{"faq", "sheet"}},
		{"a question for a value, not a time", "What is the impeller's diameter?", nil},
		{"a question how often", "叶轮多久换一次？", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFusion()
			f.addScored(append(rows(10), faq, sheet, grease, sameDoc), weightFulltext, "fulltext")
			reserveSecondSources(Analyze(c.question), f, 10)
			var got []string
			for _, id := range f.order {
				if f.byID[id].reserved {
					got = append(got, id)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Fatalf("reserved %v, want %v", got, c.want)
			}
		})
	}
}

// A document heard from only in passages stating no time may still give
// the time, after the documents not heard from at all.
func TestSecondSourceOfADocumentKeptWithoutATime(t *testing.T) {
	var hits []kg.ScoredChunk
	for i := range 9 {
		hits = append(hits, kg.ScoredChunk{Score: 3 - 0.01*float64(i), Chunk: kg.Chunk{ID: fmt.Sprintf("part%d", i), DocumentID: "body",
			Text: fmt.Sprintf("Step %d: the main body prints without support on an Ormerod.", i)}})
	}
	hits = append(hits,
		kg.ScoredChunk{Score: 2, Chunk: kg.Chunk{ID: "intro", DocumentID: "printing", Text: "Print the main body first; it is the largest part."}},
		kg.ScoredChunk{Score: 1, Chunk: kg.Chunk{ID: "layers", DocumentID: "printing", Text: "With 0.24mm layers my Ormerod takes 10 hours for the main body."}},
		kg.ScoredChunk{Score: 0.9, Chunk: kg.Chunk{ID: "other", DocumentID: "notes", Text: "The main body takes about 9 hours on an Ormerod."}})
	f := newFusion()
	f.addScored(hits, weightFulltext, "fulltext")
	reserveSecondSources(Analyze("How long does the main body take to print on an Ormerod?"), f, 10)
	var got []string
	for _, id := range f.order {
		if f.byID[id].reserved {
			got = append(got, id)
		}
	}
	if want := []string{"layers", "other"}; !slices.Equal(got, want) {
		t.Fatalf("reserved %v, want %v", got, want)
	}
}
