package retrieval

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
)

// A multi-hop question names one thing and asks about another that only a
// passage about the first names: "the plane that bombed the birthplace of
// Akinoshū Kenji" needs the passage saying he was born in Hiroshima, then
// one about Hiroshima's bombing. As IRCoT does with a model's reasoning
// step, the second hop is searched with what the first hop found: the
// names a top passage mentions (its bridges) and the question's terms that
// passage left unanswered.
const (
	bridgePassages = 3  // top fulltext passages whose bridges are followed
	bridgeNames    = 12 // bridge words taken from one passage at most
	bridgeLimit    = 10 // passages kept from each second-hop search
	bridgeNamed    = 3  // passages an entity the question names may have to be followed
	bridgeHops     = 5  // second-hop searches per question at most
)

// BridgeTrace records the second-hop searches.
type BridgeTrace struct {
	Queries []string `json:"queries,omitempty"`
	Found   int      `json:"found"`
}

// bridgeHop is one second-hop search, from the passage from.
type bridgeHop struct {
	query  string
	from   string
	weight float64
	hits   []kg.ScoredChunk
}

// secondHops are the second-hop searches: one per top fulltext passage
// whose text leaves part of the question open.
func secondHops(q Question, linked []Linked, g *gathered) []*bridgeHop {
	if !walks(q) {
		return nil
	}
	best := 0.0
	for _, h := range g.text {
		best = max(best, h.Score)
	}
	var hops []*bridgeHop
	from := func(c kg.Chunk, weight float64) {
		if len(hops) == bridgeHops {
			return
		}
		for _, h := range hops {
			if h.from == c.ID {
				h.weight = max(h.weight, weight)
				return
			}
		}
		// Labels of a table row or a list ("Part No.", "Step") are
		// capitalised but name nothing: only prose is followed.
		if c.Kind != "" && c.Kind != "text" {
			return
		}
		if open, names := bridgeQuery(q, c); len(names) > 0 {
			hops = append(hops, &bridgeHop{query: open + " " + strings.Join(names, " "), from: c.ID, weight: weight})
		}
	}
	for _, h := range firstScored(g.text, bridgePassages) {
		if best > 0 {
			from(h.Chunk, h.Score/best)
		}
	}
	// The passages about what the question names are first hops too,
	// whatever their words: "the city where the performers of Brother were
	// formed" starts at the song's passage, which names the band.
	// An entity stated in many passages is what the whole corpus is about
	// (the product of a manual), not a step on the way.
	for _, l := range linked {
		chunks := g.named[l.Entity.ID]
		if len(chunks) > bridgeNamed {
			continue
		}
		for _, c := range chunks {
			from(c, 1/float64(len(chunks)))
		}
	}
	return hops
}

// mergeBridges merges the hits of the second-hop searches, each scaled by
// how well its first-hop passage matched the question.
func mergeBridges(g *gathered, hops []*bridgeHop) {
	merged := map[string]kg.ScoredChunk{}
	for _, h := range hops {
		g.bridgeQueries = append(g.bridgeQueries, h.query)
		top := 0.0
		for _, x := range h.hits {
			if x.Chunk.ID != h.from {
				top = max(top, x.Score)
			}
		}
		for _, x := range h.hits {
			// A passage is not its own second hop.
			if top <= 0 || x.Score <= 0 || x.Chunk.ID == h.from {
				continue
			}
			s := h.weight * x.Score / top
			if m, ok := merged[x.Chunk.ID]; !ok || s > m.Score {
				merged[x.Chunk.ID] = kg.ScoredChunk{Chunk: x.Chunk, Score: s}
			}
		}
	}
	for _, x := range merged {
		g.bridge = append(g.bridge, x)
	}
	sort.Slice(g.bridge, func(i, j int) bool {
		if g.bridge[i].Score != g.bridge[j].Score {
			return g.bridge[i].Score > g.bridge[j].Score
		}
		return g.bridge[i].Chunk.ID < g.bridge[j].Chunk.ID
	})
}

// bridgeQuery is the second-hop search from passage p: the question's
// terms p does not contain, and the names p mentions that are neither the
// question's words nor p's own subject. There are no names when p answers
// every term or names nothing new.
func bridgeQuery(q Question, p kg.Chunk) (string, []string) {
	have := TokenSet(p.Text + " " + p.SectionPath() + " " + p.DocTitle)
	var open []string
	for _, t := range q.Terms {
		if have[t] || covered(q, t, have) {
			continue
		}
		if w, ok := q.words[t]; ok {
			open = append(open, w)
		} else {
			open = append(open, t)
		}
	}
	if len(open) == 0 {
		return "", nil
	}
	known := TokenSet(q.Text)
	return strings.Join(open, " "), bridgeWords(p.Text, known)
}

func covered(q Question, t string, have map[string]bool) bool {
	for _, seq := range q.Alts[t] {
		if allIn(seq, have) {
			return true
		}
	}
	return false
}

// bridgeWords are the capitalised words of text (names of people, places,
// works and products), in order, without stopwords and without those
// whose token is in known.
func bridgeWords(text string, known map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
		if len(out) == bridgeNames {
			break
		}
		first := []rune(w)[0]
		if !unicode.IsUpper(first) {
			continue
		}
		toks := ContentTerms(w)
		if len(toks) != 1 || known[toks[0]] || seen[toks[0]] || notNames[toks[0]] {
			continue
		}
		seen[toks[0]] = true
		out = append(out, w)
	}
	return out
}

// notNames are capitalised words that name nothing: pronouns that open a
// sentence, and months.
var notNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range ContentTerms("he she his her him hers they it we us our its here there however after before during following " +
		"january february march april may june july august september october november december") {
		m[w] = true
	}
	return m
}()
