package retrieval

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Ranked is retrieval without an answer: the passages for a question in
// rank order, for callers that bring their own model, and for evaluation.
type Ranked struct {
	Items []RankedItem `json:"items"`
	Trace Trace        `json:"trace"`
}

// RankedItem is one passage of a ranked list.
type RankedItem struct {
	Rank int `json:"rank"`
	// Score is relative to the first item's (1 for the first). The raw
	// fused score weighs terms by how rare they are in the whole index,
	// documents the caller cannot see included, so it would tell a caller
	// whether hidden documents hold a word; the ratio within the caller's
	// own list tells nothing the ranking does not.
	Score    float64  `json:"score"`
	Via      []string `json:"via"`
	ChunkID  string   `json:"chunk_id"`
	Document DocRef   `json:"document"`
	Section  string   `json:"section,omitempty"`
	Page     int      `json:"page,omitempty"`
	Snippet  string   `json:"snippet"`
}

// DocRef names a passage's document.
type DocRef struct {
	ID    string `json:"id"`
	URI   string `json:"uri"`
	Title string `json:"title"`
}

// maxSnippet is the most runes of passage text a ranked item carries.
const maxSnippet = 600

// Ranked returns the first k items (all when k ≤ 0) as a ranked list.
func (e *Evidence) Ranked(k int) Ranked {
	items := e.Items
	if k > 0 && len(items) > k {
		items = items[:k]
	}
	out := Ranked{Items: make([]RankedItem, 0, len(items)), Trace: e.Trace}
	top := 0.0
	for _, it := range items {
		top = math.Max(top, it.Score)
	}
	for i, it := range items {
		c := it.Chunk
		out.Items = append(out.Items, RankedItem{
			Rank: i + 1, Score: RelativeScore(it.Score, top), Via: it.Via, ChunkID: c.ID,
			Document: DocRef{ID: c.DocumentID, URI: c.DocURI, Title: c.DocTitle},
			Section:  c.SectionPath(), Page: c.Page, Snippet: snippet(c.Text, maxSnippet),
		})
	}
	return out
}

// RelativeScore is score as a share of top, rounded to four places, so
// that what a caller is shown depends only on what it can see.
func RelativeScore(score, top float64) float64 {
	if top <= 0 {
		return 0
	}
	return math.Round(score/top*1e4) / 1e4
}

func snippet(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
