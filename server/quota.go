package server

import (
	"context"
	"sync"

	"github.com/kgassist/kgassist/kg"
)

// quotas holds the tokens reserved by questions still being answered, per
// key. A question reserves before it is answered and releases once its
// audit row (which adds the tokens spent) is committed, so questions
// answered at the same time cannot all read the same unspent quota.
type quotas struct {
	mu       sync.Mutex
	reserved map[string]int
}

// answerReserve is what one question is assumed to spend until it is
// settled: about a short answer.
const answerReserve = 256

// reserveQuota refuses a key that has spent (or reserved) its daily
// tokens, and otherwise reserves tokens for one question. The returned
// release must be called after the question is settled.
func (s *Server) reserveQuota(ctx context.Context, p *principal, question string) (func(), error) {
	if p.Key == nil || p.Key.DailyTokens <= 0 {
		return func() {}, nil
	}
	q := &s.quotas
	q.mu.Lock()
	defer q.mu.Unlock()
	used, err := s.opts.Auth.TokensToday(ctx, p.Key.ID)
	if err != nil {
		return func() {}, err
	}
	if used+q.reserved[p.Key.ID] >= p.Key.DailyTokens {
		return func() {}, kg.Errorf(kg.ERATELIMIT, "this key has used its %d tokens for today", p.Key.DailyTokens)
	}
	if q.reserved == nil {
		q.reserved = map[string]int{}
	}
	n := estimateTokens(question) + answerReserve
	q.reserved[p.Key.ID] += n
	var once sync.Once
	return func() {
		once.Do(func() {
			q.mu.Lock()
			defer q.mu.Unlock()
			if q.reserved[p.Key.ID] -= n; q.reserved[p.Key.ID] <= 0 {
				delete(q.reserved, p.Key.ID)
			}
		})
	}, nil
}
