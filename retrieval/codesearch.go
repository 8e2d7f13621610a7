package retrieval

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// A fault code, a thread size or a parameter number ("E08", "M12",
// "P-17") is the most specific word a question holds, yet a question
// around it in the other language's words ("what does fault E08 mean?"
// over a Chinese code table) ranks first the passages that share its
// common words ("What does fault code E03 mean?"). Each code is searched
// alone, and the passages that hold it join the lexical list; for a code
// no top passage holds, the best of them is kept beyond the item budget
// if need be. A code one top passage holds is searched too: a work order
// that names "E06" in passing must not stand in for the table that says
// what E06 means.
const (
	codePassages = 5   // top fulltext passages that must all lack the code
	codeLimit    = 5   // passages holding a code that make it common
	codeRead     = 10  // passages read from the search of one code
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
		if letters > 0 && digits > 0 && len(w) >= 2 && len(w) <= maxCodeLen && !ordinal(w) && !slices.Contains(out, w) {
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
	return anyIndex(lower, code, func(i int) bool {
		end := i + len(code)
		return (i == 0 || !isCodeByte(lower[i-1])) && (end == len(lower) || !isCodeByte(lower[end]))
	})
}

// anyIndex reports whether ok holds at some index where sub occurs in s.
func anyIndex(s, sub string, ok func(i int) bool) bool {
	for i := strings.Index(s, sub); i >= 0; {
		if ok(i) {
			return true
		}
		next := strings.Index(s[i+1:], sub)
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

// searchedCodes are the question's codes, those no top passage holds
// first, and how many of them that is.
func searchedCodes(q Question, g *gathered) ([]string, int) {
	missing := missingCodes(q, g)
	out := slices.Clone(missing)
	for _, c := range shortCodes(q.Text) {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out, len(missing)
}

// codeSearches are the store searches for the codes, one each.
func codeSearches(codes []string) []kg.ChunkQuery {
	out := make([]kg.ChunkQuery, len(codes))
	for i, c := range codes {
		out[i] = kg.ChunkQuery{Text: c, Limit: codeRead}
	}
	return out
}

// keepCoded keeps the hits that hold their code, scaled so that each
// search's best scores weightCode; the first missing codes' hits go to
// coded, whose best may be kept beyond the budget, the others to alsoCoded.
func keepCoded(codes []string, missing int, results [][]kg.ScoredChunk, g *gathered) {
	for i, hits := range results {
		best := 0.0
		var kept []kg.ScoredChunk
		var entries []kg.ScoredChunk
		for j, h := range hits {
			if h.Score > 0 && j < codeLimit && holdsCode(h.Chunk.Text, codes[i]) {
				kept = append(kept, h)
				best = max(best, h.Score)
			}
			if h.Score > 0 && listedCode(codes[i]) && opensEntry(h.Chunk.Text, codes[i]) {
				entries = append(entries, kg.ScoredChunk{Chunk: h.Chunk, Score: weightCode})
			}
		}
		to := &g.coded
		if i >= missing {
			if len(kept) >= codeLimit {
				// A common code a top passage holds adds nothing but the
				// list that says what it is: the work orders that show it
				// outrank the code list's line among the many.
				g.alsoCoded = append(g.alsoCoded, entries...)
				continue
			}
			to = &g.alsoCoded
		}
		for _, h := range kept {
			score := weightCode * h.Score / best
			if len(kept) < codeLimit || slices.ContainsFunc(entries, func(e kg.ScoredChunk) bool { return e.Chunk.ID == h.Chunk.ID }) {
				// A code few passages hold is as specific as a name: a
				// table listing it among others holds it no less than a
				// short row does, though bm25 ranks the row first.
				score = weightCode
			}
			*to = append(*to, kg.ScoredChunk{Chunk: h.Chunk, Score: score})
		}
	}
}

// otherCodeFactor scales a passage that holds a sibling of a code the
// question names ("E04" when "E06" is asked) and not the code itself: it
// states the same attribute of another item, which never stands in for
// the one asked, and its shared words ("fault code", "meaning") would
// otherwise rank it above the passage that holds the code.
const otherCodeFactor = 0.5

// demoteOtherCodes applies otherCodeFactor to the candidates that hold
// only siblings of the question's codes.
func demoteOtherCodes(q Question, f *fusion) {
	codes := askedCodes(q)
	if len(codes) == 0 {
		return
	}
	for _, c := range f.byID {
		if !c.forced && holdsOnlySiblings(c.chunk.Text, codes) {
			c.score *= otherCodeFactor
		}
	}
}

// askedCodes are the question's codes of the letters-then-digits shape,
// its own ("E06") and those its words stand for ("first joint" is "J1").
func askedCodes(q Question) []string {
	var codes []string
	for _, c := range shortCodes(q.Text) {
		if codePrefix(c) != "" {
			codes = append(codes, c)
		}
	}
	for _, t := range q.Terms {
		for _, seq := range q.Alts[t] {
			if len(seq) == 1 && codePrefix(seq[0]) != "" && !slices.Contains(codes, seq[0]) {
				codes = append(codes, seq[0])
			}
		}
	}
	return codes
}

// holdsOnlySiblings reports text holding a sibling of some code and none
// of the codes.
func holdsOnlySiblings(text string, codes []string) bool {
	sibling := false
	for _, c := range codes {
		if holdsCode(text, c) {
			return false
		}
		sibling = sibling || holdsSibling(text, c)
	}
	return sibling
}

// codePrefix is the letters of a code made of letters then digits ("e"
// of "e06", "p-" of "p-17"), or "" for any other shape ("m3x8").
func codePrefix(code string) string {
	i := strings.IndexFunc(code, unicode.IsDigit)
	if i <= 0 || strings.IndexFunc(code[i:], func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return ""
	}
	if strings.IndexFunc(strings.TrimSuffix(code[:i], "-"), func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return ""
	}
	return code[:i]
}

// holdsSibling reports a word of text made of code's prefix and other
// digits.
func holdsSibling(text, code string) bool {
	prefix := codePrefix(code)
	lower := strings.ToLower(text)
	for i := 0; i+len(prefix) <= len(lower); {
		j := strings.Index(lower[i:], prefix)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(prefix)
		k := end
		for k < len(lower) && lower[k] >= '0' && lower[k] <= '9' {
			k++
		}
		if k > end && (start == 0 || !isCodeByte(lower[start-1])) && (k == len(lower) || !isCodeByte(lower[k])) && lower[start:k] != code {
			return true
		}
		i = end
	}
	return false
}

// opensEntry reports code opening an entry of text: at its start, after a
// sentence's end or as a row's first value ("E07 压力变送器信号异常：…",
// "Code: E07; Meaning: …"), then followed by what it is. A work order
// that reports the code shown ("Control box shows E07") does not.
func opensEntry(text, code string) bool {
	lower := strings.ToLower(text)
	return anyIndex(lower, code, func(i int) bool {
		end := i + len(code)
		before := strings.TrimRight(lower[:i], " \t\n")
		opens := before == "" || strings.ContainsAny(before[len(before)-1:], ".!?;\n") || hasAnySuffix(before, "。", "！", "？", "；")
		if !opens && !strings.Contains(before, ";") && strings.HasSuffix(before, ":") {
			opens = true // the first cell of a row
		}
		return opens && end < len(lower) && !isCodeByte(lower[end]) && strings.TrimSpace(lower[end:]) != ""
	})
}

func hasAnySuffix(s string, suffixes ...string) bool {
	return slices.ContainsFunc(suffixes, func(x string) bool { return strings.HasSuffix(s, x) })
}

// listedCode reports a code shaped as a list numbers its entries: letters
// then two digits or more ("E07", "P-17"). "M5" opens the lines of a
// model's pages, which say no more about it than the passages found.
func listedCode(code string) bool {
	p := codePrefix(code)
	return p != "" && len(code)-len(p) >= 2
}
