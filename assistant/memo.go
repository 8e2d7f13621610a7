package assistant

import (
	"strings"
	"sync"

	"github.com/kgassist/kgassist/retrieval"
)

// The answerer asks the same questions of one evidence set many times
// (the question's content terms, its codes), so the answers are kept per
// evidence set for a while. An evidence set may still be changed after a
// memo was made for it (a cached set narrowed for another asker), so a
// memo holds the fingerprint of what it was computed from and is made
// afresh when that no longer matches.

type evidenceMemo struct {
	once1, once2, once3, once4 sync.Once
	key                        string
	q                          retrieval.Question
	c                          []string
	commonSet                  map[string]bool
	measureAsked               measureCheck
}

// fingerprint is what a memo's answers depend on: the question, the
// passages and the linked entities.
func fingerprint(ev *retrieval.Evidence) string {
	var b strings.Builder
	b.WriteString(ev.Question.Text)
	b.WriteByte(0)
	b.WriteString(strings.Join(ev.Question.Terms, " "))
	for _, it := range ev.Items {
		b.WriteByte(0)
		b.WriteString(it.Chunk.ID)
	}
	for _, l := range ev.Linked {
		b.WriteByte(1)
		b.WriteString(l.Entity.ID)
	}
	return b.String()
}

func (m *evidenceMemo) content(ev *retrieval.Evidence) retrieval.Question {
	m.once1.Do(func() { m.q = computeContentQuestion(ev) })
	q := m.q
	q.Terms = append([]string(nil), m.q.Terms...) // callers may narrow their copy
	return q
}

func (m *evidenceMemo) codes(ev *retrieval.Evidence) []string {
	m.once2.Do(func() { m.c = computeCodeTerms(ev) })
	return m.c
}

// tokenSets keeps the token sets of the texts one answer reads, each
// made once: a sentence is asked after its codes, its attribute, its item
// and its share of the question, each on the same words. The sets are
// read, never written; a nil tokenSets makes every set afresh.
type tokenSets map[string]map[string]bool

func (m tokenSets) of(text string) map[string]bool {
	if m == nil {
		return retrieval.TokenSet(text)
	}
	s, ok := m[text]
	if !ok {
		s = retrieval.TokenSet(text)
		m[text] = s
	}
	return s
}

// common are commonTerms(ev), read and never written by their users.
func (m *evidenceMemo) common(ev *retrieval.Evidence) map[string]bool {
	m.once3.Do(func() { m.commonSet = commonTerms(ev) })
	return m.commonSet
}

// measure is askedMeasure(ev), which an answer reads for its computed
// listings and again for its sentences; its users only read it.
func (m *evidenceMemo) measure(ev *retrieval.Evidence) measureCheck {
	m.once4.Do(func() { m.measureAsked = askedMeasure(ev) })
	return m.measureAsked
}

// memoTable keeps the memos of the most recent evidence sets.
type memoTable struct {
	mu sync.Mutex
	m  map[*retrieval.Evidence]*evidenceMemo
}

// maxMemos bounds the table; it is cleared whole when full, which costs
// a recomputation and nothing else.
const maxMemos = 256

var memo = &memoTable{m: map[*retrieval.Evidence]*evidenceMemo{}}

func (t *memoTable) get(ev *retrieval.Evidence) *evidenceMemo {
	t.mu.Lock()
	defer t.mu.Unlock()
	key := fingerprint(ev)
	m, ok := t.m[ev]
	if !ok || m.key != key {
		if len(t.m) >= maxMemos {
			t.m = map[*retrieval.Evidence]*evidenceMemo{}
		}
		m = &evidenceMemo{key: key}
		t.m[ev] = m
	}
	return m
}
