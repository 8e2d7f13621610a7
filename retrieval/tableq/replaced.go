package tableq

import (
	"regexp"
	"slices"
	"strings"
)

// "How many times has the coupling spider been replaced?" counts the
// work orders that replaced it, whichever column says so: one log writes
// "Replaced coupling spider" as the action, another "Coupling spider
// cracked" as the symptom of the order that replaced it. The part's name
// found in the symptom or the cause alone would count only the orders
// whose fault was described by it.

// reReplacedAsked asks about a part being replaced.
var reReplacedAsked = regexp.MustCompile(`(?i)\b(?:replac(?:e|ed|es|ing|ement)|swapp?(?:ed|ing)?|changed out)\b|更换|换过|换了`)

// symptomRoles are the columns that say what went wrong, not what was done.
var symptomRoles = map[string]bool{"symptom": true, "cause": true}

// replacedAnywhere reports a value found in a symptom or cause column of a
// log that records what was done, for a question about replacing it: the
// value is then looked for in any column.
func (t *Table) replacedAnywhere(q *question, col int) bool {
	return symptomRoles[t.Columns[col].Role] && t.replacedAsked(q)
}

// replacedAsked reports a question about replacing something, of a log
// that records what was done; the words naming what was replaced are
// then looked for in every column.
func (t *Table) replacedAsked(q *question) bool {
	if t.Kind != "worklog" {
		return false // an FMEA's recommended action is advice, not work done
	}
	for _, m := range reReplacedAsked.FindAllStringIndex(q.text, -1) {
		if !strings.HasPrefix(q.text[m[1]:], " no") { // "replaced no parts" reads the parts column
			return true
		}
	}
	return false
}

// withoutReplacing drops the verb of replacing from the words that single
// rows out: every row of a repair log did something.
func withoutReplacing(q *question, words []int) []int {
	return slices.DeleteFunc(words, func(i int) bool {
		return reReplacedAsked.MatchString(q.text[q.words[i].start:q.words[i].end])
	})
}
