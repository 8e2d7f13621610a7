package assistant

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// answerCase is one extractive answer over hand-made evidence, read from
// testdata/answers.json.
type answerCase struct {
	Name     string `json:"name"`
	Question string `json:"question"`
	Items    []struct {
		Text    string   `json:"text"`
		Section []string `json:"section"`
		Kind    string   `json:"kind"`
		Lang    string   `json:"lang"`
		URI     string   `json:"uri"`
		Title   string   `json:"title"`
		// Doc and Ordinal place passages of one document in reading
		// order; each passage is a document of its own otherwise.
		Doc     string `json:"doc"`
		Ordinal int    `json:"ordinal"`
	} `json:"items"`
	// Computed are structural answers retrieval found: an FMEA listing, a
	// where-used.
	Computed        []retrieval.Computed `json:"computed"`
	LinkedParameter string               `json:"linked_parameter"`
	// LinkedGlossary is a part the question named in the other language,
	// linked through the glossary.
	LinkedGlossary string `json:"linked_glossary"`
	// LinkedMode is a failure mode the question named.
	LinkedMode string `json:"linked_mode"`
	// LinkedProduct is the product the question named.
	LinkedProduct string   `json:"linked_product"`
	Want          []string `json:"want"`
	// First must stand in the answer's first line.
	First   string   `json:"first"`
	Not     []string `json:"not"`
	Abstain bool     `json:"abstain"`
}

func TestAnswersFromData(t *testing.T) {
	files, err := filepath.Glob("testdata/answers*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no answer cases: %v", err)
	}
	var cases []answerCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var more []answerCase
		if err := json.Unmarshal(data, &more); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		cases = append(cases, more...)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			var items []retrieval.Item
			for i, it := range c.Items {
				id := string(rune('a' + i))
				title := it.Title
				if title == "" {
					title = "Doc " + id
				}
				doc := "d" + id
				if it.Doc != "" {
					doc = it.Doc
				}
				items = append(items, retrieval.Item{N: i + 1, Score: 0.03, Chunk: kg.Chunk{
					ID: id, DocumentID: doc, Ordinal: it.Ordinal, Text: it.Text, Section: it.Section, Kind: it.Kind, Lang: it.Lang, DocTitle: title, DocURI: it.URI}})
			}
			ev := evidence(c.Question, items...)
			ev.Computed = c.Computed
			if c.LinkedParameter != "" {
				e := kg.Entity{ID: "p", Type: kg.Parameter, Name: c.LinkedParameter}
				ev.Linked = append(ev.Linked, retrieval.Linked{Entity: e, Surface: c.LinkedParameter})
			}
			if c.LinkedGlossary != "" {
				e := kg.Entity{ID: "g", Type: kg.Part, Name: c.LinkedGlossary}
				ev.Linked = append(ev.Linked, retrieval.Linked{Entity: e, Surface: c.LinkedGlossary, Via: "glossary"})
			}
			if c.LinkedProduct != "" {
				e := kg.Entity{ID: "prod", Type: kg.Product, Name: c.LinkedProduct}
				ev.Linked = append(ev.Linked, retrieval.Linked{Entity: e, Surface: c.LinkedProduct})
			}
			if c.LinkedMode != "" {
				e := kg.Entity{ID: "fm", Type: kg.FailureMode, Name: c.LinkedMode, Props: kg.Props{"mode": c.LinkedMode}}
				ev.Linked = append(ev.Linked, retrieval.Linked{Entity: e, Surface: c.LinkedMode})
			}
			ans := answer(t, ev)
			if ans.Abstained != c.Abstain {
				t.Fatalf("abstained = %v, want %v: %q", ans.Abstained, c.Abstain, ans.Answer)
			}
			for _, w := range c.Want {
				if !strings.Contains(ans.Answer, w) {
					t.Errorf("answer lacks %q:\n%s", w, ans.Answer)
				}
			}
			if first, _, _ := strings.Cut(ans.Answer, "\n"); !strings.Contains(first, c.First) {
				t.Errorf("first line lacks %q:\n%s", c.First, ans.Answer)
			}
			for _, n := range c.Not {
				if strings.Contains(ans.Answer, n) {
					t.Errorf("answer holds %q:\n%s", n, ans.Answer)
				}
			}
		})
	}
}
