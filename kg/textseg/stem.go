package textseg

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// Stemming folds English inflections ("vibrates", "vibration") to one
// token, so a question's wording need not match the manual's. Only plain
// lower-case ASCII words of four letters or more are stemmed: part numbers,
// units and codes keep their exact form.
var (
	stemCache sync.Map // word -> stem
	stemCount atomic.Int64
)

// maxStemCache bounds the cache; a plant vocabulary fits many times over.
const maxStemCache = 200_000

func stem(w string) string {
	if len(w) < 4 || !plainWord(w) {
		return w
	}
	if s, ok := stemCache.Load(w); ok {
		return s.(string)
	}
	s := english.Stem(w, false)
	if s == "" {
		s = w
	}
	if stemCount.Add(1) < maxStemCache {
		// w may be a slice of a long passage: the cache keeps its own copy
		stemCache.Store(strings.Clone(w), strings.Clone(s))
	}
	return s
}

func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
