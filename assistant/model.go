package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// A question about one model of a product line ("the myCobot 320") is
// not answered by the pages of another (a data sheet headed "myCobot 280
// for M5"): the figures are the other model's. Where every cited passage
// is placed, by its document or section, under the same product name with
// another model number, the answer is withheld.

// modelNamed is a product name and a model number of three or four
// digits: "myCobot 320", "mechArm 270".
var modelNamed = regexp.MustCompile(`(?i)\b([a-z][a-z\-]{2,})\s*(\d{3,4})\b`)

// sequenceWords number the steps, parts and pages of one document, not
// models: "operation 100" and "page 120" name no product.
var sequenceWords = map[string]bool{"operation": true, "op": true, "step": true, "page": true, "section": true,
	"chapter": true, "table": true, "figure": true, "item": true, "line": true, "row": true, "rev": true,
	"revision": true, "version": true, "model": true, "type": true, "series": true, "no": true, "number": true}

// askedModels are the question's product names, lower case, with the
// model number asked of each.
func askedModels(question string) map[string]string {
	out := map[string]string{}
	for _, m := range modelNamed.FindAllStringSubmatch(question, -1) {
		if name := strings.ToLower(m[1]); !sequenceWords[name] {
			out[name] = m[2]
		}
	}
	return out
}

// placedUnderOtherModel reports a place (document and section) that names
// an asked product with another number and never with the asked one.
func placedUnderOtherModel(asked map[string]string, place string) bool {
	other := false
	for _, m := range modelNamed.FindAllStringSubmatch(place, -1) {
		want, ok := asked[strings.ToLower(m[1])]
		if !ok {
			continue
		}
		if m[2] == want {
			return false
		}
		other = true
	}
	return other
}

// offModel reports an answer to a question about one model whose cited
// passages are all placed under another model of the same product.
func offModel(ev *retrieval.Evidence, text string) bool {
	asked := askedModels(ev.Question.Text)
	if len(asked) == 0 {
		return false
	}
	cited := false
	for _, m := range citeMarker.FindAllStringSubmatch(text, -1) {
		it, ok := ev.Item(atoi(m[1]))
		if !ok {
			continue
		}
		cited = true
		place := it.Chunk.DocTitle + " " + docName(it.Chunk) + " " + it.Chunk.SectionPath()
		if !placedUnderOtherModel(asked, place) {
			return false
		}
	}
	return cited
}
