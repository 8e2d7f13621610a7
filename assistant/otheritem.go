package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "显微镜的相机用什么螺丝" asks what the camera uses: a sentence of an
// English guide about the screws that hold the motors shares its other
// words (microscope, screws) but answers for another item. A sentence in
// the other language holds only the words the glossary gives a form, so
// the item the question is about must be among the ones it holds.

// zhUserItem is the item "X的Y用/要…" asks about, between the 的 and the
// verb that says what it uses or needs.
var zhUserItem = regexp.MustCompile(`的\s*(\p{Han}{2,4}?)\s*(?:用|要|需要|需|得用)`)

// otherLanguageItem is the item a Chinese question asks what it uses or
// needs, with its glossary forms, or nil where it names none or the
// glossary has no form to find it by. An attribute ("的功率要多大") is
// stated by a value, not named, and is no item.
func otherLanguageItem(q retrieval.Question) *retrieval.Question {
	if q.Lang != "zh" {
		return nil
	}
	m := zhUserItem.FindStringSubmatch(q.Text)
	if m == nil {
		return nil
	}
	item := retrieval.Analyze(m[1])
	if len(item.Alts) == 0 {
		return nil
	}
	for t, alts := range item.Alts {
		if attributeUnits[t] != nil {
			return nil
		}
		for _, seq := range alts {
			if attributeUnits[strings.Join(seq, " ")] != nil {
				return nil
			}
		}
	}
	return &item
}

// namesOtherLanguageItem reports a text, with its section and document
// name, that names the item in a form of the glossary's, or no item.
func namesOtherLanguageItem(item *retrieval.Question, text string, sets tokenSets) bool {
	return item == nil || item.Covered(sets.of(text)) > 0
}
