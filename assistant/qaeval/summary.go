package qaeval

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
)

// Summary aggregates outcomes.
type Summary struct {
	Cases            int               `json:"cases"`
	Errors           int               `json:"errors"`
	Correct          float64           `json:"correct"`
	CiteDoc          float64           `json:"citation_doc"`
	CiteFact         float64           `json:"citation_fact"`
	Recall           float64           `json:"evidence_recall"`
	AbstainPrecision float64           `json:"abstain_precision"`
	AbstainRecall    float64           `json:"abstain_recall"`
	Leaks            int               `json:"leaks"`
	ByKind           map[string][2]int `json:"by_kind"` // correct, total
}

// Summarize computes the rates. Citation and recall rates count only the
// cases that should be answered; abstention rates count the others too.
func Summarize(outs []Outcome) Summary {
	s := Summary{Cases: len(outs), ByKind: map[string][2]int{}}
	var correct, answerable, citeDoc, citeFact, recall int
	var predAbs, trueAbs, bothAbs int
	for _, o := range outs {
		k := s.ByKind[o.Case.Kind]
		k[1]++
		if o.Err != "" {
			s.Errors++
		}
		if o.Correct {
			correct++
			k[0]++
		}
		s.ByKind[o.Case.Kind] = k
		s.Leaks += len(o.Leaks)
		if o.Abstained {
			predAbs++
		}
		if o.Case.Abstain {
			trueAbs++
			if o.Abstained {
				bothAbs++
			}
			continue
		}
		answerable++
		if o.CiteDoc {
			citeDoc++
		}
		if o.CiteFact {
			citeFact++
		}
		if o.Recall {
			recall++
		}
	}
	s.Correct = ratio(correct, len(outs))
	s.CiteDoc, s.CiteFact, s.Recall = ratio(citeDoc, answerable), ratio(citeFact, answerable), ratio(recall, answerable)
	s.AbstainPrecision, s.AbstainRecall = ratio(bothAbs, predAbs), ratio(bothAbs, trueAbs)
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Print writes the summary as a table.
func (s Summary) Print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "metric\tvalue\n")
	fmt.Fprintf(tw, "cases\t%d\n", s.Cases)
	fmt.Fprintf(tw, "errors\t%d\n", s.Errors)
	fmt.Fprintf(tw, "answer correctness\t%.3f\n", s.Correct)
	fmt.Fprintf(tw, "citation: cited doc is a source\t%.3f\n", s.CiteDoc)
	fmt.Fprintf(tw, "citation: cited text holds the facts\t%.3f\n", s.CiteFact)
	fmt.Fprintf(tw, "evidence recall@k\t%.3f\n", s.Recall)
	fmt.Fprintf(tw, "abstention precision\t%.3f\n", s.AbstainPrecision)
	fmt.Fprintf(tw, "abstention recall\t%.3f\n", s.AbstainRecall)
	fmt.Fprintf(tw, "audience leaks\t%d\n", s.Leaks)
	var kinds []string
	for k := range s.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		v := s.ByKind[k]
		fmt.Fprintf(tw, "  %s\t%d/%d\n", k, v[0], v[1])
	}
	tw.Flush()
}
