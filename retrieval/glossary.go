package retrieval

import (
	"embed"
	"io/fs"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/kg/textseg"
)

// The glossary is every glossary*.tsv file, in name order: the general
// words of the trade, and files of one field's words beside them.
//
//go:embed glossary*.tsv
var glossaryFiles embed.FS

var glossaryTSV = readGlossaryFiles(glossaryFiles)

func readGlossaryFiles(fsys embed.FS) string {
	names, err := fs.Glob(fsys, "glossary*.tsv")
	if err != nil {
		panic(err) // only a malformed pattern fails
	}
	var b strings.Builder
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			panic(err) // embedded at build time: always readable
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

// glossaryEntry is one concept in both languages, each form as its tokens.
type glossaryEntry struct {
	zh, en [][]string
	zhRaw  []string
	enRaw  []string
}

var glossary = parseGlossary(glossaryTSV)

func parseGlossary(tsv string) []glossaryEntry {
	var out []glossaryEntry
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		zh, en, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		e := glossaryEntry{zhRaw: strings.Split(zh, "|"), enRaw: strings.Split(en, "|")}
		for _, f := range e.zhRaw {
			e.zh = append(e.zh, textseg.Tokens(f))
		}
		for _, f := range e.enRaw {
			e.en = append(e.en, textseg.Tokens(f))
		}
		out = append(out, e)
	}
	return out
}

// expand finds glossary concepts in the question and returns, for each of
// the question's terms that belongs to one, the other language's forms as
// token sequences (any one sequence present in a text counts as the term).
func expand(text string, terms []string) (map[string][][]string, map[string][]string) {
	lower := strings.ToLower(text)
	toks := map[string]bool{}
	for _, t := range textseg.Tokens(text) {
		toks[t] = true
	}
	alts := map[string][][]string{}
	words := map[string][]string{}
	add := func(own [][]string, other [][]string, otherRaw []string) {
		for _, seq := range own {
			for _, t := range seq {
				if slices.Contains(terms, t) {
					alts[t] = append(alts[t], other...)
					words[t] = append(words[t], otherRaw...)
				}
			}
		}
	}
	for _, e := range glossary {
		for i, f := range e.zhRaw {
			if strings.Contains(lower, f) {
				add(e.zh[i:i+1], e.en, e.enRaw)
				// Chinese names one thing many ways (材质 and 材料, 吸入口
				// and 进口, 保险 and 熔断器): a passage may use another.
				add(e.zh[i:i+1], others(e.zh, i), others(e.zhRaw, i))
			}
		}
		for i, seq := range e.en {
			if len(seq) > 0 && allIn(seq, toks) && wordIn(lower, e.enRaw[i]) {
				add(e.en[i:i+1], e.zh, e.zhRaw)
				// "leaks" is written "leakage" too: the forms of one word
				// the line lists reach each other, as stemming does not.
				own, raw := sameWordForms(e, i)
				add(e.en[i:i+1], own, raw)
			}
		}
	}
	return alts, words
}

// others is list without its i-th element.
func others[T any](list []T, i int) []T {
	out := make([]T, 0, len(list))
	out = append(out, list[:i]...)
	return append(out, list[i+1:]...)
}

func allIn(seq []string, have map[string]bool) bool {
	for _, t := range seq {
		if !have[t] {
			return false
		}
	}
	return len(seq) > 0
}

// wordIn checks an English form occurs on word boundaries ("head" is not in
// "headquarters"), allowing a verb's regular ending ("install" is in
// "installed").
func wordIn(text, form string) bool {
	if lastWordIn(text, form) {
		return true
	}
	// A phrase's verb is inflected too: "turning the shaft" is "turn the
	// shaft".
	verb, rest, ok := strings.Cut(form, " ")
	if !ok || len(verb) < 3 || !strings.Contains(text, verb[:len(verb)-1]) || !strings.Contains(text, rest) {
		return false // checked first: wordIn runs for every form of every table entry
	}
	for _, v := range verbForms(verb) {
		if lastWordIn(text, v+" "+rest) {
			return true
		}
	}
	return false
}

// verbForms are a verb's inflected forms: "turn" as "turning", "turned",
// "turns"; "replace" as "replacing"; "cut" as "cutting".
func verbForms(verb string) []string {
	forms := []string{verb + "ing", verb + "ed", verb + "s"}
	if stem, ok := strings.CutSuffix(verb, "e"); ok {
		forms = append(forms, stem+"ing", verb+"d")
	} else if n := len(verb); n >= 3 && !strings.ContainsRune("aeiouwxy", rune(verb[n-1])) && strings.ContainsRune("aeiou", rune(verb[n-2])) && !strings.ContainsRune("aeiou", rune(verb[n-3])) {
		forms = append(forms, verb+verb[n-1:]+"ing", verb+verb[n-1:]+"ed")
	}
	return forms
}

// lastWordIn finds form in text with its last word inflected.
func lastWordIn(text, form string) bool {
	if wordFormIn(text, form, inflection) {
		return true
	}
	// A verb ending in e drops it before -ing: "replacing" is "replace".
	stem, ok := strings.CutSuffix(form, "e")
	return ok && len(stem) >= 3 && wordFormIn(text, stem, eDropped)
}

// eDropped are the endings of a verb that drops its final e.
var eDropped = map[string]bool{"ing": true}

// wordFormIn reports form in text on word boundaries, followed by one of
// the endings.
func wordFormIn(text, form string, endings map[string]bool) bool {
	i := strings.Index(text, form)
	for i >= 0 {
		before := i == 0 || !isWordByte(text[i-1])
		end := i + len(form)
		for end < len(text) && isWordByte(text[end]) {
			end++
		}
		after := endings[text[i+len(form):end]]
		if before && after {
			return true
		}
		next := strings.Index(text[i+1:], form)
		if next < 0 {
			return false
		}
		i += next + 1
	}
	return false
}

// inflection are the endings a verb may take and stay the same word. A
// plural is left to the forms the glossary lists: "keys" reaching 扳手
// fills an English question's evidence with Chinese passages about
// spanners.
var inflection = map[string]bool{"": true, "d": true, "ed": true, "ing": true}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// Covered counts the question's terms found in a text's token set, a term
// also counting when one of its translations is there in full.
func (q Question) Covered(have map[string]bool) int {
	n := 0
	for _, t := range q.Terms {
		if have[t] {
			n++
			continue
		}
		for _, seq := range q.Alts[t] {
			if allIn(seq, have) {
				n++
				break
			}
		}
	}
	return n
}

// TokenSet is the set of search tokens of s. A word joined by hyphens
// ("shut-off", "self-priming") also holds its parts: the asker writes
// "shut off head" for the "Shut-off head" a sheet lists. Part numbers
// ("CP200-SEL-01") hold figures and stay whole.
func TokenSet(s string) map[string]bool {
	// Sized for a token every five bytes, about what English passages
	// hold: growing the set as tokens come was most of its cost.
	have := make(map[string]bool, len(s)/5)
	textseg.EachWord(s, func(t, word string) {
		have[t] = true
		if bare, ok := withoutDesignationUnit(t); ok {
			have[bare] = true // "M3x25mm" is the asker's "M3x25"
		}
		if strings.Contains(word, "-") && !strings.ContainsAny(word, "0123456789") {
			for _, part := range strings.Split(word, "-") {
				textseg.Each(part, func(p string) { have[p] = true })
			}
		}
	})
	return have
}

// withoutDesignationUnit is a size designation written against its unit
// ("m3x25mm") without the unit.
func withoutDesignationUnit(tok string) (string, bool) {
	for _, u := range DesignationUnits {
		if bare, ok := strings.CutSuffix(tok, u); ok && sizeDesignation.MatchString(bare) {
			return bare, true
		}
	}
	return "", false
}

// conceptForms returns every form, in either language, of the glossary
// concepts one of whose English forms is the single word w: "vfd" is
// written "frequency inverter" and "变频器" too.
func conceptForms(w string) [][]string {
	w = strings.ToLower(w)
	var out [][]string
	for _, e := range glossary {
		if slices.Contains(e.enRaw, w) {
			out = append(out, e.en...)
			out = append(out, e.zh...)
		}
	}
	return out
}

// sameWordForms are the entry's other English forms of the i-th one's
// word ("leak", "leaks", "leakage"): single words that extend its stem
// of four letters or more, or whose stem it extends.
func sameWordForms(e glossaryEntry, i int) ([][]string, []string) {
	var own [][]string
	var raw []string
	f := e.enRaw[i]
	for j, g := range e.enRaw {
		if j == i || strings.Contains(f, " ") || strings.Contains(g, " ") {
			continue
		}
		a, b := strings.TrimSuffix(f, "s"), strings.TrimSuffix(g, "s")
		if len(a) >= 4 && strings.HasPrefix(g, a) || len(b) >= 4 && strings.HasPrefix(f, b) {
			own, raw = append(own, e.en[j]), append(raw, g)
		}
	}
	return own, raw
}
