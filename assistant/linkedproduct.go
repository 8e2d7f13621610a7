package assistant

import (
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// "how much weight can the vertical suction pump V2.0 pick up" names an
// accessory the graph knows as a product of its own: the robot's payload
// (250 g) in the robot's parameter table is another product's figure,
// however well "pick up" matches "payload". A quote about a value must
// name the product asked, in its sentence, its section or its document.

// askedProduct is the one product the question links to, as a question
// whose terms and glossary forms name it; none where it links to several
// or to none.
func askedProduct(ev *retrieval.Evidence) (retrieval.Question, bool) {
	var name string
	for _, l := range ev.Linked {
		if l.Entity.Type != kg.Product {
			continue
		}
		if name != "" && name != l.Entity.Name {
			return retrieval.Question{}, false
		}
		name = l.Entity.Name
	}
	if name == "" {
		return retrieval.Question{}, false
	}
	q := retrieval.Analyze(name)
	return q, len(q.Terms) >= 2
}

// namesProduct reports a text that names at least half the product's
// words, in either language.
func namesProduct(product retrieval.Question, text string, sets tokenSets) bool {
	return share(product, sets.of(text)) >= 0.5
}
