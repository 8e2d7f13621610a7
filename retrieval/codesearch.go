package retrieval

import (
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// A fault code, a thread size or a parameter number ("E08", "M12",
// "P-17") is the most specific word a question holds, yet a question
// around it in the other language's words ("what does fault E08 mean?"
// over a Chinese code table) ranks first the passages that share its
// common words ("What does fault code E03 mean?"). A code no top passage
// holds is searched alone, and the passages that hold it join the lexical
// list, the best of them kept beyond the item budget if need be.
const (
	codePassages = 5   // top fulltext passages that must all lack the code
	codeLimit    = 5   // passages read from the search of one code
	codeKept     = 1   // of those, kept beyond the item budget if need be
	weightCode   = 0.9 // the code search's best, against the first search's 1
	// Longer codes are model and part numbers, which the linker reaches
	// through the entities they name.
	maxCodeLen = 6
)

// missingCodes are the codes the question names that none of the first
// search's best passages holds.
func missingCodes(q Question, g *gathered) []string {
	top := firstScored(g.text, codePassages)
	var out []string
	for _, c := range shortCodes(q.Text) {
		if !anyHoldsCode(top, c) {
			out = append(out, c)
		}
	}
	return out
}

// shortCodes are the words of a question that mix letters and digits and
// are short enough to be a code rather than a name ("E08", "M3x8",
// "P-17"), lower-cased, each once.
func shortCodes(text string) []string {
	var out []string
	words := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || textseg.IsCJK(r) || strings.ContainsRune(",;:?!()[]\"'，。？！：；（）、", r)
	})
	for _, w := range words {
		w = strings.ToLower(strings.Trim(w, ".-/+#"))
		letters, digits := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsDigit(r):
				digits++
			case unicode.IsLetter(r):
				letters++
			}
		}
		if letters > 0 && digits > 0 && len(w) >= 2 && len(w) <= maxCodeLen && !ordinal(w) && !contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// anyHoldsCode reports a passage holding code as a word of its own.
func anyHoldsCode(hits []kg.ScoredChunk, code string) bool {
	for _, h := range hits {
		if holdsCode(h.Chunk.Text, code) {
			return true
		}
	}
	return false
}

// holdsCode reports code in text with no letter or digit joined to it:
// "E08" is in "E08 通讯故障" but not in "E081".
func holdsCode(text, code string) bool {
	lower := strings.ToLower(text)
	for i := strings.Index(lower, code); i >= 0; {
		end := i + len(code)
		if (i == 0 || !isCodeByte(lower[i-1])) && (end == len(lower) || !isCodeByte(lower[end])) {
			return true
		}
		next := strings.Index(lower[i+1:], code)
		if next < 0 {
			return false
		}
		i += next + 1
	}
	return false
}

func isCodeByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// codeSearches are the store searches for the missing codes, one each.
func codeSearches(codes []string) []kg.ChunkQuery {
	out := make([]kg.ChunkQuery, len(codes))
	for i, c := range codes {
		out[i] = kg.ChunkQuery{Text: c, Limit: codeLimit}
	}
	return out
}

// keepCoded keeps the hits that hold their code, scaled so that each
// search's best scores weightCode.
func keepCoded(codes []string, results [][]kg.ScoredChunk, g *gathered) {
	for i, hits := range results {
		best := 0.0
		var kept []kg.ScoredChunk
		for _, h := range hits {
			if h.Score > 0 && holdsCode(h.Chunk.Text, codes[i]) {
				kept = append(kept, h)
				best = max(best, h.Score)
			}
		}
		for _, h := range kept {
			g.coded = append(g.coded, kg.ScoredChunk{Chunk: h.Chunk, Score: weightCode * h.Score / best})
		}
	}
}
