package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// extractPair is one part-of fact by names: whole has part.
type extractPair struct{ whole, part string }

// extractScore counts part-of predictions against gold, strictly (both
// names equal after normalization, or a predicted entity's alias equal) and
// by head (one name ends with the other: "lift cylinder" ~ "cylinder").
type extractScore struct {
	gold, pred, strictHit, headHit, strictPredHit, headPredHit int
}

func (s *extractScore) add(gold []extractPair, pred [][2][]string) {
	s.gold += len(gold)
	s.pred += len(pred)
	for _, loose := range []bool{false, true} {
		usedGold := make([]bool, len(gold))
		for _, p := range pred {
			for gi, g := range gold {
				if !usedGold[gi] && extractNameMatch(g.whole, p[0], loose) && extractNameMatch(g.part, p[1], loose) {
					usedGold[gi] = true
					if loose {
						s.headHit++
					} else {
						s.strictHit++
					}
					break
				}
			}
		}
	}
	s.strictPredHit, s.headPredHit = s.strictHit, s.headHit
}

func extractNameMatch(gold string, names []string, loose bool) bool {
	g := kg.NormalizeName(gold)
	for _, n := range names {
		n = kg.NormalizeName(n)
		if n == g || loose && n != "" && (strings.HasSuffix(g, n) || strings.HasSuffix(n, g)) {
			return true
		}
	}
	return false
}

func (s extractScore) row(name string) string {
	p := func(hit, of int) float64 {
		if of == 0 {
			return 0
		}
		return float64(hit) / float64(of)
	}
	return fmt.Sprintf("%-28s gold %5d  pred %5d  strict P %.3f R %.3f  head P %.3f R %.3f",
		name, s.gold, s.pred, p(s.strictHit, s.pred), p(s.strictHit, s.gold), p(s.headHit, s.pred), p(s.headHit, s.gold))
}

func (s extractScore) precision() float64 { return float64(s.strictHit) / float64(max(1, s.pred)) }
func (s extractScore) recall() float64    { return float64(s.strictHit) / float64(max(1, s.gold)) }

// extractPredPairs runs the prose rules on text and returns the HAS_PART
// facts, each end as the names (name and aliases) of its entity.
func extractPredPairs(x *RuleExtractor, text string) [][2][]string {
	f := x.ExtractText(context.Background(), text)
	names := map[string][]string{}
	for _, e := range f.Entities {
		names[e.ID] = append([]string{e.Name}, e.Aliases...)
	}
	var out [][2][]string
	for _, r := range f.Relations {
		if r.Type == kg.HasPart {
			out = append(out, [2][]string{names[r.From], names[r.To]})
		}
	}
	return out
}

// TestPartOfEval measures the part-of rules against two gold corpora and
// prints the figures; the asserted floors sit just under what was measured,
// so a regression fails and an improvement only needs the floors raised.
func TestPartOfEval(t *testing.T) {
	x, err := NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	en := extractMaintIE(t, x)
	zhAll, zhLabelled := extractBDCI(t, x)
	t.Log("\n" + strings.Join([]string{
		en.row("MaintIE hasPart+contains"),
		zhAll.row("BDCI 组成 (all docs)"),
		zhLabelled.row("BDCI 组成 (docs with 组成)"),
	}, "\n"))
	for _, c := range []struct {
		name       string
		s          extractScore
		minP, minR float64
	}{
		{"MaintIE", en, 0.57, 0.25},
		{"BDCI", zhAll, 0.045, 0.25},
	} {
		if c.s.precision() < c.minP || c.s.recall() < c.minR {
			t.Errorf("%s strict P %.3f R %.3f below floor P %.2f R %.2f", c.name, c.s.precision(), c.s.recall(), c.minP, c.minR)
		}
	}
}

func extractMaintIE(t *testing.T, x *RuleExtractor) extractScore {
	b, err := os.ReadFile(extractCorpus(t, "maintie", "data", "gold_release.json"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []struct {
		Text     string   `json:"text"`
		Tokens   []string `json:"tokens"`
		Entities []struct {
			Start, End int
		} `json:"entities"`
		Relations []struct {
			Head, Tail int
			Type       string
		} `json:"relations"`
	}
	if err := json.Unmarshal(b, &docs); err != nil {
		t.Fatal(err)
	}
	var s extractScore
	for _, d := range docs {
		span := func(i int) string { e := d.Entities[i]; return strings.Join(d.Tokens[e.Start:e.End], " ") }
		var gold []extractPair
		for _, r := range d.Relations {
			if r.Type == "hasPart" || r.Type == "contains" {
				gold = append(gold, extractPair{whole: span(r.Head), part: span(r.Tail)})
			}
		}
		s.add(gold, extractPredPairs(x, d.Text))
	}
	return s
}

// extractBDCI scores 组成 triples (h is the part, t the whole). Annotators
// labelled 组成 in few documents, so precision is also reported over the
// documents that have at least one.
func extractBDCI(t *testing.T, x *RuleExtractor) (all, labelled extractScore) {
	f, err := os.Open(extractCorpus(t, "bdci-fault-re-zh", "train.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
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
			t.Fatal(err)
		}
		var gold []extractPair
		for _, r := range d.SPO {
			if r.Relation == "组成" {
				gold = append(gold, extractPair{whole: r.Tail.Name, part: r.Head.Name})
			}
		}
		pred := extractPredPairs(x, d.Text)
		all.add(gold, pred)
		if len(gold) > 0 {
			labelled.add(gold, pred)
		}
	}
	return all, labelled
}
