package assistant

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
)

// A sentence in the other language can hold only the question's terms
// that have a form in that language: the glossary's, or a code or figure
// written alike in both. Words without one ("below", "must") count
// against every such sentence, so the sentence is scored over the terms
// it could hold, scaled down when they are few of the question's.
func translatableShare(q retrieval.Question, text string, have map[string]bool) float64 {
	t := translatable(q)
	have = withStatedUnits(t, text, have)
	if len(t.Terms) < 2 {
		return 0
	}
	// One shared word ("pressure") is a topic, not an answer.
	if t.Covered(have) < 2 {
		return 0
	}
	scale := min(1, 2*float64(len(t.Terms))/float64(len(q.Terms)))
	return share(t, have) * scale
}

// translatable is q with only the terms a text in the other language can
// hold: a Chinese question's words in Latin letters ("LED",
// "OpenFlexure") are written alike in an English text.
func translatable(q retrieval.Question) retrieval.Question {
	t := q
	t.Terms = nil
	for _, term := range q.Terms {
		if len(q.Alts[term]) > 0 || hasDigit(term) || q.Lang == "zh" && latinWord(term) {
			t.Terms = append(t.Terms, term)
		}
	}
	return t
}

// latinWord reports a term written in Latin letters only.
func latinWord(term string) bool {
	for _, r := range term {
		if !latinLetter(r) {
			return false
		}
	}
	return term != ""
}

// withStatedUnits counts a measure term as held by a text that gives a
// value in its unit: "4 × 4 mm²" states the cross-section that "截面"
// asks for, in any language. A length or a mass in mm or kg could be any
// dimension or weight ("inner diameter: 30mm" for 外径), so those units
// do not count.
func withStatedUnits(q retrieval.Question, text string, have map[string]bool) map[string]bool {
	var stated []string
	for _, term := range q.Terms {
		if have[term] {
			continue
		}
		if statesDimensions(term, text) {
			stated = append(stated, term) // "30x2mm" gives the size asked
			continue
		}
		for _, u := range termUnits(q, term) {
			if !genericUnits[u] && unitValue(text, u) {
				stated = append(stated, term)
				break
			}
		}
	}
	if len(stated) == 0 {
		return have
	}
	out := make(map[string]bool, len(have)+len(stated))
	for k := range have {
		out[k] = true
	}
	for _, term := range stated {
		out[term] = true
	}
	return out
}

// termUnits are the units stating term's attribute, found from its own
// words or its other language's: "多粗" asks for a cable's cross-section,
// which a passage states in mm².
func termUnits(q retrieval.Question, term string) []string {
	units := unitsOf(term)
	for _, alt := range q.Alts[term] {
		units = append(units, unitsOf(strings.Join(alt, " "))...)
	}
	return units
}

// genericUnits measure many attributes alike.
var genericUnits = map[string]bool{"mm": true, "cm": true, "g": true, "kg": true, "A": true}

// fieldLabel labels a field's value quoted from a row in the other
// language ("Inspect cooler and clean fins…" in a Chinese answer) as any
// other quote is; a figure or a code reads the same in both and is not.
func fieldLabel(h fieldHit, lang string) string {
	c := h.item.Chunk
	if !otherLanguage(c.Lang, lang) || !hasWords(h.field.value, c.Lang) {
		return ""
	}
	return " " + otherLabel(h.field.value, c.Lang, c.DocTitle, lang)
}

// hasWords reports words of language lang in s: Chinese characters, or
// for English two letters running.
func hasWords(s, lang string) bool {
	if lang == "zh" {
		return hasHan(s)
	}
	run := 0
	for _, r := range s {
		if unicode.IsLetter(r) && r < unicode.MaxASCII {
			run++
			if run >= 3 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// attributeIn is the asked attribute as a passage in chunkLang can state
// it: in the other language, only its words that have a form there
// ("内孔尺寸要求" is stated by "bore", 要求 has no English form), unless
// none has.
func attributeIn(aq retrieval.Question, chunkLang, answerLang string) retrieval.Question {
	if !otherLanguage(chunkLang, answerLang) {
		return aq
	}
	if t := translatable(aq); len(t.Terms) > 0 {
		return t
	}
	return aq
}

// phraseBonus ranks a quote in the other language higher for each term
// whose glossary form of several words it writes as one phrase: "supply
// fuse" answers "电源保险", while "the supply is on … the control fuse"
// only holds both words.
func phraseBonus(q retrieval.Question, text string) float64 {
	toks := textseg.Tokens(text)
	n := 0
	for _, term := range q.Terms {
		for _, alt := range q.Alts[term] {
			if len(alt) > 1 && runIn(toks, alt) {
				n++
				break
			}
		}
	}
	return phraseWeight * float64(n)
}

// phraseWeight is worth less than one more term covered.
const phraseWeight = 0.1

// runIn reports seq as consecutive tokens of toks.
func runIn(toks, seq []string) bool {
	for i := 0; i+len(seq) <= len(toks); i++ {
		if slices.Equal(toks[i:i+len(seq)], seq) {
			return true
		}
	}
	return false
}

// faqMeaningIn is faqMeaning for an entry written in entryLang. An entry
// in the other language can hold only the user's words that have a form
// there, and the user only the entry's words with a form in theirs:
// "这泵能用吗" has no English for 这泵 or 用, "Can the pump run at 60 Hz?"
// none in Chinese for "run". Each side is then also compared over those
// words, when they are at least half of what it asks.
func faqMeaningIn(ev *retrieval.Evidence, fq, title, entryLang string) (fwd, back float64) {
	fwd, back = faqMeaning(ev, fq, title)
	if !otherLanguage(entryLang, ev.Question.AnswerLang()) {
		return fwd, back
	}
	context := retrieval.TokenSet(title)
	if t, ok := translatableHalf(ev, ev.Question, context); ok {
		fwd = max(fwd, meaningShare(ev, t, fq, context))
	}
	// One word of the entry's question is its topic, not the question.
	if t, ok := translatableHalf(ev, faqTerms(ev, fq), context); ok && len(t.Terms) >= 2 {
		back = max(back, meaningShare(ev, t, userWithForms(ev.Question), context))
	}
	return fwd, back
}

// translatableHalf is q's terms with a form in the other language, not
// counting the product and title words both sides take as context; ok
// when they are at least half of q's other terms.
func translatableHalf(ev *retrieval.Evidence, q retrieval.Question, context map[string]bool) (retrieval.Question, bool) {
	asked := q
	asked.Terms = nil
	for _, t := range q.Terms {
		if !context[t] && !productTerm(ev, t) {
			asked.Terms = append(asked.Terms, t)
		}
	}
	t := translatable(asked)
	return t, len(t.Terms) > 0 && 2*len(t.Terms) >= len(asked.Terms)
}

// userWithForms is the user's question with its terms' glossary forms.
func userWithForms(q retrieval.Question) string {
	var b strings.Builder
	b.WriteString(q.Text)
	for _, alts := range q.Alts {
		for _, seq := range alts {
			b.WriteString(" " + strings.Join(seq, " "))
		}
	}
	return b.String()
}

// translatedShare is translatableShare of a sentence in the other
// language with its section, and with its document's title where the
// sentence already qualifies without it: the title names the item a
// parts line is about ("Actuator assembly" for "3x Viton O-ring,
// 30x2mm"), but does not make a sentence about something else an answer.
func translatedShare(q retrieval.Question, s, section, title string, sets tokenSets) float64 {
	own := translatableShare(q, s, sets.of(s+" "+section))
	if own < minSentenceCoverage || title == "" {
		return own
	}
	return max2(own, translatableShare(q, s, sets.of(s+" "+section+" "+title)))
}
