package assistant

import (
	"strings"

	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// An answer states the asked attribute of the asked item, or none at all:
// the anchor bolts' torque never answers for the impeller nut, and a row
// without a supplier never answers "who supplies it".

// itemQuestion is the question without the terms that name the asked
// attribute (a linked parameter: "torque", "rated head"). What is left
// names the item; a passage that does not name it states the attribute of
// something else.
func itemQuestion(ev *retrieval.Evidence) (retrieval.Question, bool) {
	q := contentQuestion(ev)
	attr := map[string]bool{}
	for _, l := range ev.Linked {
		if l.Entity.Type != kg.Parameter {
			continue
		}
		names := append([]string{l.Entity.Name, l.Surface}, l.Entity.Aliases...)
		for _, t := range retrieval.ContentTerms(strings.Join(names, " ")) {
			attr[t] = true
		}
	}
	if len(attr) == 0 {
		return q, false
	}
	var terms []string
	for _, t := range q.Terms {
		if !attr[t] {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q, true
}

// namesItem reports whether text names the item the question asks about:
// every code or figure of the question, and half of its other item terms.
func namesItem(iq retrieval.Question, all []string, text string) bool {
	if !codesIn(all, text) {
		return false
	}
	if len(iq.Terms) < 2 {
		return true // one word left over is phrasing ("allowed"), not an item
	}
	return 2*iq.Covered(retrieval.TokenSet(text)) >= len(iq.Terms)
}

// supportText is the text of the passages a fact cites, with their sections.
func supportText(ev *retrieval.Evidence, cites []int) string {
	var b strings.Builder
	for _, n := range cites {
		if it, ok := ev.Item(n); ok {
			b.WriteString(it.Chunk.SectionPath() + " " + it.Chunk.Text + " ")
		}
	}
	return b.String()
}

// attributeRoles are the record fields a customer asks for by name; when
// the question names one, a passage must state it.
var attributeRoles = map[string]bool{
	"supplier": true, "cost": true, "material": true, "action": true, "remedy": true,
	"effect": true, "downtime": true,
}

// askedAttribute returns the names of the record field the question asks
// for, from the table mappings, or nil.
func askedAttribute(question string) []string {
	lower := strings.ToLower(question)
	words := questionWords(question)
	for _, c := range mappings.Columns() {
		if attributeRoles[c.Role] && namesField(lower, words, c.Synonyms) {
			return c.Synonyms
		}
	}
	return nil
}

// missingAttribute reports a question that names a field no passage about
// its item states.
func missingAttribute(ev *retrieval.Evidence) (string, bool) {
	names := askedAttribute(ev.Question.Text)
	if names == nil {
		return "", false
	}
	q := contentQuestion(ev)
	for _, it := range ev.Items {
		text := it.Chunk.SectionPath() + " " + it.Chunk.Text
		lower := strings.ToLower(text)
		if namesField(lower, questionWords(text), names) && codesIn(q.Terms, text) {
			return "", false
		}
	}
	return names[0], true
}

// computedCovers reports whether a computed listing is about what the
// question asks: its subject and lines, in any of their names, carry a
// third of the question's terms.
func computedCovers(ev *retrieval.Evidence, c retrieval.Computed, q retrieval.Question) bool {
	if len(q.Terms) == 0 {
		return true
	}
	var b strings.Builder
	name := func(id, n string) {
		b.WriteString(n + " ")
		if e, ok := ev.Entities[id]; ok {
			b.WriteString(strings.Join(e.Aliases, " ") + " ")
		}
	}
	name(c.SubjectID, c.Subject)
	name(c.TargetID, c.Target)
	var walk func([]retrieval.Line)
	walk = func(ls []retrieval.Line) {
		for _, l := range ls {
			name(l.ID, l.Name)
			for _, v := range l.Props {
				b.WriteString(v + " ")
			}
			walk(l.Children)
		}
	}
	walk(c.Lines)
	return 3*q.Covered(retrieval.TokenSet(b.String())) >= len(q.Terms)
}
