package retrieval

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// A question may ask two things ("出口法兰是什么朝向？进口法兰又是什么方向？").
// Searched whole, the passage that answers both halves a little (the
// manual's "进口 / 出口: DN65 / DN50") outranks the two rows that answer
// each, and the second row never reaches the evidence. Each part is
// searched on its own too, in the first round, and its best passage is
// kept beyond the item budget.
const (
	partLimit  = 10  // passages kept from each part's search
	partKept   = 2   // of those, kept beyond the item budget if need be
	weightPart = 0.9 // a part's best, against the whole question's 1
	maxParts   = 3
)

var (
	partEnd = regexp.MustCompile(`[?？]\s*`)
	// refersBack is a part that asks of what a part before names.
	refersBack = regexp.MustCompile(`(?i)\b(?:it|its|it's|they|them|their|this|that|these|those|one)\b|它|其|这个|那个|这种|那种`)
	// PartAnd opens another question inside one with "and" and its
	// question word, which it captures.
	PartAnd = regexp.MustCompile(`(?i),?\s+and\s+(how|what|which|who|where|when|is|are|does|do|can)\b`)
)

// searchParts returns the parts of a question that asks more than one
// thing, each with content terms of its own, or nil. A part is a question
// ended by its mark, or an English clause opened by "and what/how …"
// (PartAnd); a remark after the last question mark asks nothing.
func searchParts(text string) []Question {
	marked := partEnd.ReplaceAllString(strings.TrimSpace(text), "$0\x00")
	var out []Question
	for _, seg := range strings.Split(marked, "\x00") {
		seg = strings.TrimSpace(seg)
		if seg == "" || strings.ContainsAny(marked, "?？") && !strings.ContainsAny(seg, "?？") {
			continue // "… seen two different numbers floating around": a remark
		}
		for _, p := range strings.Split(PartAnd.ReplaceAllString(seg, "\x00$1"), "\x00") {
			if len(out) > 0 && refersBack.MatchString(p) {
				return nil // "…, and how much can it grip?": the whole names what it asks of
			}
			if q := Analyze(p); len(q.Terms) > 0 {
				out = append(out, q)
			}
		}
	}
	if len(out) < 2 || len(out) > maxParts {
		return nil
	}
	return out
}

// partSearches are the store searches of the parts, one each.
func partSearches(parts []Question, limit int) []kg.ChunkQuery {
	var out []kg.ChunkQuery
	for _, p := range parts {
		out = append(out, kg.ChunkQuery{Text: searchText(p), Limit: limit})
	}
	return out
}

// keepParts keeps each part's hits that hold as many of its terms as any
// passage the whole question's search found, and a third at least: a passage holding less adds nothing the whole's passages do not
// ("Color; mycobot Dexterous Claw" for "how wide can the dexterous hand
// open"), and would only push out what they found. Each part's best
// scores weightPart, scaled by the share of the part's terms a hit holds.
func keepParts(parts []Question, results [][]kg.ScoredChunk, g *gathered) {
	for i, hits := range results {
		p := parts[i]
		floor := (len(p.Terms) + 2) / 3
		for _, h := range g.text {
			floor = max(floor, p.Covered(passageTokens(h.Chunk)))
		}
		var kept []kg.ScoredChunk
		var share []float64
		best := 0.0
		for _, h := range hits {
			if n := p.Covered(passageTokens(h.Chunk)); h.Score > 0 && n >= floor {
				kept = append(kept, h)
				share = append(share, float64(n)/float64(len(p.Terms)))
				best = max(best, h.Score)
			}
		}
		for j, h := range kept {
			g.parts = append(g.parts, kg.ScoredChunk{Chunk: h.Chunk, Score: weightPart * share[j] * h.Score / best})
		}
		g.partBest = append(g.partBest, firstScored(kept, partKept)...)
	}
	sort.SliceStable(g.parts, func(i, j int) bool { return g.parts[i].Score > g.parts[j].Score })
}

// passageTokens are the words of a passage with its place and title.
func passageTokens(c kg.Chunk) map[string]bool {
	return TokenSet(c.Text + " " + c.SectionPath() + " " + c.DocTitle)
}
