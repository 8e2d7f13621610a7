package assistant

import (
	"path"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// ofOtherDocument reports a computed bill-of-materials answer drawn from
// a document that is not the one the question names. "what motors do I
// need to motorise the openflexure stage" names the microscope, whose
// documents' folders say "openflexure"; the rover's parts list holds
// motors, but nowhere says "openflexure", and counting its motors would
// state another product's figure as the answer. Only folder names count:
// a title's words ("Centrifugal Pump") are the product's everyday name,
// which a parts list's rows need not repeat.
func ofOtherDocument(ev *retrieval.Evidence, c retrieval.Computed) bool {
	cited := map[int]bool{}
	for _, n := range citesOf(c) {
		cited[n] = true
	}
	if len(cited) == 0 {
		return false
	}
	var own, elsewhere strings.Builder
	own.WriteString(computedText(ev, c))
	for _, it := range ev.Items {
		if cited[it.N] {
			own.WriteString(" " + locationWords(it.Chunk.DocURI) + " " + it.Chunk.DocTitle + " " + it.Chunk.Text)
		} else {
			elsewhere.WriteString(" " + locationWords(path.Dir(it.Chunk.DocURI)))
		}
	}
	return lacksHeldTerm(ev.Question, retrieval.TokenSet(elsewhere.String()), retrieval.TokenSet(own.String()))
}

// citesOf is every item a computed answer or any of its lines cites.
func citesOf(c retrieval.Computed) []int {
	out := append([]int(nil), c.Cites...)
	var walk func([]retrieval.Line)
	walk = func(ls []retrieval.Line) {
		for _, l := range ls {
			out = append(out, l.Cites...)
			walk(l.Children)
		}
	}
	walk(c.Lines)
	walk(c.Tops)
	return out
}
