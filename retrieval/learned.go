package retrieval

import (
	"context"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// The lexicon is learned from the parallel documents the store holds, at
// each caller's clearance: a public caller must not be given a pair that
// only internal text taught. Like the linker's dictionary it is built on
// first use, reused for the dictionary's TTL and dropped when the store
// changes.

// LearnedPair is a term pair learned from the store, with the passages
// that taught it.
type LearnedPair struct {
	Zh string `json:"zh"`
	En string `json:"en"` // the English search token (a stem)
	// EnWord is how the English documents write En most often: searches
	// are given words, since the store stems what it is given.
	EnWord   string   `json:"en_word"`
	Together int      `json:"together"`
	Dice     float64  `json:"dice"`
	Chunks   []string `json:"chunks"` // evidence, both languages' chunks
}

// Parallel documents: the share of their anchors (codes, numbers) they
// have in common, and the share of sections aligned on a shared anchor.
// Manuals of one product line share some codes, a translation most.
const (
	parallelMinAnchors  = 0.3
	parallelMinSections = 0.5
	// maxLexiconDocs bounds the documents per language read to find
	// parallel ones: the lexicon is built on the way to an answer.
	maxLexiconDocs = 256
)

type learnedLexicon struct {
	built time.Time
	pairs []LearnedPair
	byZh  map[string]LearnedPair
	byEn  map[string][]LearnedPair
}

// lexicons caches the learned lexicon per clearance.
type lexicons struct {
	store kg.Reader
	ttl   time.Duration

	mu sync.Mutex
	at map[kg.Audience]*learnedLexicon
}

// versionedLexiconTTL is how long a lexicon lives over a store that
// reports its changes (kg.Versioner), which drop it as soon as they
// happen: learning reads every Chinese and English document, hundreds of
// milliseconds on a corpus of a hundred, too much to pay again every
// half minute on the way to some answer.
const versionedLexiconTTL = 10 * time.Minute

func newLexicons(store kg.Reader, ttl time.Duration) *lexicons {
	return &lexicons{store: store, ttl: versionedTTL(store, ttl)}
}

// versionedTTL is how long a dictionary read from store may live: over a
// store that reports its changes, every change drops it at once, so the
// TTL only bounds staleness the version cannot see. The entity dictionary
// scans every mention, a whole round trip on Neo4j, not worth paying
// again every half minute either.
func versionedTTL(store kg.Reader, ttl time.Duration) time.Duration {
	if _, ok := store.(kg.Versioner); ok {
		return max(ttl, versionedLexiconTTL)
	}
	return ttl
}

// Invalidate forces a rebuild before the next use, e.g. after ingest.
func (l *lexicons) Invalidate() {
	l.mu.Lock()
	l.at = nil
	l.mu.Unlock()
}

func (l *lexicons) get(ctx context.Context, clearance kg.Audience) (*learnedLexicon, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if lx := l.at[clearance]; lx != nil && time.Since(lx.built) < l.ttl {
		return lx, nil
	}
	pairs, err := LearnFromStore(ctx, l.store, clearance)
	if err != nil {
		return nil, err
	}
	lx := &learnedLexicon{built: time.Now(), pairs: pairs, byZh: map[string]LearnedPair{}, byEn: map[string][]LearnedPair{}}
	for _, p := range pairs {
		if p.Together < expandMinTogether || p.Dice < expandMinDice {
			continue
		}
		lx.byZh[p.Zh] = p
		lx.byEn[p.En] = append(lx.byEn[p.En], p)
	}
	if l.at == nil {
		l.at = map[kg.Audience]*learnedLexicon{}
	}
	l.at[clearance] = lx
	return lx, nil
}

// LearnFromStore finds the Chinese and English documents visible at
// clearance that are translations of each other, aligns them by section
// and learns term pairs from them. A store that cannot list documents
// teaches nothing.
func LearnFromStore(ctx context.Context, store kg.Reader, clearance kg.Audience) ([]LearnedPair, error) {
	const op = "retrieval.LearnFromStore"
	lister, ok := store.(kg.Documents)
	if !ok {
		return nil, nil
	}
	docs, err := lister.ListDocuments(ctx, clearance, kg.DocumentQuery{})
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	var zhDocs, enDocs []kg.Document
	for _, d := range docs {
		switch {
		case d.Chunks == 0:
		case d.Lang == "zh" || d.Lang == "mixed":
			zhDocs = append(zhDocs, d)
		case d.Lang == "en":
			enDocs = append(enDocs, d)
		}
	}
	if len(zhDocs) == 0 || len(enDocs) == 0 {
		return nil, nil
	}
	zh, err := readSectioned(ctx, store, clearance, zhDocs[:min(len(zhDocs), maxLexiconDocs)])
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	en, err := readSectioned(ctx, store, clearance, enDocs[:min(len(enDocs), maxLexiconDocs)])
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	var passages []Passage
	for _, m := range matchParallel(zh, en) {
		passages = append(passages, alignChunks(m.zh, m.en, m.pairs)...)
	}
	return withEvidence(LearnLexicon(passages)), nil
}

// sectioned is a document read as sections, with the chunks of each.
type sectioned struct {
	doc      kg.Document
	sections []Section
	chunks   [][]kg.Chunk
	anchors  map[string]bool
}

func readSectioned(ctx context.Context, store kg.Reader, clearance kg.Audience, docs []kg.Document) ([]sectioned, error) {
	var out []sectioned
	for _, d := range docs {
		ids := make([]string, d.Chunks)
		for i := range ids {
			ids[i] = kg.ChunkID(d.ID, i)
		}
		chunks, err := store.Chunks(ctx, clearance, ids)
		if err != nil {
			return nil, err
		}
		sort.Slice(chunks, func(i, j int) bool { return chunks[i].Ordinal < chunks[j].Ordinal })
		s := sectioned{doc: d, anchors: map[string]bool{}}
		last := "\x00"
		for _, c := range chunks {
			if path := c.SectionPath(); path != last || len(s.sections) == 0 {
				heading := ""
				if len(c.Section) > 0 {
					heading = c.Section[len(c.Section)-1]
				}
				s.sections = append(s.sections, Section{Heading: heading, Level: len(c.Section)})
				s.chunks = append(s.chunks, nil)
				last = path
			}
			n := len(s.sections) - 1
			s.sections[n].Text += c.Text + "\n\n"
			s.chunks[n] = append(s.chunks[n], c)
		}
		for _, a := range anchorsOf(s.sections) {
			for k := range a {
				s.anchors[k] = true
			}
		}
		out = append(out, s)
	}
	return out, nil
}

type parallelPair struct {
	zh, en *sectioned
	pairs  []SectionPair
	score  float64
}

// matchParallel pairs each Chinese document with the English one it
// translates, if any, best matches first and each document at most once.
func matchParallel(zh, en []sectioned) []parallelPair {
	var cands []parallelPair
	for i := range zh {
		for j := range en {
			if jaccard(zh[i].anchors, en[j].anchors) < parallelMinAnchors {
				continue
			}
			pairs := AlignSections(zh[i].sections, en[j].sections)
			share := anchoredShare(zh[i].sections, en[j].sections, pairs)
			if share >= parallelMinSections {
				cands = append(cands, parallelPair{zh: &zh[i], en: &en[j], pairs: pairs, score: share})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	used := map[string]bool{}
	var out []parallelPair
	for _, c := range cands {
		if used[c.zh.doc.ID] || used[c.en.doc.ID] {
			continue
		}
		used[c.zh.doc.ID], used[c.en.doc.ID] = true, true
		out = append(out, c)
	}
	return out
}

// anchoredShare is the share of the longer document's sections aligned
// with a section that shares an anchor.
func anchoredShare(zh, en []Section, pairs []SectionPair) float64 {
	za, ea := anchorsOf(zh), anchorsOf(en)
	n := 0
	for _, p := range pairs {
		if jaccard(za[p.Zh], ea[p.En]) > 0 {
			n++
		}
	}
	return float64(n) / float64(max(len(zh), len(en)))
}

// alignChunks is AlignPassages over chunks, each passage keeping the
// chunks it came from.
func alignChunks(zh, en *sectioned, pairs []SectionPair) []Passage {
	var out []Passage
	for _, p := range pairs {
		zc, ec := zh.chunks[p.Zh], en.chunks[p.En]
		out = append(out, Passage{Zh: zh.sections[p.Zh].Heading, En: en.sections[p.En].Heading, Section: p, ZhChunk: zc[0].ID, EnChunk: ec[0].ID})
		zu, zids := chunkParagraphs(zc)
		eu, eids := chunkParagraphs(ec)
		for _, u := range AlignSections(zu, eu) {
			out = append(out, Passage{Zh: zu[u.Zh].Text, En: eu[u.En].Text, Section: p, ZhChunk: zids[u.Zh], EnChunk: eids[u.En]})
		}
	}
	return out
}

func chunkParagraphs(chunks []kg.Chunk) ([]Section, []string) {
	var units []Section
	var ids []string
	for _, c := range chunks {
		for _, u := range paragraphs(c.Text) {
			units = append(units, u)
			ids = append(ids, c.ID)
		}
	}
	return units, ids
}

// withEvidence adds to each pair the chunks that taught it and the word
// the English passages write its stem as.
func withEvidence(pairs []TermPair) []LearnedPair {
	out := make([]LearnedPair, 0, len(pairs))
	for _, p := range pairs {
		lp := LearnedPair{Zh: p.Zh, En: p.En, Together: p.Together, Dice: p.Dice}
		seen := map[string]bool{}
		words := map[string]int{}
		for _, ev := range p.Evidence {
			for _, id := range []string{ev.ZhChunk, ev.EnChunk} {
				if id != "" && !seen[id] {
					seen[id] = true
					lp.Chunks = append(lp.Chunks, id)
				}
			}
			_, ws := contentWords(ev.En)
			if w, ok := ws[p.En]; ok {
				words[strings.ToLower(w)]++
			}
		}
		lp.EnWord = p.En
		best := 0
		for w, n := range words {
			if n > best || n == best && w < lp.EnWord {
				lp.EnWord, best = w, n
			}
		}
		out = append(out, lp)
	}
	return out
}

// LexiconUse is a learned pair a question was expanded with.
type LexiconUse struct {
	Term     string   `json:"term"` // the question's search token
	Alt      string   `json:"alt"`  // the other language's word searched for
	Dice     float64  `json:"dice"`
	Together int      `json:"together"`
	Evidence []string `json:"evidence"` // the chunks that taught the pair
}

// A question is expanded only with pairs surer than the lexicon's floor:
// a character pair across two words ("臂底" of 机械臂底座) or an everyday
// word pairs by chance often enough to be learned, and each such word
// searched for pulls in passages of the other language that answer
// nothing.
const (
	expandMinTogether = 3
	expandMinDice     = 0.8
)

// maxLearnedAlts bounds the Chinese tokens an English term is expanded
// with: a stem can pair with several overlapping character pairs.
const maxLearnedAlts = 2

// expandLearned gives each of q's terms the glossary leaves without a
// translation the other language's word from the learned lexicon. The
// words widen the search only: a learned pair is a guess from
// co-occurrence, so it does not count as a translation where answers
// weigh how much of the question a passage holds, as the glossary's do.
func (r *Retriever) expandLearned(ctx context.Context, clearance kg.Audience, q *Question, tr *Trace) error {
	lx, err := r.lexicon.get(ctx, clearance)
	if err != nil || len(lx.byZh) == 0 {
		return err
	}
	use := func(t string, p LearnedPair, word string) {
		if q.Learned == nil {
			q.Learned = map[string][]string{}
		}
		q.Learned[t] = append(q.Learned[t], word)
		tr.Lexicon = append(tr.Lexicon, LexiconUse{Term: t, Alt: word, Dice: p.Dice, Together: p.Together, Evidence: p.Chunks})
	}
	for _, t := range q.Terms {
		if len(q.Alts[t]) > 0 {
			continue
		}
		if p, ok := lx.byZh[t]; ok {
			use(t, p, p.EnWord)
			continue
		}
		for i, p := range lx.byEn[t] {
			if i == maxLearnedAlts {
				break
			}
			use(t, p, p.Zh)
		}
	}
	return nil
}
