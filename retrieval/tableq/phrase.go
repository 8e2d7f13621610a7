package tableq

import (
	"strings"
	"sync"
	"sync/atomic"
)

// phraseForm is a phrase as locate reads it: lower-cased and trimmed, and
// the words of a Latin phrase, stemmed or as written.
type phraseForm struct {
	text  string
	han   bool
	words []string
}

// maxPhrases bounds the remembered phrases; when full the memory starts
// over.
const maxPhrases = 1 << 14

// phraseForms remembers the phrases located in questions, as written
// ([0]) and stemmed ([1]): every column name, synonym and row noun of
// every table is looked for in every question, and tables are kept
// between questions, so the same phrases were split and stemmed again
// and again.
var phraseForms [2]struct {
	m sync.Map // string -> phraseForm
	n atomic.Int64
}

// formOf returns phrase as locate reads it. Callers must not change the
// words: they are shared.
func formOf(phrase string, stem bool) phraseForm {
	memo := &phraseForms[0]
	if stem {
		memo = &phraseForms[1]
	}
	if v, ok := memo.m.Load(phrase); ok {
		return v.(phraseForm)
	}
	f := readPhrase(phrase, stem)
	if memo.n.Add(1) > maxPhrases {
		memo.m.Clear()
		memo.n.Store(1)
	}
	memo.m.Store(phrase, f)
	return f
}

func readPhrase(phrase string, stem bool) phraseForm {
	f := phraseForm{text: strings.ToLower(strings.TrimSpace(phrase))}
	if f.han = hasHan(f.text); f.han || f.text == "" {
		return f
	}
	for _, m := range reWord.FindAllString(f.text, -1) {
		if stem {
			m = Stem(m)
		}
		f.words = append(f.words, m)
	}
	return f
}
