package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "轴承温度最高多少" asks the bearings' temperature; "最高环境温度：40 °C"
// states the ambient temperature. Both hold the measure's word, and the
// bearing is one word, which the item check leaves as phrasing. A
// question that names an item right before the measure's word is not
// answered by a sentence that names something else right before that
// word and never the item: "Maximum ambient temperature" or "介质温度" is
// another owner's value.

// measureOwner is the item a question names right before a measure's
// word, with its forms in either language.
type measureOwner struct {
	measure string
	owner   retrieval.Question
}

// askedMeasureOwner finds the owner of the measure the question asks: a
// glossary word right before the measure's word (轴承温度, bearing
// temperature) that is no qualifier of the measure ("maximum", "最高").
func askedMeasureOwner(question string) (measureOwner, bool) {
	lower := strings.ToLower(question)
	for word := range attributeUnits {
		if strings.Contains(word, " ") {
			continue
		}
		var owner string
		if allHan(word) {
			owner = zhWordBefore(lower, word, true)
		} else {
			owner = enWordBefore(lower, word)
		}
		if owner == "" {
			continue
		}
		q := retrieval.Analyze(owner)
		if !glossedWhole(q) {
			continue
		}
		return measureOwner{measure: word, owner: q}, true
	}
	return measureOwner{}, false
}

// namesOther reports a sentence that gives the measure to another owner
// and never names the asked one. In the question's language any word
// before the measure is another owner; in the other one, where the item
// may be named by a word the glossary lacks, only the surroundings are
// known to be: "Maximum ambient temperature: 40 °C" does not answer
// "轴承温度最高允许到多少度".
func (o measureOwner) namesOther(sentence string) bool {
	if o.measure == "" || o.namesOwner(sentence) {
		return false
	}
	other := hasHan(o.measure) != hasHan(sentence)
	lower := strings.ToLower(sentence)
	for word := range attributeUnits {
		if attributeUnits[word][0] != attributeUnits[o.measure][0] || strings.Contains(word, " ") {
			continue
		}
		var w string
		if allHan(word) {
			w = zhWordBefore(lower, word, other)
		} else {
			w = enWordBefore(lower, word)
		}
		if w != "" && (!other || surroundings[w]) {
			return true
		}
	}
	return false
}

// namesOwner reports the owner named, by its word or a glossary form.
func (o measureOwner) namesOwner(sentence string) bool {
	have := retrieval.TokenSet(sentence)
	for _, t := range o.owner.Terms {
		if have[t] {
			return true
		}
		for _, alt := range o.owner.Alts[t] {
			if len(alt) > 0 && allTokens(have, alt) {
				return true
			}
		}
	}
	return false
}

func allTokens(have map[string]bool, seq []string) bool {
	for _, t := range seq {
		if !have[t] {
			return false
		}
	}
	return true
}

// zhWordBefore is the two Chinese characters right before the first
// measure word of text that names neither a qualifier nor a function
// word; glossed asks for a word the glossary knows (the question's
// item), while a sentence's other owner may be any word (环境).
func zhWordBefore(text, word string, glossed bool) string {
	for rest := text; ; {
		i := strings.Index(rest, word)
		if i < 0 {
			return ""
		}
		runes := []rune(rest[:i])
		if len(runes) >= 2 {
			w := string(runes[len(runes)-2:])
			if allHan(w) && !holdsFunctionChar(w) && qualifiers(w) == "" && !namesMeasure(w) && (!glossed || glossedWhole(retrieval.Analyze(w))) {
				return w
			}
		}
		rest = rest[i+len(word):]
	}
}

// enWordBefore is the word right before an English measure word that is
// neither a qualifier nor a function word ("bearing" of "the bearing
// temperature", none in "the maximum temperature").
func enWordBefore(lower, word string) string {
	for rest := lower; ; {
		i := strings.Index(rest, word)
		if i < 0 {
			return ""
		}
		end := i + len(word)
		if end == len(rest) || !isASCIILetter(rest[end]) {
			if m := enWordRightBefore.FindStringSubmatch(rest[:i]); m != nil {
				if w := m[1]; qualifiers(w) == "" && !enNotOwners[w] && len(retrieval.ContentTerms(w)) > 0 {
					return w
				}
			}
		}
		rest = rest[end:]
	}
}

// enWordRightBefore is a word and the spaces after it, ending the text:
// "Efficiency (%) 67, Power" puts no word right before the power.
var enWordRightBefore = regexp.MustCompile(`(?:^|[^a-z'-])([a-z][a-z'-]*) +$`)

// enNotOwners are words before a measure's that say how it is asked or
// stated, not whose it is.
var enNotOwners = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "what": true, "whats": true,
	"what's": true, "which": true, "much": true, "its": true, "their": true, "this": true, "that": true,
	"operating": true, "working": true, "allowed": true, "permitted": true, "permissible": true,
	"normal": true, "typical": true, "average": true, "total": true, "actual": true, "set": true,
	"high": true, "low": true, "is": true, "at": true, "in": true, "on": true, "for": true, "to": true,
}

// surroundings own measures no part has: the air, the room, the liquid
// pumped, storage.
var surroundings = map[string]bool{"ambient": true, "environment": true, "environmental": true, "room": true,
	"surrounding": true, "storage": true, "liquid": true, "medium": true, "fluid": true,
	"环境": true, "室温": true, "介质": true, "储存": true, "存放": true, "液体": true}
