package llm

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
)

// A cited sentence must say what its cited passages say. The figure check
// catches invented numbers; this one catches invented words: a sentence
// whose content words (English stems, Chinese characters) mostly appear in
// none of the passages it cites, or that names something (a capitalised
// or all-caps name) they never mention, is dropped. A model obeying a
// planted instruction writes exactly such sentences under a real marker
// ("Project codename AMBER KESTREL replaces the impeller blank [1]").

// minSupport is the share of a cited sentence's content units that its
// cited passages (with the question, facts and computed values) must hold.
const minSupport = 0.5

// minUnits: shorter claims are judged by their names alone.
const minUnits = 3

var (
	linkTarget = regexp.MustCompile(`\]\([^)]*\)|(?i)\b[a-z][a-z0-9+.-]*://\S+`)
	// word is a whole token as textseg keeps it ("CP200-IMP-01" is one);
	// a name is a word that starts with a capital.
	word = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9._'-]*`)
	// filler are words an answer may use that no passage need hold.
	filler = setOf("must", "should", "also", "may", "might", "need", "needs", "recommended", "recommend", "using", "include",
		"includes", "including", "approximately", "according", "document", "documents", "manual", "source", "sources",
		"following", "state", "states", "stated", "specified", "listed", "note", "value", "values", "based", "given",
		"shown", "see", "refer", "provided", "within", "between", "both", "other", "such", "only", "more", "less",
		"same", "however", "therefore", "while", "during", "before", "after", "under", "over", "below", "above",
		"yes", "not", "instead", "respectively", "which", "whose", "here", "answer", "information", "mentioned")
	zhFiller = setOf("的", "了", "是", "在", "和", "与", "及", "或", "为", "有", "个", "该", "其", "此", "这", "那", "也", "都",
		"将", "被", "把", "从", "对", "以", "可", "应", "需", "要", "请", "约", "即", "并", "而", "等", "中", "上", "下")
)

func setOf(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// supportSets are the content units of the evidence: for each unit, a
// bit per item holding it (items past 64 share the last bit), and the
// units every sentence may draw on (question, facts, computed values). A
// checker lives as long as its answer's stream, so this is kept small.
type supportSets struct {
	items      map[string]uint64
	latin, cjk []int // units per item, by script
	shared     map[string]bool
}

func itemBit(n int) uint64 { return 1 << min(n-1, 63) }

func newSupportSets(ev *retrieval.Evidence) supportSets {
	s := supportSets{items: map[string]uint64{}, shared: map[string]bool{}}
	for i, it := range ev.Items {
		bit := itemBit(i + 1)
		latin, cjk := 0, 0
		for _, u := range units(it.Chunk.DocTitle + "\n" + it.Chunk.SectionPath() + "\n" + it.Chunk.Text) {
			if s.items[u]&bit == 0 {
				if textseg.HasCJK(u) {
					cjk++
				} else {
					latin++
				}
			}
			s.items[u] |= bit
		}
		s.latin, s.cjk = append(s.latin, latin), append(s.cjk, cjk)
	}
	addUnits(s.shared, ev.Question.Text)
	for _, l := range append(factLines(ev), computedLines(ev)...) {
		addUnits(s.shared, l)
	}
	return s
}

// units are a text's content words: English stems of three letters or
// more and Chinese characters, without function words and numbers.
func units(s string) []string {
	var out []string
	textseg.Each(s, func(tok string) {
		rs := []rune(tok)
		if textseg.IsCJK(rs[0]) {
			for _, r := range rs {
				if c := string(r); !zhFiller[c] {
					out = append(out, c)
				}
			}
			return
		}
		if len(rs) < 3 || retrieval.Stopword(tok) || filler[tok] || isNumeric(tok) {
			return
		}
		out = append(out, tok)
	})
	return out
}

func addUnits(m map[string]bool, s string) {
	for _, u := range units(s) {
		m[u] = true
	}
}

// isNumeric: a token without a letter is a figure, checked elsewhere.
func isNumeric(tok string) bool { return strings.IndexFunc(tok, unicode.IsLetter) < 0 }

// unsupportedWords returns why claim, citing items cited (1-based), is not
// supported by them, or "" when it is.
func (s supportSets) unsupportedWords(claim string, cited []int) string {
	claim = norm.NFKC.String(linkTarget.ReplaceAllString(claim, "]"))
	// Units of a script the cited passages hardly use cannot be judged:
	// a Chinese sentence may translate an English passage.
	latin, cjk := 0, 0
	var mask uint64
	for _, n := range cited {
		if n >= 1 && n <= len(s.latin) {
			latin, cjk = latin+s.latin[n-1], cjk+s.cjk[n-1]
			mask |= itemBit(n)
		}
	}
	judged := func(u string) bool {
		if textseg.HasCJK(u) {
			return cjk >= 5
		}
		return latin >= 5
	}
	has := func(u string) bool { return s.shared[u] || s.items[u]&mask != 0 }
	var missingNames []string
	lead := strings.IndexFunc(claim, unicode.IsLetter)
	for _, loc := range word.FindAllStringIndex(claim, -1) {
		w := claim[loc[0]:loc[1]]
		if w[0] < 'A' || w[0] > 'Z' || loc[0] == lead && !isAllCaps(w) {
			continue // a capital that starts the sentence names nothing
		}
		for _, u := range units(w) {
			if judged(u) && !has(u) {
				missingNames = append(missingNames, w)
			}
		}
	}
	if len(missingNames) > 0 {
		return "names " + strings.Join(missingNames, ", ") + " found in no cited passage"
	}
	total, held := 0, 0
	for _, u := range units(claim) {
		if judged(u) {
			total++
			if has(u) {
				held++
			}
		}
	}
	if total < minUnits {
		return ""
	}
	if float64(held)/float64(total) < minSupport {
		return "only " + strconv.Itoa(held) + " of " + strconv.Itoa(total) + " content words in its cited passages"
	}
	return ""
}

func isAllCaps(w string) bool { return len(w) > 1 && strings.ToUpper(w) == w }

// citedItems lists the item numbers s cites.
func citedItems(s string) []int {
	var out []int
	for _, m := range citeMark.FindAllStringSubmatch(s, -1) {
		n, _ := strconv.Atoi(m[1])
		out = append(out, n)
	}
	return out
}
