package retrieval

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// Options tune retrieval. Zero values take the defaults.
type Options struct {
	TopK        int           // candidates per search list
	MaxItems    int           // passages kept, besides those computed answers cite
	TokenBudget int           // approximate tokens of passage text kept
	DictTTL     time.Duration // how long the entity dictionary is reused
	// CacheSize is how many evidence sets are kept for repeated questions;
	// negative disables the cache. Entries expire after DictTTL.
	CacheSize int
	// MaxConcurrent bounds the retrievals that run at once; more wait
	// their turn holding nothing. Default max(8, 4 × GOMAXPROCS): enough to
	// keep a remote store busy, few enough that waiting costs no memory.
	MaxConcurrent int
	// TablePlanner, when set, writes plans for questions over a table
	// that the rules cannot read (a language model; see tableq.Planner).
	TablePlanner tableq.Planner
}

func (o Options) withDefaults() Options {
	if o.TopK <= 0 {
		o.TopK = 20
	}
	if o.MaxItems <= 0 {
		o.MaxItems = 10
	}
	if o.TokenBudget <= 0 {
		o.TokenBudget = 1800
	}
	if o.DictTTL <= 0 {
		o.DictTTL = 30 * time.Second
	}
	if o.CacheSize == 0 {
		o.CacheSize = 1024
	}
	return o
}

// Retriever turns questions into evidence.
type Retriever struct {
	store  kg.Reader
	embed  kg.Embedder
	linker *Linker
	// lexicon is learned from the parallel documents the store holds.
	lexicon *lexicons
	cache   *evidenceCache
	flights *flights
	facts   factsCache // facts of cited passages, for answers' evidence graphs
	tables  tableCache
	reads   *readCache // supporting passages and neighbourhoods
	opts    Options
	// version is the store's change counter as of the caches.
	version storeVersion
}

// New returns a retriever over store. embed may be nil to skip vector search.
func New(store kg.Reader, embed kg.Embedder, opts Options) *Retriever {
	opts = opts.withDefaults()
	return &Retriever{store: store, embed: embed, linker: NewLinker(store, versionedTTL(store, opts.DictTTL)), lexicon: newLexicons(store, opts.DictTTL), cache: newEvidenceCache(opts.CacheSize, opts.DictTTL),
		flights: newFlights(opts.MaxConcurrent), tables: tableCache{ttl: opts.DictTTL},
		reads: newReadCache(versionedTTL(store, opts.DictTTL)), opts: opts}
}

// Invalidate drops cached dictionaries after the store changed.
func (r *Retriever) Invalidate() {
	r.linker.Invalidate()
	r.lexicon.Invalidate()
	r.cache.clear()
	r.flights.invalidate()
	r.facts.clear()
	r.tables.clear()
	r.reads.clear()
}

// Retrieve gathers evidence for question at the caller's clearance.
//
// The store's version decides whether cached evidence and dictionaries
// still hold. Cached evidence is served only after reading it; a question
// read afresh reads it with its first round, in the same round trip, and
// is read once more, with fresh dictionaries, when it moved.
func (r *Retriever) Retrieve(ctx context.Context, clearance kg.Audience, question string) (*Evidence, error) {
	key := cacheKey(clearance, question)
	if ev, ok := r.cache.get(key); ok && !r.syncVersion(ctx) {
		return ev, nil
	}
	return r.flights.do(ctx, key, func(ctx context.Context) (*Evidence, error) {
		ev, err := r.retrieve(ctx, clearance, question, true)
		if errors.Is(err, errStoreMoved) {
			ev, err = r.retrieve(ctx, clearance, question, false)
		}
		if err == nil {
			r.cache.put(key, ev)
		}
		return ev, err
	})
}

// retrieve reads the evidence for question; with mayRestart, a store
// version that moved since the dictionaries were read stops it with
// errStoreMoved.
func (r *Retriever) retrieve(ctx context.Context, clearance kg.Audience, question string, mayRestart bool) (*Evidence, error) {
	q := Analyze(question)
	ev := &Evidence{Question: q, Entities: map[string]kg.Entity{}}
	ev.Trace = Trace{Lang: q.Lang, Intent: q.Intent, Terms: q.Terms}
	if q.Text == "" {
		return ev, kg.Errorf(kg.EINVALID, "empty question")
	}
	start := time.Now()
	vec := r.embedQuestion(ctx, q.Text)
	if err := r.expandLearned(ctx, clearance, &q, &ev.Trace); err != nil {
		return nil, err
	}
	ev.Question = q
	ev.Trace.stage("lexicon", start, len(ev.Trace.Lexicon))
	g := gathered{mayRestart: mayRestart}
	if err := r.readFirst(ctx, clearance, q, vec, ev, &g); err != nil {
		return nil, err
	}
	ev.Trace.stage("link", start, len(ev.Linked))
	if err := r.readSecond(ctx, clearance, q, ev.Linked, &g); err != nil {
		return nil, kg.Wrap("retrieval.gather", err)
	}
	if err := r.assemble(ctx, clearance, ev, &g); err != nil {
		return nil, kg.Wrap("retrieval.assemble", err)
	}
	if err := r.continueSteps(ctx, clearance, ev); err != nil {
		return nil, kg.Wrap("retrieval.continued", err)
	}
	if err := r.continueLists(ctx, clearance, ev); err != nil {
		return nil, kg.Wrap("retrieval.continued", err)
	}
	if err := r.addToolsLists(ctx, clearance, ev); err != nil {
		return nil, kg.Wrap("retrieval.tools", err)
	}
	unknown, err := r.unknownCodes(ctx, clearance, ev)
	if err != nil {
		return nil, kg.Wrap("retrieval.unknown", err)
	}
	unknown = append(unknown, absentTables(ev)...)
	ev.Unknown, ev.Trace.Unknown = unknown, unknown
	ev.Trace.stage("total", start, len(ev.Items))
	return ev, nil
}

// gathered holds the candidate lists before fusion.
type gathered struct {
	// mayRestart lets the first round stop the question when the store's
	// version moved; the second reading goes on whatever happens.
	mayRestart   bool
	text, vector []kg.ScoredChunk
	facts        []Fact
	entities     map[string]kg.Entity
	computed     []Computed
	// The walk's edges: entities the best passages name, and the
	// passages that state them.
	mentions []mention
	stated   map[string][]kg.Chunk
	// named are the passages that state the linked entities.
	named map[string][]kg.Chunk
	// The second hop: passages found by what the best passages name.
	bridge        []kg.ScoredChunk
	bridgeQueries []string
	// open: passages found by the terms the first search left open.
	open []kg.ScoredChunk
	// coded: passages holding a code the question names that the first
	// search's best passages lack.
	coded []kg.ScoredChunk
	// alsoCoded: passages holding a code that a top passage holds too.
	alsoCoded []kg.ScoredChunk
	// parts: passages found by each part of a question asking several
	// things, and the best of each part's search.
	parts, partBest []kg.ScoredChunk
	// support are the passages of the facts assemble cites.
	support map[string][]kg.Chunk
}

// searchText is the question reduced to its content terms, so the
// fulltext ranking is not spent on "what" and "是多少".
// It is written in words, not stems, since the store stems what it gets.
func searchText(q Question) string {
	var b strings.Builder
	for _, t := range q.Terms {
		if w, ok := q.words[t]; ok {
			b.WriteString(w + " ")
		} else {
			b.WriteString(t + " ")
		}
		if sizeDesignation.MatchString(t) {
			for _, u := range DesignationUnits {
				b.WriteString(t + u + " ") // the parts list's "M3x25mm" for "M3x25"
			}
		}
		if forms, ok := q.Learned[t]; ok {
			b.WriteString(strings.Join(forms, " ") + " ")
		}
		if forms, ok := q.altWords[t]; ok {
			b.WriteString(strings.Join(forms, " ") + " ")
			continue
		}
		for _, seq := range q.Alts[t] {
			b.WriteString(strings.Join(seq, " ") + " ")
		}
	}
	if b.Len() == 0 {
		return q.Text
	}
	return b.String()
}

func zero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}
