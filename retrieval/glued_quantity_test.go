package retrieval_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A figure glued to its unit in the question ("60Hz") is the documents'
// "60 Hz": the passage is found, and the figure is not an unknown code.
func TestGluedQuantityFindsSpacedFigure(t *testing.T) {
	var docs []passageDoc
	for i, text := range []string{
		"Can the pump run at 60 Hz? The standard pump is built for 50 Hz only; a 60 Hz version is available on request.",
		"Rated voltage 380 V, three-phase. The motor is wound for a single supply.",
		"Grease the bearings every 2000 h with lithium soap grease.",
		"The casing is made of grey cast iron.",
	} {
		docs = append(docs, passageDoc{id: "faq" + string(rune('a'+i)), title: "Pump FAQ " + string(rune('A'+i)), text: text, audience: kg.Public})
	}
	st, emb := openPassages(t, docs...)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1, MaxItems: 2})
	for _, c := range []struct {
		question string
		unknown  bool
	}{
		{"我们这边电网是60Hz，这个泵能用吗", false},
		{"will it run on 60Hz mains?", false},
		{"will it run on 400Hz mains?", true}, // no document gives 400 Hz
	} {
		ev := retrieve(t, r, kg.Public, c.question)
		if got := len(ev.Unknown) > 0; got != c.unknown {
			t.Errorf("%q: unknown %v, want unknown %v", c.question, ev.Unknown, c.unknown)
		}
		if !c.unknown && rankOf(ev, "faqa") != 1 {
			t.Errorf("%q: the 60 Hz passage ranks #%d", c.question, rankOf(ev, "faqa"))
		}
	}
}

// A figure and its unit match whether the question or the passage writes
// them together; a code with a figure in it is no quantity.
func TestQuantityWrittenEitherWay(t *testing.T) {
	for _, c := range []struct {
		question, passage string
		covered           int
	}{
		{"more than 500 g", "When the load is > 500g, the speed needs to be less than 50%.", 2},
		{"at 60Hz", "A 60 Hz version is available.", 1},
		{"at 60Hz", "Rated frequency 50 Hz.", 0},
		{"more than 500 g", "When the load is > 250g, slow down.", 0}, // another figure
		{"the M3 screw", "M3x25 screw", 1},                            // the screw, not M3
	} {
		q := retrieval.Analyze(c.question)
		if got := q.Covered(retrieval.TokenSet(c.passage)); got != c.covered {
			t.Errorf("%q in %q: %d terms covered (of %v), want %d", c.question, c.passage, got, q.Terms, c.covered)
		}
	}
}

// Only a unit after a figure is glued to it: "myCobot 280 need" is a
// model and a word.
func TestWordAfterFigureIsNoUnit(t *testing.T) {
	q := retrieval.Analyze("what power supply does the myCobot 280 need?")
	if got := q.Covered(retrieval.TokenSet("the 280need")); got != 0 {
		t.Errorf("terms %v: %d covered by a glued word", q.Terms, got)
	}
}

// A model's number and code written apart in the question ("280 M5") find
// the manual's glued "280m5"; any other word after a number does not.
func TestModelCodeWrittenEitherWay(t *testing.T) {
	for _, c := range []struct {
		question, passage string
		covered           int
	}{
		{"a 280 M5 from 2021", "注意如果是2021年280m5，建议刷AtomMain2.8的,basic1.0", 3},
		{"a 280 M5 from 2021", "注意如果是2021年320m5，建议刷AtomMain2.8的", 1}, // another model
		{"myCobot 280 need", "myCobot 280need", 1},
	} {
		q := retrieval.Analyze(c.question)
		if got := q.Covered(retrieval.TokenSet(c.passage)); got != c.covered {
			t.Errorf("%q in %q: %d terms covered (of %v), want %d", c.question, c.passage, got, q.Terms, c.covered)
		}
	}
}
