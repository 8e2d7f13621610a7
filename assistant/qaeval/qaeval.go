// Package qaeval scores kgassist against question sets written as data:
// answer correctness against expected key facts, citation validity,
// evidence recall, abstention precision and recall, and audience leaks.
package qaeval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path"
	"strings"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Case is one question with what a right answer contains.
type Case struct {
	ID        string     `json:"id"`
	Question  string     `json:"question"`
	Clearance string     `json:"clearance"`
	Lang      string     `json:"lang"`
	Kind      string     `json:"kind"`
	Expect    [][]string `json:"expect"`
	Abstain   bool       `json:"abstain"`
	Sources   []string   `json:"sources"`
	Forbid    []string   `json:"forbid"`
}

// Load reads a JSON Lines question set.
func Load(file string) ([]Case, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, kg.WrapCode(kg.EINVALID, "qaeval.Load", err)
	}
	var cases []Case
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "//") {
			continue
		}
		var c Case
		if err := json.Unmarshal([]byte(text), &c); err != nil {
			return nil, kg.Errorf(kg.EINVALID, "%s:%d: %v", file, line, err)
		}
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// Outcome is how one case went.
type Outcome struct {
	Case      Case              `json:"case"`
	Answer    *assistant.Answer `json:"answer,omitempty"`
	Err       string            `json:"error,omitempty"`
	Correct   bool              `json:"correct"`
	Abstained bool              `json:"abstained"`
	CiteDoc   bool              `json:"cite_doc"`  // a citation is from a source document
	CiteFact  bool              `json:"cite_fact"` // the cited passages contain the expected facts
	Recall    bool              `json:"recall"`    // a source document is among the evidence items
	Leaks     []string          `json:"leaks,omitempty"`
	Missing   []string          `json:"missing,omitempty"`
}

// Asker and Retriever are what the evaluation drives.
type Asker interface {
	Ask(ctx context.Context, req assistant.Request) (*assistant.Answer, error)
}

type Retriever interface {
	Retrieve(ctx context.Context, clearance kg.Audience, question string) (*retrieval.Evidence, error)
}

// Run asks every case and scores it.
func Run(ctx context.Context, a Asker, r Retriever, cases []Case) []Outcome {
	out := make([]Outcome, 0, len(cases))
	for _, c := range cases {
		out = append(out, runCase(ctx, a, r, c))
	}
	return out
}

func runCase(ctx context.Context, a Asker, r Retriever, c Case) Outcome {
	o := Outcome{Case: c}
	clearance, err := kg.ParseAudience(c.Clearance)
	if err != nil {
		o.Err = err.Error()
		return o
	}
	ans, err := a.Ask(ctx, assistant.Request{Question: c.Question, Clearance: clearance})
	if err != nil {
		o.Err = err.Error()
		return o
	}
	o.Answer, o.Abstained = ans, ans.Abstained
	o.Missing = missingGroups(ans.Answer, c.Expect)
	o.Correct = o.Abstained == c.Abstain && (c.Abstain || len(o.Missing) == 0)
	o.CiteDoc, o.CiteFact = citationChecks(ans, c)
	o.Leaks = leaks(ans, c.Forbid)
	if ev, err := r.Retrieve(ctx, clearance, c.Question); err == nil {
		o.Recall = evidenceRecall(ev, c.Sources)
		o.Leaks = append(o.Leaks, evidenceLeaks(ev, clearance, c.Forbid)...)
	}
	return o
}

// Normalize folds case and spacing for substring matching.
func Normalize(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func missingGroups(answer string, expect [][]string) []string {
	a := Normalize(answer)
	var missing []string
	for _, group := range expect {
		if !anyIn(a, group) {
			missing = append(missing, strings.Join(group, "|"))
		}
	}
	return missing
}

func anyIn(text string, alts []string) bool {
	for _, alt := range alts {
		if strings.Contains(text, Normalize(alt)) || strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(Normalize(alt), " ", "")) {
			return true
		}
	}
	return false
}

// citationChecks: is a cited document one of the case's sources, and does
// the cited text, or a value computed from cited rows, hold every expected
// fact (see citedHolds)?
func citationChecks(ans *assistant.Answer, c Case) (doc, fact bool) {
	var cited strings.Builder
	for _, ct := range ans.Citations {
		cited.WriteString(Normalize(ct.Snippet) + " ")
		for _, s := range c.Sources {
			if path.Base(ct.Document.URI) == s {
				doc = true
			}
		}
	}
	if len(c.Expect) == 0 {
		return doc, len(ans.Citations) > 0
	}
	fact = true
	for _, g := range c.Expect {
		fact = fact && citedHolds(cited.String(), ans.Computed, g)
	}
	return doc, fact
}

func evidenceRecall(ev *retrieval.Evidence, sources []string) bool {
	for _, it := range ev.Items {
		for _, s := range sources {
			if path.Base(it.Chunk.DocURI) == s {
				return true
			}
		}
	}
	return false
}

// leaks finds forbidden strings anywhere in what the caller received.
func leaks(ans *assistant.Answer, forbid []string) []string {
	if len(forbid) == 0 {
		return nil
	}
	text := Normalize(string(receivedText(ans)))
	var out []string
	for _, f := range forbid {
		if f != "" && strings.Contains(text, Normalize(f)) {
			out = append(out, "answer contains "+f)
		}
	}
	return out
}

// receivedText is the answer as the caller receives it, less the numbers of
// its trace: timings, counts and scores are not content, and a forbidden
// figure such as an RPN of 342 must not be found in a 3.42 ms stage.
func receivedText(ans *assistant.Answer) []byte {
	blob, _ := json.Marshal(ans)
	var whole map[string]any
	if json.Unmarshal(blob, &whole) != nil {
		return blob
	}
	whole["trace"] = withoutNumbers(whole["trace"])
	out, _ := json.Marshal(whole)
	return out
}

func withoutNumbers(v any) any {
	switch v := v.(type) {
	case float64:
		return nil
	case map[string]any:
		for k, x := range v {
			v[k] = withoutNumbers(x)
		}
	case []any:
		for i, x := range v {
			v[i] = withoutNumbers(x)
		}
	}
	return v
}

// evidenceLeaks checks the retrieval itself: no item above the clearance
// and no forbidden string in any passage the answerer could see.
func evidenceLeaks(ev *retrieval.Evidence, clearance kg.Audience, forbid []string) []string {
	var out []string
	for _, it := range ev.Items {
		if it.Chunk.Audience > clearance {
			out = append(out, "evidence item "+it.Chunk.ID+" is "+it.Chunk.Audience.String())
		}
		text := Normalize(it.Chunk.Text)
		for _, f := range forbid {
			if f != "" && strings.Contains(text, Normalize(f)) {
				out = append(out, "evidence contains "+f)
			}
		}
	}
	return out
}
