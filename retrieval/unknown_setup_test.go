package retrieval_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Two pumps in parallel or in series are a setup the documents must
// describe: one pump's maximum flow says nothing of it. A passage naming
// the setup, in either language, makes it known.
func TestSetupNamedNowhereIsUnknown(t *testing.T) {
	pump := passageDoc{id: "pump", title: "Pump manual", text: "Maximum flow: 48 m³/h. Rated head: 32 m.", audience: kg.Public}
	st, emb := openPassages(t, pump)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1, MaxItems: 3})
	for _, c := range []struct {
		question string
		unknown  bool
	}{
		{"两台泵并联运行的话，总流量能到多少？", true},
		{"if we run two pumps in parallel, what total flow do we get?", true},
		{"can two pumps run in series for more head?", true},
		{"what is the maximum flow?", false},
		// a circuit, not two machines
		{"what resistor goes in series with the pump?", false},
	} {
		if got := len(retrieve(t, r, kg.Public, c.question).Unknown) > 0; got != c.unknown {
			t.Errorf("%q: unknown %v, want %v", c.question, got, c.unknown)
		}
	}
	st2, emb2 := openPassages(t, pump, passageDoc{id: "par", title: "Pump manual, part 2", text: "Two pumps may run in parallel; the combined flow is read from the system curve.", audience: kg.Public})
	r2 := retrieval.New(st2, emb2, retrieval.Options{CacheSize: -1, MaxItems: 3})
	if ev := retrieve(t, r2, kg.Public, "两台泵并联运行的话，总流量能到多少？"); len(ev.Unknown) > 0 {
		t.Errorf("parallel running described in English, yet unknown: %v", ev.Unknown)
	}
}

// A minimum order is a term of sale: a minimum flow or "at least 4 mm²"
// cable does not state one, and a price list that does makes it known.
func TestSaleTermNamedNowhereIsUnknown(t *testing.T) {
	pump := passageDoc{id: "pump", title: "Pump manual", text: "Minimum continuous flow: 8 m³/h. Supply cable: at least 4 × 4 mm² copper.", audience: kg.Public}
	st, emb := openPassages(t, pump)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1, MaxItems: 3})
	for _, c := range []struct {
		question string
		unknown  bool
	}{
		{"HF-CP200 最少要订几台？有没有最小起订量？", true},
		{"what's the MOQ on these pumps?", true},
		{"what is the minimum order quantity for the pump?", true},
		{"what is the minimum flow?", false},
		{"最小连续流量是多少？", false},
	} {
		if got := len(retrieve(t, r, kg.Public, c.question).Unknown) > 0; got != c.unknown {
			t.Errorf("%q: unknown %v, want %v", c.question, got, c.unknown)
		}
	}
	prices := passageDoc{id: "prices", title: "Price list", text: "Minimum order quantity: 2 pumps per order.", audience: kg.Public}
	st2, emb2 := openPassages(t, pump, prices)
	r2 := retrieval.New(st2, emb2, retrieval.Options{CacheSize: -1, MaxItems: 3})
	if ev := retrieve(t, r2, kg.Public, "最少要订几台？"); len(ev.Unknown) > 0 {
		t.Errorf("a minimum order the price list states, yet unknown: %v", ev.Unknown)
	}
}
