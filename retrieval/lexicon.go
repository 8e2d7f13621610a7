package retrieval

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg/textseg"
)

// Enterprises keep the same manual in Chinese and English, section for
// section. Aligned sections say the same things, so a Chinese term and
// the English word for it occur in the same aligned sections and rarely
// apart: their co-occurrence learns a lexicon from the corpus itself,
// beside the hand-written glossary.

// Section is one section of a document: its heading, depth and text.
type Section struct {
	Heading string
	Level   int
	Text    string
}

// SectionPair is a section of a Chinese document and the section of its
// English counterpart that says the same; indexes into each document's
// sections.
type SectionPair struct{ Zh, En int }

// Alignment scores: sections share anchors (numbers, codes, section
// numbers) that translation leaves as they are; a skipped section costs a
// little, so one added to a translation does not shift every pair after it.
const (
	alignSameLevel = 0.25
	alignGap       = -0.1
)

// AlignSections pairs the sections of zh and en in order, maximising the
// anchors the pairs share (Needleman–Wunsch over the two lists).
func AlignSections(zh, en []Section) []SectionPair {
	za, ea := anchorsOf(zh), anchorsOf(en)
	n, m := len(zh), len(en)
	score := make([][]float64, n+1)
	for i := range score {
		score[i] = make([]float64, m+1)
		score[i][0] = float64(i) * alignGap
	}
	for j := 0; j <= m; j++ {
		score[0][j] = float64(j) * alignGap
	}
	pair := func(i, j int) float64 {
		s := jaccard(za[i], ea[j])
		if zh[i].Level == en[j].Level {
			s += alignSameLevel
		}
		return s
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			score[i][j] = max(score[i-1][j-1]+pair(i-1, j-1), score[i-1][j]+alignGap, score[i][j-1]+alignGap)
		}
	}
	var out []SectionPair
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case score[i][j] == score[i-1][j-1]+pair(i-1, j-1):
			if za[i-1] != nil && jaccard(za[i-1], ea[j-1]) > 0 || zh[i-1].Level == en[j-1].Level {
				out = append(out, SectionPair{Zh: i - 1, En: j - 1})
			}
			i, j = i-1, j-1
		case score[i][j] == score[i-1][j]+alignGap:
			i--
		default:
			j--
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Zh < out[b].Zh })
	return out
}

// anchorsOf is, per section, the tokens of heading and text that hold a
// digit or are Latin words in upper case: what both languages write alike.
func anchorsOf(secs []Section) []map[string]bool {
	out := make([]map[string]bool, len(secs))
	for i, s := range secs {
		set := map[string]bool{}
		for _, w := range strings.FieldsFunc(s.Heading+" "+s.Text, func(r rune) bool {
			return unicode.IsSpace(r) || textseg.IsCJK(r) || strings.ContainsRune(",;:()（），；：。、[]", r)
		}) {
			w = strings.Trim(w, ".-")
			if strings.IndexFunc(w, unicode.IsDigit) >= 0 || len(w) >= 2 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				set[strings.ToLower(w)] = true
			}
		}
		out[i] = set
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := 0
	for k := range a {
		if b[k] {
			both++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// Passage is one aligned unit of text in each language: a paragraph or
// list item of an aligned section pair, and the sections it came from.
type Passage struct {
	Zh, En  string
	Section SectionPair
	// The chunks the texts came from, when aligned from a store.
	ZhChunk, EnChunk string
}

// AlignPassages splits each aligned section pair into paragraphs and list
// items and aligns those the same way: smaller units tell which words go
// together far better than whole sections, in which every word of one
// occurs with every word of the other.
func AlignPassages(zh, en []Section, pairs []SectionPair) []Passage {
	var out []Passage
	for _, p := range pairs {
		out = append(out, Passage{Zh: zh[p.Zh].Heading, En: en[p.En].Heading, Section: p})
		zp, ep := paragraphs(zh[p.Zh].Text), paragraphs(en[p.En].Text)
		for _, u := range AlignSections(zp, ep) {
			out = append(out, Passage{Zh: zp[u.Zh].Text, En: ep[u.En].Text, Section: p})
		}
	}
	return out
}

// paragraphs splits text at blank lines and at list items and table rows,
// each a Section of level 0 for alignment.
func paragraphs(text string) []Section {
	var out []Section
	var cur strings.Builder
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, Section{Text: t})
		}
		cur.Reset()
	}
	for _, line := range strings.Split(text, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "-") || strings.HasPrefix(t, "*") || strings.HasPrefix(t, "|") || t[0] >= '0' && t[0] <= '9' {
			flush()
		}
		cur.WriteString(line + "\n")
	}
	flush()
	return out
}

// TermPair is a learned Chinese–English pair and its evidence.
type TermPair struct {
	Zh string `json:"zh"` // a Chinese search token (a character pair)
	En string `json:"en"` // an English search token (a stem)
	// Together is how many aligned section pairs hold both; Dice is
	// 2·Together / (sections holding Zh + sections holding En).
	Together int       `json:"together"`
	Dice     float64   `json:"dice"`
	Evidence []Passage `json:"evidence"`
}

// Lexicon thresholds: a pair seen together once is chance, and one whose
// words mostly occur apart is not a translation.
const (
	lexiconMinTogether = 2
	lexiconMinDice     = 0.6
)

// LearnLexicon learns term pairs from aligned passages: for each Chinese
// token, the English word it occurs with most exclusively, when the two
// occur together often enough and seldom apart.
func LearnLexicon(passages []Passage) []TermPair {
	zhCount, enCount := map[string]int{}, map[string]int{}
	together := map[[2]string][]Passage{}
	for _, p := range passages {
		zs, es := zhTerms(p.Zh), enTerms(p.En)
		for z := range zs {
			zhCount[z]++
		}
		for e := range es {
			enCount[e]++
		}
		for z := range zs {
			for e := range es {
				together[[2]string{z, e}] = append(together[[2]string{z, e}], p)
			}
		}
	}
	best := map[string]TermPair{}
	for k, ev := range together {
		z, e := k[0], k[1]
		if len(ev) < lexiconMinTogether {
			continue
		}
		dice := 2 * float64(len(ev)) / float64(zhCount[z]+enCount[e])
		if dice < lexiconMinDice {
			continue
		}
		tp := TermPair{Zh: z, En: e, Together: len(ev), Dice: dice, Evidence: ev}
		if b, ok := best[z]; !ok || better(tp, b) {
			best[z] = tp
		}
	}
	out := make([]TermPair, 0, len(best))
	for _, tp := range best {
		out = append(out, tp)
	}
	sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
	return out
}

func better(a, b TermPair) bool {
	if a.Dice != b.Dice {
		return a.Dice > b.Dice
	}
	if a.Together != b.Together {
		return a.Together > b.Together
	}
	return a.Zh+a.En < b.Zh+b.En
}

func zhTerms(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range ContentTerms(s) {
		if r := []rune(t); len(r) == 2 && textseg.IsCJK(r[0]) && textseg.IsCJK(r[1]) {
			out[t] = true
		}
	}
	return out
}

func enTerms(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range ContentTerms(s) {
		if len(t) >= 3 && strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) || textseg.IsCJK(r) }) < 0 {
			out[t] = true
		}
	}
	return out
}
