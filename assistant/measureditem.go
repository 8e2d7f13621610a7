package assistant

import (
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// "What diameter condenser lens should I order" asks a measure of the
// item named right after it: a sentence giving another item's diameter
// ("5mm diameter is what I've designed for … a 3mm LED") does not answer,
// however many of the question's other words it shares. The item is
// often a linked part, whose name the sentence choice otherwise takes
// for context.

// measuredItem is the item a question names right after the measure it
// asks ("condenser lens"), or nil. The item is a thing the question links
// to the graph: "what temperature range" names no item after the measure.
func measuredItem(ev *retrieval.Evidence) *retrieval.Question {
	m := enAttrNoun.FindStringSubmatch(ev.Question.Text)
	if m == nil {
		return nil
	}
	first, rest, ok := strings.Cut(strings.TrimSpace(m[1]), " ")
	if !ok || attributeUnits[strings.ToLower(first)] == nil || !namesLinkedThing(ev, rest) {
		return nil
	}
	item := retrieval.Analyze(rest)
	if len(item.Terms) == 0 {
		return nil
	}
	return &item
}

// namesLinkedThing reports words holding the name of a linked entity
// other than a parameter.
func namesLinkedThing(ev *retrieval.Evidence, words string) bool {
	lower := strings.ToLower(words)
	for _, l := range ev.Linked {
		if l.Entity.Type != kg.Parameter && l.Surface != "" && strings.Contains(lower, strings.ToLower(l.Surface)) {
			return true
		}
	}
	return false
}

// namesMeasuredItem reports a text, with its section and document name,
// that names every word of the measured item, or a question without one.
func namesMeasuredItem(item *retrieval.Question, text string, sets tokenSets) bool {
	return item == nil || share(*item, sets.of(text)) >= 0.999
}
