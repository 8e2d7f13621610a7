package retrieval_test

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A multi-hop question names one thing and asks about another that only a
// passage about the first names. The second passage shares few of the
// question's words, and passages sharing more of them crowd it out of a
// one-hop search; the second hop, searched with the name the first passage
// gives (Hiroshima), brings it in.
func TestSecondHopFollowsTheFirstPassagesNames(t *testing.T) {
	docs := []passageDoc{
		{id: "wrestler", title: "Akinoshu Kenji", text: "Akinoshu Kenji (born 1969) is a former sumo wrestler from Hiroshima, Japan. He reached the top division in 1997."},
		{id: "enola", title: "Enola Gay", text: "The Enola Gay is a B-29 Superfortress. On 6 August 1945 it became the first aircraft to drop an atomic bomb, on Hiroshima."},
	}
	for i, text := range []string{
		"What kind of plane is a glider? A plane of that kind has no engine.",
		"A bomb dropped from a plane of any kind must be armed before release.",
		"The kind of bomb a plane dropped decided the kind of crater it left.",
		"Plane spotters kept a log of every kind of plane and bomb they saw dropped.",
		"Every kind of plane can drop leaflets; a bomb needs a bomb bay.",
		"Which kind of plane dropped the most bombs is disputed; the kind matters less than the crews.",
	} {
		docs = append(docs, passageDoc{id: "noise" + string(rune('a'+i)), title: "Aviation note " + string(rune('A'+i)), text: text})
	}
	st, emb := openPassages(t, docs...)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1, MaxItems: 3})
	ev := retrieve(t, r, kg.Public, "What kind of plane dropped the bomb on Akinoshu Kenji's birthplace?")
	n := rankOf(ev, "enola")
	if n == 0 || rankOf(ev, "wrestler") == 0 {
		t.Fatalf("evidence lacks a hop: wrestler #%d, Enola Gay #%d; bridge queries %q", rankOf(ev, "wrestler"), n, ev.Trace.Bridge.Queries)
	}
	if it, _ := ev.Item(n); !slices.Contains(it.Via, "bridge") {
		t.Errorf("Enola Gay came by %v, want the bridge among them", it.Via)
	}
}

// A passage whose words answer the whole question has nothing to bridge
// from, and table rows, whose capitalised words are column labels, are
// not followed.
func TestSecondHopOnlyFromProseThatLeavesTermsOpen(t *testing.T) {
	st, emb := openPassages(t,
		passageDoc{id: "pump", title: "HF-CP200", text: "The rated voltage of the HF-CP200 is 380 V, set by Hanshan Pumps."},
		passageDoc{id: "other", title: "Hanshan Pumps", text: "Hanshan Pumps is a maker in Ningbo."},
	)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1})
	ev := retrieve(t, r, kg.Public, "What is the rated voltage of the HF-CP200?")
	if len(ev.Trace.Bridge.Queries) != 0 {
		t.Errorf("bridge queries %q for a question its first passage answers whole", ev.Trace.Bridge.Queries)
	}
}
