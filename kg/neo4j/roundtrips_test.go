package neo4j

import (
	"context"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/internal/demostore"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/retrieval"
)

// Statements one demo question's retrieval may send, measured on the
// wire. A question's first round of reads carries the store version
// (whether cached evidence and dictionaries still hold), a computed
// answer reads between the rounds (tables are loaded in one statement and
// kept until the store changes), then the second round. An FMEA question
// also reads the FMEA's relations and entities and walks the bill of
// materials below the items it names (all of them in one walk, up to
// twelve hops, four per statement). A BOM question that names several
// items walks from each (the count, the roll-up to the top product, the
// cost and supplier checks): four demo questions take seven statements
// and two take eight. Those are the largest counts, and why the bound per
// question is not three.
const (
	maxMeanStatements        = 3.0
	maxStatementsPerQuestion = 8
)

// oneReadPerCall is the store with each read of a round sent on its own,
// as a store without kg.MultiReader reads: what the count must catch.
type oneReadPerCall struct{ *Store }

func (p oneReadPerCall) ReadMany(ctx context.Context, a kg.Audience, q kg.Reads) (kg.ReadResults, error) {
	return kg.ReadEach(ctx, p.Store, a, q)
}

// TestQuestionRoundTrips counts, on the wire, the statements each demo
// question's retrieval sends to Neo4j (evidence cache off, dictionaries
// and plans warm), so a return to one statement per read fails here. The
// same questions read one call per read must exceed the bound, or the
// count proves nothing.
func TestQuestionRoundTrips(t *testing.T) {
	cfg := testConfig(t)
	counter, uri := countBolt(t, cfg.URI)
	emb := hashembed.New(0)
	cfg.URI, cfg.Dimensions, cfg.EmbedderName = uri, emb.Dimensions(), emb.Name()
	s := openEmpty(t, cfg)
	demostore.Load(t, s, emb, demostore.Both)
	cases, err := qaeval.Load("../../testdata/qa/demo.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	together := retrieval.New(s, emb, retrieval.Options{CacheSize: -1})
	perCall := retrieval.New(oneReadPerCall{s}, emb, retrieval.Options{CacheSize: -1})
	count := func(r *retrieval.Retriever, c qaeval.Case) (statements, transactions int64, heads []string) {
		t.Helper()
		clearance, err := kg.ParseAudience(c.Clearance)
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		counter.reset()
		if _, err := r.Retrieve(context.Background(), clearance, c.Question); err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		return counter.reset()
	}
	for _, c := range cases { // dictionaries load once per retriever
		count(together, c)
		count(perCall, c)
	}
	var total, most, perCallTotal int64
	questions := map[int64]int{} // statements -> questions
	for _, c := range cases {
		statements, begins, heads := count(together, c)
		if statements > maxStatementsPerQuestion {
			t.Errorf("%s %q: %d statements (%d explicit transactions), want at most %d:\n\t%s",
				c.ID, c.Question, statements, begins, maxStatementsPerQuestion, strings.Join(heads, "\n\t"))
		}
		total, most = total+statements, max(most, statements)
		questions[statements]++
		n, _, _ := count(perCall, c)
		perCallTotal += n
	}
	if total == 0 {
		t.Fatal("no statement counted: the proxy does not see the driver's messages")
	}
	mean, perCallMean := float64(total)/float64(len(cases)), float64(perCallTotal)/float64(len(cases))
	t.Logf("%d questions: %.2f statements per question, at most %d (questions by statements: %v); one read per call: %.2f",
		len(cases), mean, most, questions, perCallMean)
	if mean > maxMeanStatements {
		t.Errorf("%.2f statements per question, want at most %.2f", mean, maxMeanStatements)
	}
	if perCallMean <= maxMeanStatements {
		t.Errorf("one read per call sends %.2f statements per question: the bound of %.2f would not catch it",
			perCallMean, maxMeanStatements)
	}
}
