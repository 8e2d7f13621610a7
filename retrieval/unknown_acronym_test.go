package retrieval_test

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// An acronym of the trade ("VFD", "DOF") is known where a passage writes
// its concept out ("frequency inverter", "degrees of freedom"); a name
// no passage holds in any form stays unknown.
func TestTradeAcronymKnownByItsConcept(t *testing.T) {
	var docs []passageDoc
	for i, text := range []string{
		"The pump may run on a frequency inverter between 30 Hz and 50 Hz.",
		"The arm has 6 degrees of freedom and a working radius of 280 mm.",
		"A thermistor in the winding switches the motor off when it overheats.",
	} {
		docs = append(docs, passageDoc{id: "doc" + string(rune('a'+i)), title: "Manual " + string(rune('A'+i)), text: text, audience: kg.Public})
	}
	st, emb := openPassages(t, docs...)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1, MaxItems: 3})
	for _, c := range []struct {
		question string
		unknown  bool
	}{
		{"can the pump be driven from a VFD at low speed?", false},
		{"What frequency should I set on the VFD?", false},
		{"how many DOF does the arm have?", false},
		{"does the motor have a PTC in the winding?", false},
		{"does the pump come with a PLC?", true}, // no passage names one in any form
		{"do we sell the pump in Brazil?", true},
	} {
		ev := retrieve(t, r, kg.Public, c.question)
		if got := len(ev.Unknown) > 0; got != c.unknown {
			t.Errorf("%q: unknown %v, want unknown %v", c.question, ev.Unknown, c.unknown)
		}
	}
}
