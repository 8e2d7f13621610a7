package assistant

import (
	"sync"

	"github.com/kgassist/kgassist/retrieval"
)

// The answerer asks the same questions of one evidence set many times
// (the question's content terms, its codes); evidence is immutable once
// retrieved, so the answers are kept per evidence set for a while.

type evidenceMemo struct {
	once1, once2 sync.Once
	q            retrieval.Question
	c            []string
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
	m, ok := t.m[ev]
	if !ok {
		if len(t.m) >= maxMemos {
			t.m = map[*retrieval.Evidence]*evidenceMemo{}
		}
		m = &evidenceMemo{}
		t.m[ev] = m
	}
	return m
}
