package server

import (
	"context"
	"sync"

	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/labstack/echo/v4"
)

// answerReserve is what one question is assumed to spend until it is
// settled: about a short answer.
const answerReserve = 256

// reserveQuota refuses a key that has spent (or reserved) its daily
// tokens, and otherwise reserves tokens for one question in the auth
// store, where every replica sharing it sees the reservation. The
// returned release must be called once the question is settled: after
// its audit row, which adds the tokens spent, is committed.
func (s *Server) reserveQuota(ctx context.Context, p *principal, question string) (func(), error) {
	if p.Key == nil || p.Key.DailyTokens <= 0 {
		return func() {}, nil
	}
	id, err := s.opts.Auth.Reserve(ctx, p.Key.ID, textseg.EstimateTokens(question)+answerReserve, p.Key.DailyTokens)
	if err != nil {
		return func() {}, err
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			// A failed release lapses after auth.ReservationTTL.
			_ = s.opts.Auth.Release(context.WithoutCancel(ctx), id)
		})
	}, nil
}

// withQuota runs fn under the question deadline with tokens reserved for
// question, released once fn, and the audit row it writes, are done: the
// routes that do not answer through assistant.Conversation (which does
// the same for answers) still count against the key's daily quota.
func (s *Server) withQuota(c echo.Context, p *principal, question string, fn func(ctx context.Context) error) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), s.opts.AskTimeout)
	defer cancel()
	release, err := s.reserveQuota(ctx, p, question)
	if err != nil {
		return err
	}
	defer release()
	return fn(ctx)
}
