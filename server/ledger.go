package server

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// ledger admits a key's questions against its daily tokens and writes
// their audit rows, for one request on one route.
type ledger struct {
	s     *Server
	route string
	p     *principal
	// conversationID and answerID go into the audit row; answerID is
	// minted per answer when empty and perAnswer is set (an MCP batch
	// may hold several questions).
	conversationID string
	answerID       string
	perAnswer      bool
}

var _ assistant.Ledger = (*ledger)(nil)

func (s *Server) ledger(c echo.Context, p *principal) *ledger {
	return &ledger{s: s, route: c.Path(), p: p}
}

func (l *ledger) Reserve(ctx context.Context, question string) (func(), error) {
	return l.s.reserveQuota(ctx, l.p, question)
}

func (l *ledger) Record(ctx context.Context, x assistant.Exchange) {
	s := l.s
	row := auth.AuditEntry{KeyID: l.p.KeyID(), Route: l.route, ConversationID: l.conversationID,
		Question: auditQuestion(x.Asked), Clearance: x.Clearance, Ms: msSince(x.Start)}
	if x.Err != nil {
		row.Answer, row.Status = kg.ErrorMessage(x.Err), statusOf(kg.ErrorCode(x.Err))
		_ = s.opts.Auth.Audit(ctx, row)
		return
	}
	answer := x.Reply.Answer.Answer
	if l.perAnswer && l.answerID == "" {
		row.AnswerID = newAnswerID()
	} else {
		row.AnswerID = l.answerID
	}
	n := textseg.EstimateTokens(x.Asked) + textseg.EstimateTokens(answer)
	row.Answer, row.Sources, row.Status, row.Tokens = auditAnswer(answer), citedDocs(x.Reply.Citations), http.StatusOK, n
	_ = s.opts.Auth.Audit(ctx, row)
	s.metrics.tokens.Add(float64(n))
	s.maybePurge(ctx)
}
