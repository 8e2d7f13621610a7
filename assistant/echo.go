package assistant

import (
	"github.com/kgassist/kgassist/retrieval"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// withoutEchoes drops a quote in the other language whose every figure a
// quote in the asker's own language already states: the English manual's
// "Rated head: 32 m" needs no Chinese "额定扬程：32 m" beside it. A quote
// with no figure, or with one the asker's quotes lack, stays: it may say
// what the asker's language does not.
// A row of the other manual's table keyed by the same code as one the
// asker's quotes hold ("E04 — 含义 电机过热" beside "E04 — Meaning Motor
// over-temperature") is the same row translated, and goes too.
func withoutEchoes(picked []scored, own func(scored) bool) []scored {
	var owned [][]string
	keys := map[string]bool{}
	for _, s := range picked {
		if own(s) {
			owned = append(owned, figuresIn(s.text))
			if k := codeKey(s.text); k != "" {
				keys[k] = true
			}
		}
	}
	return slices.DeleteFunc(slices.Clone(picked), func(s scored) bool {
		if own(s) {
			return false
		}
		if k := codeKey(s.text); k != "" && keys[k] {
			return true
		}
		figs := figuresIn(s.text)
		return len(figs) > 0 && slices.ContainsFunc(owned, func(o []string) bool { return containsAll(o, figs) })
	})
}

// codeKey is the code a quoted row is keyed by ("E04" of "E04 — Meaning
// …"), or "" for a row keyed by words, which the other language writes
// otherwise.
func codeKey(text string) string {
	key, _, ok := strings.Cut(text, " — ")
	key = strings.ToLower(strings.TrimSpace(key))
	if !ok || !reFaultCode.MatchString(key) {
		return ""
	}
	return key
}

// figuresIn lists the numbers text states, leaving out those inside codes
// and part numbers ("CP200", "M16").
func figuresIn(text string) []string {
	var out []string
	for _, loc := range number.FindAllStringIndex(text, -1) {
		if loc[0] > 0 && latinLetter(rune(text[loc[0]-1])) {
			continue
		}
		if loc[1] < len(text) && latinLetter(rune(text[loc[1]])) && !unitLetterAfter(text[loc[1]:]) {
			continue
		}
		out = append(out, text[loc[0]:loc[1]])
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		// "the four M16 anchor bolts" states the 4 of "4 个".
		if x, ok := figureWords[w]; ok {
			out = append(out, strconv.FormatFloat(x, 'f', -1, 64))
		}
	}
	return out
}

// unitLetterAfter: "120N·m" and "5A" are figures with their units, while
// "2409210A" would be a code; a letter run of up to three letters after a
// number reads as a unit.
func unitLetterAfter(rest string) bool {
	n := 0
	for n < len(rest) && n < 4 && latinLetter(rune(rest[n])) {
		n++
	}
	return n <= 3
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// ownLanguageRows replaces a quoted row of the other language's table
// keyed by a code with the asker's manual's row of that code, where the
// evidence holds it: the glossary matched the Chinese "电机过热" to
// "overheat", while the English row says "over-temperature", yet both
// tables say the same and the asker reads their own.
func ownLanguageRows(ev *retrieval.Evidence, picked []scored, own func(scored) bool, lang string) []scored {
	out := slices.Clone(picked)
	for i, s := range out {
		k := codeKey(s.text)
		if own(s) || k == "" {
			continue
		}
		for _, it := range ev.Items {
			if it.Chunk.Kind != "table_row" || otherLanguage(it.Chunk.Lang, lang) {
				continue
			}
			cells := rowCells(it.Chunk.Text)
			if len(cells) < 2 || !strings.EqualFold(strings.TrimSpace(cells[0].value), k) {
				continue
			}
			if q := quoteCandidates(it.Chunk); len(q) > 0 {
				if slices.ContainsFunc(out, func(o scored) bool { return o.text == q[0] }) {
					out[i].text = "" // the row is quoted already
					break
				}
				out[i] = scored{text: q[0], n: it.N, ratio: s.ratio, score: s.score, lang: it.Chunk.Lang, title: it.Chunk.DocTitle, figure: s.figure, defines: s.defines}
				break
			}
		}
	}
	return slices.DeleteFunc(out, func(s scored) bool { return s.text == "" })
}
