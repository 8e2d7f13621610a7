package retrieval

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/kg/textseg"
)

// People ask for a specification in their own words: how much an arm can
// lift, how far it reaches, whether it comes back to the same point. A
// data sheet names the row Payload, Working Radius, Repeatability, and no
// word of the question is in it. paraphrase.tsv pairs the asking forms
// with the data sheet's names, in either language.

//go:embed paraphrase.tsv
var paraphraseTSV string

type paraphrase struct {
	asked   []string // lower case, as written
	named   []string // the data sheet's names, as written
	namedTk [][]string
	// intent is what asking so makes the question; "" leaves it.
	intent Intent
}

var paraphrases = parseParaphrases(paraphraseTSV)

func parseParaphrases(tsv string) []paraphrase {
	var out []paraphrase
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			continue
		}
		p := paraphrase{asked: strings.Split(strings.ToLower(fields[0]), "|"), named: strings.Split(fields[1], "|")}
		if len(fields) > 2 {
			p.intent = Intent(strings.TrimSpace(fields[2]))
		}
		for _, n := range p.named {
			p.namedTk = append(p.namedTk, textseg.Tokens(n))
		}
		out = append(out, p)
	}
	return out
}

// askedIn returns the asked form the lower-case question holds: Chinese
// anywhere, English on word boundaries.
func (p paraphrase) askedIn(lower string) (string, bool) {
	return p.askedInAny(modalReadings(lower))
}

// askedInAny is askedIn over a question's modal readings, read once per
// question rather than once per table entry.
func (p paraphrase) askedInAny(readings []string) (string, bool) {
	for _, r := range readings {
		for _, f := range p.asked {
			if f == "" {
				continue
			}
			if isWordByte(f[0]) && wordIn(r, f) || !isWordByte(f[0]) && strings.Contains(r, f) {
				return f, true
			}
		}
	}
	return "", false
}

// modalReadings are the lower-case question and, in turn, each reading
// of it without the modal verbs of the one before (removing one may join
// another: 可能以 is 可以 once 能 goes), as the forms are tried on them.
func modalReadings(lower string) []string {
	out := []string{lower}
	for {
		last := out[len(out)-1]
		bare := withoutZhModals(last)
		if bare == last {
			return out
		}
		out = append(out, bare)
	}
}

// zhModals are the modal verbs a Chinese asker sets inside a phrase: "泵自己
// 能吸水吗" asks whether it 自己吸水, as "会自己吸水" and "可以自己吸水" do.
var zhModals = strings.NewReplacer("可以", "", "能够", "", "能", "", "会", "")

// withoutZhModals is the question without its modal verbs, for matching
// the forms they split.
func withoutZhModals(lower string) string { return zhModals.Replace(lower) }

// withParaphrases gives the question's terms that ask for a specification
// in everyday words the data sheet's names as alternatives, and makes a
// question that asks so a specification question: "how much weight can it
// lift" counts no parts, and "what power supply does it want" asks for no
// supplier.
func withParaphrases(q Question) Question {
	// "is acceptable" is read as the terms read it, "is allowed".
	readings := modalReadings(strings.ToLower(reAcceptable.ReplaceAllString(q.Text, "$1 allowed")))
	matched := false
	for _, p := range paraphrases {
		form, ok := p.askedInAny(readings)
		if !ok {
			continue
		}
		own := textseg.Tokens(form)
		for _, t := range q.Terms {
			// A Chinese form holds the term, or the term the form, or the
			// term is what the asking words left of it ("度" of 多少度).
			if !slices.Contains(own, t) && !(!isWordByte(form[0]) && (strings.Contains(t, form) || strings.Contains(form, t))) {
				continue
			}
			if q.Alts == nil {
				q.Alts, q.altWords = map[string][][]string{}, map[string][]string{}
			}
			q.Alts[t] = append(q.Alts[t], p.namedTk...)
			q.altWords[t] = append(q.altWords[t], p.named...)
			matched = matched || p.intent == Specification
		}
	}
	if matched && (q.Intent == BOM || q.Intent == WhereUsed || q.Intent == General) {
		q.Intent = Specification
	}
	return q
}

// AskedForm is an everyday form a question holds and the names the
// documents give what it asks for.
type AskedForm struct {
	Asked  string
	Named  []string
	Intent Intent // what asking so makes the question; "" for none
}

// ParaphrasedForms returns the everyday forms the question holds that
// paraphrase.tsv gives the documents' names for, in lower case: the
// answer step reads them as retrieval did ("how far round … each way" is
// the joint's range, not a distance).
func ParaphrasedForms(question string) []AskedForm {
	readings := modalReadings(strings.ToLower(question))
	var out []AskedForm
	for _, p := range paraphrases {
		for _, f := range p.asked {
			if one := (paraphrase{asked: []string{f}}); f != "" {
				if form, ok := one.askedInAny(readings); ok {
					out = append(out, AskedForm{Asked: form, Named: p.named, Intent: p.intent})
				}
			}
		}
	}
	return out
}
