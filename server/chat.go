package server

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

type chatRequest struct {
	Question       string `json:"question"`
	ConversationID string `json:"conversation_id"`
	Clearance      string `json:"clearance"`
}

// ChatAnswer is /v1/chat's reply: the assistant's answer with the
// conversation it belongs to and the standalone question that was asked.
type ChatAnswer struct {
	*assistant.Answer
	ConversationID string `json:"conversation_id"`
	AnswerID       string `json:"answer_id"`
	Turn           int    `json:"turn"`
	// Asked is the question as asked; Rewritten the standalone form sent
	// to retrieval when it differs.
	Asked     string `json:"asked"`
	Rewritten string `json:"rewritten,omitempty"`
}

func (s *Server) chat(c echo.Context) error {
	var req chatRequest
	if err := c.Bind(&req); err != nil {
		return kg.Errorf(kg.EINVALID, "request body must be JSON: {\"question\": \"...\"}")
	}
	p := principalOf(c)
	clearance, err := p.questionAt(req.Question, req.Clearance)
	if err != nil {
		return err
	}
	l := s.ledger(c, p)
	l.conversationID, l.answerID = req.ConversationID, newAnswerID()
	convs := s.opts.Auth.Conversations()
	w, fn := chatStream(c)
	ctx := c.Request().Context()
	r, err := s.conv.Ask(ctx, assistant.Message{Question: req.Question, Clearance: clearance,
		History: conversationHistory(convs, l), Stream: fn, Ledger: l})
	if err != nil {
		return s.streamOr(w, err)
	}
	out := &ChatAnswer{Answer: r.Answer, ConversationID: l.conversationID, AnswerID: l.answerID, Asked: r.Asked, Rewritten: r.Rewritten}
	out.Turn, err = convs.Append(ctx, p.KeyID(), l.conversationID, auth.Turn{AnswerID: out.AnswerID, Question: r.Asked,
		Rewritten: r.Rewritten, Answer: r.Answer.Answer, Entities: r.Turn.Entities})
	if err != nil {
		return s.streamOr(w, err)
	}
	if w == nil {
		return c.JSON(http.StatusOK, out)
	}
	return s.finishStream(w, out)
}

// conversationHistory loads the turns of l's conversation once the
// question is admitted, starting a conversation when l names none.
func conversationHistory(convs auth.Conversations, l *ledger) func(context.Context) ([]assistant.Turn, error) {
	return func(ctx context.Context) ([]assistant.Turn, error) {
		if l.conversationID == "" {
			var err error
			l.conversationID, err = convs.Create(ctx, l.p.KeyID())
			return nil, err
		}
		h, err := convs.Turns(ctx, l.p.KeyID(), l.conversationID)
		return assistantTurns(h), err
	}
}

// chatStream is the SSE writer and the answer's stream function when the
// client asked for events; nil and nil otherwise.
func chatStream(c echo.Context) (*sse, assistant.StreamFunc) {
	if !wantsSSE(c) {
		return nil, nil
	}
	w := &sse{c: c}
	return w, func(ev assistant.StreamEvent) error {
		if ev.Reset {
			return w.send("reset", map[string]string{"reason": ev.Reason})
		}
		return w.send("token", map[string]string{"text": ev.Text})
	}
}

func (s *Server) finishStream(w *sse, out *ChatAnswer) error {
	cites := out.Citations
	if cites == nil {
		cites = []assistant.Citation{}
	}
	for _, step := range []struct {
		event string
		data  any
	}{{"citations", cites}, {"evidence", out.Evidence}, {"done", out}} {
		if err := w.send(step.event, step.data); err != nil {
			return nil // the client went away; nothing more to tell it
		}
	}
	return nil
}

func (s *Server) streamOr(w *sse, err error) error {
	if w != nil && w.started {
		_ = w.send("error", errorBody(err))
		return nil
	}
	return err
}

// questionAt checks a question and the clearance it is asked at (the
// caller's default when empty).
func (p *principal) questionAt(question, clearance string) (kg.Audience, error) {
	cl, err := p.clearance(clearance)
	if err != nil {
		return cl, err
	}
	return cl, checkQuestion(question)
}

func checkQuestion(q string) error {
	if strings.TrimSpace(q) == "" {
		return kg.Errorf(kg.EINVALID, "question is required")
	}
	if len(q) > assistant.MaxQuestionBytes {
		return kg.Errorf(kg.ETOOLARGE, "question is longer than %d bytes", assistant.MaxQuestionBytes)
	}
	return nil
}

func assistantTurns(history []auth.Turn) []assistant.Turn {
	out := make([]assistant.Turn, len(history))
	for i, t := range history {
		out[i] = assistant.Turn{Question: t.Question, Answer: t.Answer, Entities: t.Entities}
	}
	return out
}

func citedDocs(cites []assistant.Citation) []string {
	var ids []string
	for _, c := range cites {
		if !slices.Contains(ids, c.Document.ID) {
			ids = append(ids, c.Document.ID)
		}
	}
	return ids
}

func msSince(t time.Time) float64 { return float64(time.Since(t).Microseconds()) / 1000 }

func newAnswerID() string { return "ans_" + randomHex(12) }

func errorBody(err error) ErrorBody {
	var b ErrorBody
	b.Error.Code, b.Error.Message = kg.ErrorCode(err), kg.ErrorMessage(err)
	return b
}

// maybePurge applies the audit retention and size bound at most once an
// hour.
func (s *Server) maybePurge(ctx context.Context) {
	now := time.Now()
	last := s.lastPurge.Load()
	if now.Unix()-last < 3600 || !s.lastPurge.CompareAndSwap(last, now.Unix()) {
		return
	}
	_, _ = s.opts.Auth.PurgeAuditBefore(ctx, now.Add(-s.opts.AuditRetention))
	_, _ = s.opts.Auth.TrimAudit(ctx, s.opts.AuditMaxRows)
}
