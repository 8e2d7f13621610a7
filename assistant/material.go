package assistant

import (
	"maps"
	"regexp"
	"slices"
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

// A material asked of a part inside another ("the spring in the
// mechanical seal", "机械密封里的弹簧") is the inner part's: the seal's
// silicon carbide says nothing of its spring.
var (
	reInnerPartEN = regexp.MustCompile(`(?i)\bthe\s+([a-z][a-z-]+)\s+(?:in|inside|within|of|on)\s+(?:the|a|an|its|this|that)\s+`)
	reInnerPartZH = regexp.MustCompile(`\p{Han}(?:里面的|里边的|里的|内部的|中的|内的|上的|的)(\p{Han}{2,3}?)(?:是|用|采用|为|什么|啥|选用)`)
	notInnerPart  = map[string]bool{"material": true, "materials": true, "type": true, "kind": true, "grade": true, "rest": true,
		"make": true, "brand": true, "part": true, "parts": true, "材质": true, "材料": true, "型号": true, "牌号": true}
)

// reRatingAsked asks a part's rating or specification: "what rating is
// the contactor inside the control box" is the contactor's, and the
// control box's IP55 or a fault code's rated current says nothing of it.
var reRatingAsked = regexp.MustCompile(`(?i)\b(?:what|which)\s+(?:rating|size|spec|specs|specification|model|capacity|part number)\b|(?:什么|啥|哪种)(?:规格|型号|容量)`)

// innerPart is the part whose material, rating or specification a
// question asks when it names it inside another, "" otherwise.
func innerPart(question string) string {
	if !asksMaterial(strings.ToLower(question)) && !reRatingAsked.MatchString(question) {
		return ""
	}
	for _, re := range []*regexp.Regexp{reInnerPartEN, reInnerPartZH} {
		if m := re.FindStringSubmatch(question); m != nil && !notInnerPart[strings.ToLower(m[1])] {
			return m[1]
		}
	}
	return ""
}

// namesInnerPart reports a sentence naming the inner part, in the
// question's words or the other language's.
func namesInnerPart(q retrieval.Question, part string, have map[string]bool) bool {
	if part == "" {
		return true
	}
	inner := retrieval.Question{Terms: slices.Collect(maps.Keys(retrieval.TokenSet(part)))}
	if len(inner.Terms) > 0 && inner.Covered(have) == len(inner.Terms) {
		return true
	}
	for _, t := range inner.Terms {
		for _, seq := range q.Alts[t] {
			if len(seq) > 0 && !slices.ContainsFunc(seq, func(w string) bool { return !have[w] }) {
				return true
			}
		}
	}
	return false
}
