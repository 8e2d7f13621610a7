package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
)

// rulePartOf finds "whole has part" statements in prose with a component
// lexicon: English compounds ("steering pump hose"), "X on/of/in Y" and
// "Y's X"; Chinese compounds (冷却器风扇), "A的B", "A上的B" and "A由B、C组成".
type rulePartOf struct {
	en       map[string]bool
	enMaxLen int
	enMod    map[string]bool
	enSkip   map[string]bool
	enLink   map[string]bool
	zh       map[string]bool
	zhMaxLen int
	zhLink   []string
	zhStop   map[rune]bool
	compose  []*regexp.Regexp
}

// rulePair is one part-of statement: Whole HAS_PART Part.
type rulePair struct{ whole, part string }

func newRulePartOf(f ruleFile, c *ruleCompiler) rulePartOf {
	p := f.PartOf
	po := rulePartOf{en: map[string]bool{}, enMod: ruleSetOf(p.EnModifiers), enSkip: ruleSetOf(append(p.EnSkip, p.EnArticles...)),
		enLink: ruleSetOf(p.EnLinks), zh: map[string]bool{}, zhLink: p.ZhLinks, zhStop: map[rune]bool{}, compose: c.all(p.ZhCompose)}
	for _, w := range p.EnComponents {
		w = strings.ToLower(strings.TrimSpace(w))
		po.en[w] = true
		po.enMaxLen = max(po.enMaxLen, len(strings.Fields(w)))
	}
	for _, w := range p.ZhComponents {
		po.zh[w] = true
		po.zhMaxLen = max(po.zhMaxLen, len([]rune(w)))
	}
	for _, r := range p.ZhGapStop {
		po.zhStop[r] = true
	}
	return po
}

func ruleSetOf(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[strings.ToLower(w)] = true
	}
	return m
}

// partOf records the part-of facts of text. With linkAll it also records
// every component the text names and returns their ids, so a work order can
// be linked to them; prose records only components in a part-of fact, as a
// lone common noun in a manual says little.
func (rs *ruleSet) partOf(sink *extractSink, c kg.Chunk, text string, linkAll bool) []string {
	pairs, terms := rs.partof.find(text)
	for _, p := range pairs {
		sink.relate(c, kg.HasPart, sink.entity(c, kg.Part, p.whole), sink.entity(c, kg.Part, p.part), nil)
	}
	if !linkAll {
		return nil
	}
	ids := make([]string, 0, len(terms))
	for _, t := range terms {
		ids = append(ids, sink.entity(c, kg.Part, t))
	}
	return ids
}

// find returns the part-of pairs and all component terms of text.
func (po *rulePartOf) find(text string) ([]rulePair, []string) {
	p1, t1 := po.findEnglish(text)
	p2, t2 := po.findChinese(text)
	return append(p1, p2...), append(t1, t2...)
}

// ruleTok is one English token: a component term, a link word or anything else.
type ruleTok struct {
	kind byte // 'T' term, 'L' link, 'X' other
	text string
}

func (po *rulePartOf) findEnglish(text string) ([]rulePair, []string) {
	words := ruleEnglishWords(strings.ToLower(text))
	var toks []ruleTok
	for i := 0; i < len(words); {
		if n, term := po.enTerm(words, i); n > 0 {
			toks = append(toks, ruleTok{'T', term})
			i += n
			continue
		}
		w := words[i]
		i++
		switch {
		case po.enSkip[w]:
		case po.enLink[w]:
			toks = append(toks, ruleTok{'L', w})
		default:
			toks = append(toks, ruleTok{'X', w})
		}
	}
	return ruleChainPairs(toks)
}

// enTerm matches the longest component at words[i], optionally after one
// material modifier ("oil" + "cooler"); a possessive "'s" ends the term.
func (po *rulePartOf) enTerm(words []string, i int) (int, string) {
	for _, off := range []int{0, 1} {
		if off == 1 && !po.enMod[words[i]] {
			break
		}
		for n := min(po.enMaxLen, len(words)-i-off); n >= 1; n-- {
			phrase := strings.TrimSuffix(strings.Join(words[i+off:i+off+n], " "), "'s")
			if po.en[phrase] {
				if off == 1 && !po.en[words[i]+" "+phrase] {
					return n + 1, words[i] + " " + phrase
				}
				return n + off, strings.TrimSuffix(strings.Join(words[i:i+off+n], " "), "'s")
			}
		}
	}
	return 0, ""
}

// ruleEnglishWords splits lower-cased text into words, keeping "-", "/",
// "'" and "<num>"-style tokens whole; other punctuation becomes a break.
func ruleEnglishWords(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-/'<>", r)):
			b.WriteRune(r)
		case r == ' ' || r == '\t':
			flush()
		default:
			flush()
			out = append(out, ",")
		}
	}
	flush()
	return out
}

// ruleChainPairs turns a token run into pairs: adjacent terms form a chain in
// which each term has the next as part; "A on B" makes B's head the whole of A.
func ruleChainPairs(toks []ruleTok) ([]rulePair, []string) {
	var chains [][]string
	var linked []bool // linked[k]: chain k and k+1 are joined by one link word
	var cur []string
	prevLink := false
	for _, t := range toks {
		switch t.kind {
		case 'T':
			if len(cur) == 0 && len(chains) > 0 {
				linked = append(linked, prevLink)
			}
			cur = append(cur, t.text)
		case 'L', 'X':
			if len(cur) > 0 {
				chains = append(chains, cur)
				cur = nil
				prevLink = t.kind == 'L'
			} else {
				prevLink = false
			}
		}
	}
	if len(cur) > 0 {
		chains = append(chains, cur)
	}
	var pairs []rulePair
	var terms []string
	for k, ch := range chains {
		terms = append(terms, ch...)
		for i := 0; i+1 < len(ch); i++ {
			pairs = append(pairs, rulePair{whole: ch[i], part: ch[i+1]})
		}
		if k > 0 && linked[k-1] {
			prev := chains[k-1]
			pairs = append(pairs, rulePair{whole: ch[len(ch)-1], part: prev[0]})
		}
	}
	return pairs, terms
}

// ruleZhTerm is a component found in Chinese text, by rune offsets.
type ruleZhTerm struct {
	start, end int
	name       string
}

func (po *rulePartOf) findChinese(text string) ([]rulePair, []string) {
	runes := []rune(text)
	var terms []ruleZhTerm
	for i := 0; i < len(runes); {
		n := po.zhTermAt(runes, i)
		if n == 0 {
			i++
			continue
		}
		terms = append(terms, ruleZhTerm{i, i + n, string(runes[i : i+n])})
		i += n
	}
	var pairs []rulePair
	var names []string
	for k, t := range terms {
		names = append(names, t.name)
		if k == 0 {
			continue
		}
		prev := terms[k-1]
		if part, ok := po.zhJoin(runes[prev.end:t.start], t.name); ok {
			pairs = append(pairs, rulePair{whole: prev.name, part: part})
		}
	}
	return append(pairs, po.zhCompose(text)...), names
}

func (po *rulePartOf) zhTermAt(runes []rune, i int) int {
	if !unicode.Is(unicode.Han, runes[i]) {
		return 0
	}
	for n := min(po.zhMaxLen, len(runes)-i); n >= 1; n-- {
		if po.zh[string(runes[i:i+n])] {
			return n
		}
	}
	return 0
}

// zhJoin decides whether the text between two components makes the second a
// part of the first: nothing (冷却器风扇), a link (的, 上的), or a short
// modifier that becomes part of the part's name (电动机固定螺栓).
func (po *rulePartOf) zhJoin(gap []rune, part string) (string, bool) {
	g := string(gap)
	maxMod := 2
	for _, l := range po.zhLink {
		if strings.HasPrefix(g, l) {
			g, maxMod = strings.TrimPrefix(g, l), 3
			break
		}
	}
	mod := []rune(g)
	if len(mod) > maxMod {
		return "", false
	}
	for _, r := range mod {
		if po.zhStop[r] || !unicode.Is(unicode.Han, r) {
			return "", false
		}
	}
	return g + part, true
}

// zhCompose reads "A由B、C和D组成" and "A包括B、C".
func (po *rulePartOf) zhCompose(text string) []rulePair {
	var pairs []rulePair
	for _, re := range po.compose {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			whole := po.zhTrimWhole(ruleGroup(re, m, "whole"))
			if whole == "" {
				continue
			}
			for _, part := range strings.FieldsFunc(ruleGroup(re, m, "parts"), func(r rune) bool { return strings.ContainsRune("、，,和及与", r) }) {
				if part = strings.TrimPrefix(strings.TrimSpace(part), "以"); part != "" && len([]rune(part)) <= 12 {
					pairs = append(pairs, rulePair{whole: whole, part: part})
				}
			}
		}
	}
	return pairs
}

// zhTrimWhole keeps the whole from its first component on, dropping the
// words before it ("该设备" is not a name); no component, no whole.
func (po *rulePartOf) zhTrimWhole(s string) string {
	runes := []rune(s)
	for i := range runes {
		if po.zhTermAt(runes, i) > 0 {
			return string(runes[i:])
		}
	}
	return ""
}
