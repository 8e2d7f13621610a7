package tableq

import (
	"strings"
	"sync"
	"sync/atomic"
)

// lowerText is a text in lower case and its words (wordsOf).
type lowerText struct {
	text  string
	words []string
}

// maxLowered bounds the remembered texts; when full the memory starts
// over.
const maxLowered = 1 << 15

// loweredTexts remembers the lower-case words of the cells and values
// matches compares: a question's every candidate word is matched against
// every cell of every row of a table, and the tables are kept between
// questions, so the same cells were lowered and split again and again.
var loweredTexts struct {
	m sync.Map // string -> lowerText
	n atomic.Int64
}

// lowered returns s in lower case with its words. Callers must not change
// the words: they are shared.
func lowered(s string) lowerText {
	if v, ok := loweredTexts.m.Load(s); ok {
		return v.(lowerText)
	}
	low := strings.ToLower(s)
	lt := lowerText{low, wordsOf(low)}
	if loweredTexts.n.Add(1) > maxLowered {
		loweredTexts.m.Clear()
		loweredTexts.n.Store(1)
	}
	loweredTexts.m.Store(s, lt)
	return lt
}
