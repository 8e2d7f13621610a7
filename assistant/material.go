package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// namesMaterialOwner reports a sentence about the item whose material is
// asked: one of its words, and its last, the noun the others qualify, when
// it has several: "casing gasket" is a gasket, and the casing's grey cast
// iron is not what the gasket is made of.
func namesMaterialOwner(item retrieval.Question, have map[string]bool) bool {
	if share(item, have) == 0 {
		return false
	}
	head := item.Terms[len(item.Terms)-1]
	if len(item.Terms) < 2 || allHan(head) {
		return true // a Chinese compound's words are segmented too loosely to find its head
	}
	one := item
	one.Terms = []string{head}
	return one.Covered(have) == 1
}

// madeOfItem is the item a question asks the material of where no
// attribute was read from it ("what's the casing gasket made of", which
// retrieval reads as "… material?"): the question's terms less the asking
// ones. Empty otherwise.
func madeOfItem(q retrieval.Question, text string) retrieval.Question {
	if !asksMaterial(reBillOfMaterials.ReplaceAllString(strings.ToLower(text), "")) {
		return retrieval.Question{}
	}
	return withoutTerms(q, madeOfTerms)
}

var madeOfTerms = func() []string {
	var out []string
	for t := range retrieval.TokenSet("made material materials what which 材料 材质 做的") {
		out = append(out, t)
	}
	return out
}()

// reBillOfMaterials names a parts list, not a material asked for.
var reBillOfMaterials = regexp.MustCompile(`bills? of materials?|材料清单|物料清单`)
