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

// A Chinese question names the item right before the measure asked,
// after what qualifies it ("高分辨率版本用的管镜焦距和直径": the tube lens's
// focal length): the condenser lens's focal length, in a sentence that
// also says "high resolution", is another item's. A parts list may name
// the item by what it is ("50mm focal length achromatic lens"), so a
// sentence is refused only for naming another item of the same kind, and
// a page that names the item is about it, however little else of the
// question it holds.

// zhMeasuredItem is the word the glossary knows right before a measure
// asked in a Chinese question, or nil.
func zhMeasuredItem(text string) *retrieval.Question {
	at, word := -1, ""
	for attr := range attributeUnits {
		if !allHan(attr) {
			continue
		}
		i := strings.Index(text, attr)
		if i < 0 || at >= 0 && i >= at {
			continue
		}
		if w := glossedWordBefore(text[:i]); w != "" {
			at, word = i, w
		}
	}
	if word == "" {
		return nil
	}
	item := retrieval.Analyze(word)
	return &item
}

// glossedWordBefore is the longest run of two to four Chinese characters
// ending text, after a 的, that the glossary knows as one word, holding no
// function character ("焦距和") and no measure. Without the 的 the two
// words are often one measure's name ("电源电压", "介质温度").
func glossedWordBefore(text string) string {
	runes := []rune(text)
	for n := 4; n >= 2; n-- {
		if len(runes) < n {
			continue
		}
		word := string(runes[len(runes)-n:])
		if !allHan(word) || holdsFunctionChar(word) || namesMeasure(word) || !strings.HasSuffix(string(runes[:len(runes)-n]), "的") {
			continue
		}
		if glossedWhole(retrieval.Analyze(word)) {
			return word
		}
	}
	return ""
}

// namesMeasure reports a word holding a measure's name ("焦距").
func namesMeasure(word string) bool {
	for attr := range attributeUnits {
		if strings.Contains(word, attr) {
			return true
		}
	}
	return false
}

// glossedWhole reports a word each of whose terms has a glossary form:
// the glossary knows it ("聚光镜", read as 聚光 and 光镜), not a pair cut
// across two words ("镜焦").
func glossedWhole(q retrieval.Question) bool {
	for _, t := range q.Terms {
		if len(q.Alts[t]) == 0 {
			return false
		}
	}
	return len(q.Terms) > 0
}

// namesSiblingItem reports a text naming, in a form the glossary knows,
// another item of the asked item's kind: "condenser lens" where the tube
// lens is asked. The kind is the last word of the item's English form.
func namesSiblingItem(item *retrieval.Question, text string) bool {
	if item == nil {
		return false
	}
	own, heads := map[string]bool{}, map[string]bool{}
	for _, t := range item.Terms {
		for _, seq := range item.Alts[t] {
			if len(seq) > 1 && !allHan(seq[0]) {
				own[strings.Join(seq, " ")] = true
				heads[seq[len(seq)-1]] = true
			}
		}
	}
	if len(heads) == 0 {
		return false
	}
	q := retrieval.Analyze(text)
	for i := 1; i < len(q.Terms); i++ {
		prev, head := q.Terms[i-1], q.Terms[i]
		if heads[head] && !own[prev+" "+head] && len(q.Alts[prev]) > 0 && len(q.Alts[head]) > 0 {
			return true
		}
	}
	return false
}
