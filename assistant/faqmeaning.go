package assistant

import (
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/retrieval"
)

// People ask an FAQ's question in their own words: "泵能放在室外用吗" for
// "泵可以安装在室外吗", "Atom 的 USB 口输入" for "Atom的usb接口输入参数".
// Chinese bigrams rarely survive such rewording (泵能, 能放 and 外用 are
// in no document), so the two questions are compared by meaning-bearing
// units instead: a Chinese content character, or an English stem, either
// counting when the other side holds it or one of its glossary forms.

// faqMeaning returns how much of the user's question the FAQ question
// holds (fwd) and how much of the FAQ question the user's holds (rev).
// Terms of the FAQ's document title are context on both sides: an FAQ
// about the HF-CP200 names it where the user says "the pump".
func faqMeaning(ev *retrieval.Evidence, fq, title string) (fwd, rev float64) {
	context := retrieval.TokenSet(title)
	return meaningShare(ev, ev.Question, fq, context), reverseMeaning(ev, fq, context)
}

// meaningShare is the part of q's units that text holds.
func meaningShare(ev *retrieval.Evidence, q retrieval.Question, text string, context map[string]bool) float64 {
	have, runes := retrieval.TokenSet(text), runeSet(text)
	han := map[rune]bool{}
	var total, got int
	for _, t := range q.Terms {
		if productTerm(ev, t) || context[t] {
			continue
		}
		alt := altIn(q, t, have)
		if !allHan(t) {
			total++
			if have[t] || alt {
				got++
			}
			continue
		}
		for _, r := range t {
			if zhFunction[r] {
				continue
			}
			if _, seen := han[r]; !seen {
				han[r] = false
			}
			han[r] = han[r] || runes[r] || alt
		}
	}
	for _, ok := range han {
		total++
		if ok {
			got++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(got) / float64(total)
}

// reverseMeaning is the part of an FAQ question's units the user's
// question holds, in its own words or their glossary forms.
func reverseMeaning(ev *retrieval.Evidence, fq string, context map[string]bool) float64 {
	return meaningShare(ev, faqTerms(ev, fq), userWithForms(ev.Question), context)
}

// altIn reports a glossary form of q's term t held in full by have.
func altIn(q retrieval.Question, t string, have map[string]bool) bool {
	for _, seq := range q.Alts[t] {
		all := len(seq) > 0
		for _, s := range seq {
			all = all && have[s]
		}
		if all {
			return true
		}
	}
	return false
}

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range strings.ToLower(s) {
		if unicode.Is(unicode.Han, r) {
			m[r] = true
		}
	}
	return m
}
