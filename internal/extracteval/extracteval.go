// Package extracteval scores part-of extraction against public gold
// corpora — MaintIE's hasPart/contains relations (English maintenance work
// orders) and BDCI's 组成 triples (Chinese fault reports) — so the rules
// alone and the rules joined by a model are measured the same way.
package extracteval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// Pair is one gold part-of fact by names: Whole has Part.
type Pair struct{ Whole, Part string }

// Doc is one gold text with its part-of facts.
type Doc struct {
	Text string
	Gold []Pair
}

// Extract finds facts in a text; the part-of ones are scored.
type Extract func(ctx context.Context, text string) ([]kg.Entity, []kg.Relation, error)

// Score counts part-of predictions against gold, strictly (both names
// equal after normalization, or a predicted entity's alias equal) and by
// head (one name ends with the other: "lift cylinder" ~ "cylinder").
type Score struct {
	Gold, Pred, StrictHit, HeadHit int
}

// Run scores extract over docs. all counts every document; labelled only
// those with at least one gold pair, since annotators labelled part-of in
// few BDCI documents.
func Run(ctx context.Context, docs []Doc, extract Extract) (all, labelled Score, err error) {
	for _, d := range docs {
		ents, rels, err := extract(ctx, d.Text)
		if err != nil {
			return all, labelled, err
		}
		pred := PartOfPairs(ents, rels)
		all.Add(d.Gold, pred)
		if len(d.Gold) > 0 {
			labelled.Add(d.Gold, pred)
		}
	}
	return all, labelled, nil
}

// Add scores one document's predictions, each end given as its entity's
// names (name and aliases).
func (s *Score) Add(gold []Pair, pred [][2][]string) {
	s.Gold += len(gold)
	s.Pred += len(pred)
	for _, loose := range []bool{false, true} {
		used := make([]bool, len(gold))
		for _, p := range pred {
			for gi, g := range gold {
				if !used[gi] && nameMatch(g.Whole, p[0], loose) && nameMatch(g.Part, p[1], loose) {
					used[gi] = true
					if loose {
						s.HeadHit++
					} else {
						s.StrictHit++
					}
					break
				}
			}
		}
	}
}

func nameMatch(gold string, names []string, loose bool) bool {
	g := kg.NormalizeName(gold)
	for _, n := range names {
		n = kg.NormalizeName(n)
		if n == g || loose && n != "" && (strings.HasSuffix(g, n) || strings.HasSuffix(n, g)) {
			return true
		}
	}
	return false
}

func ratio(hit, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(hit) / float64(of)
}

// Precision and Recall are the strict figures.
func (s Score) Precision() float64 { return ratio(s.StrictHit, s.Pred) }
func (s Score) Recall() float64    { return ratio(s.StrictHit, s.Gold) }

// Row is one line of a results table.
func (s Score) Row(name string) string {
	return fmt.Sprintf("%-34s gold %5d  pred %5d  strict P %.3f R %.3f  head P %.3f R %.3f",
		name, s.Gold, s.Pred, s.Precision(), s.Recall(), ratio(s.HeadHit, s.Pred), ratio(s.HeadHit, s.Gold))
}

// PartOfPairs returns the HAS_PART facts as (whole names, part names).
func PartOfPairs(ents []kg.Entity, rels []kg.Relation) [][2][]string {
	names := map[string][]string{}
	for _, e := range ents {
		names[e.ID] = append([]string{e.Name}, e.Aliases...)
	}
	var out [][2][]string
	for _, r := range rels {
		if r.Type == kg.HasPart {
			out = append(out, [2][]string{names[r.From], names[r.To]})
		}
	}
	return out
}

// LoadMaintIE reads MaintIE's gold_release.json.
func LoadMaintIE(path string) ([]Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw []struct {
		Text      string                     `json:"text"`
		Tokens    []string                   `json:"tokens"`
		Entities  []struct{ Start, End int } `json:"entities"`
		Relations []struct {
			Head, Tail int
			Type       string
		} `json:"relations"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("extracteval.LoadMaintIE: %w", err)
	}
	docs := make([]Doc, 0, len(raw))
	for _, d := range raw {
		span := func(i int) string { e := d.Entities[i]; return strings.Join(d.Tokens[e.Start:e.End], " ") }
		doc := Doc{Text: d.Text}
		for _, r := range d.Relations {
			if r.Type == "hasPart" || r.Type == "contains" {
				doc.Gold = append(doc.Gold, Pair{Whole: span(r.Head), Part: span(r.Tail)})
			}
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// LoadBDCI reads BDCI's train.jsonl; in a 组成 triple h is the part and t
// the whole.
func LoadBDCI(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var d struct {
			Text string `json:"text"`
			SPO  []struct {
				Head     struct{ Name string } `json:"h"`
				Tail     struct{ Name string } `json:"t"`
				Relation string                `json:"relation"`
			} `json:"spo_list"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("extracteval.LoadBDCI: line %d: %w", len(docs)+1, err)
		}
		doc := Doc{Text: d.Text}
		for _, r := range d.SPO {
			if r.Relation == "组成" {
				doc.Gold = append(doc.Gold, Pair{Whole: r.Tail.Name, Part: r.Head.Name})
			}
		}
		docs = append(docs, doc)
	}
	return docs, sc.Err()
}
