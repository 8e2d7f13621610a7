package retrieval

import (
	"sync"

	"github.com/kgassist/kgassist/kg/textseg"
)

// maxCountedTexts bounds the remembered token counts; when full the
// memory starts over.
const maxCountedTexts = 4096

// tokenCounts remembers how many tokens a passage's text has. The budget
// counts the tokens of every candidate passage of every question, and the
// same passages come back question after question.
var tokenCounts struct {
	mu sync.Mutex
	n  map[string]int
}

// tokenCount is len(textseg.Tokens(text)).
func tokenCount(text string) int {
	tokenCounts.mu.Lock()
	n, ok := tokenCounts.n[text]
	tokenCounts.mu.Unlock()
	if ok {
		return n
	}
	n = 0
	textseg.Each(text, func(string) { n++ })
	tokenCounts.mu.Lock()
	if tokenCounts.n == nil || len(tokenCounts.n) >= maxCountedTexts {
		tokenCounts.n = make(map[string]int, 256)
	}
	tokenCounts.n[text] = n
	tokenCounts.mu.Unlock()
	return n
}
