package assistant

import (
	"context"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Turn is one earlier exchange of a conversation.
type Turn struct {
	Question string   `json:"question"`
	Answer   string   `json:"answer,omitempty"`
	Entities []string `json:"entities,omitempty"` // names of the entities the question was linked to
}

// TurnOf records an answered question for the next follow-up.
func TurnOf(ans *Answer) Turn {
	t := Turn{Question: ans.Question, Answer: ans.Answer}
	for _, l := range ans.Trace.Linked {
		if _, name, ok := strings.Cut(l, ":"); ok {
			t.Entities = append(t.Entities, name)
		}
	}
	return t
}

// Rewriter turns a follow-up into a standalone question, so retrieval sees
// what "it" refers to. The model adapter implements it.
type Rewriter interface {
	Rewrite(ctx context.Context, history []Turn, question string) (string, error)
}

// Linker finds the entities a question names; earlier questions of a
// conversation are linked so the rewriter knows what they were about.
type Linker interface {
	Link(ctx context.Context, clearance kg.Audience, question string) ([]retrieval.Linked, error)
}

// Ledger accounts for one caller's questions. Reserve may refuse a
// question (a key over its daily tokens) and returns what settles the
// reservation; Record keeps the outcome (the audit log, tokens spent) and
// runs before the settlement, so the spent tokens are counted before the
// reservation goes.
type Ledger interface {
	Reserve(ctx context.Context, question string) (settle func(), err error)
	Record(ctx context.Context, x Exchange)
}

// Exchange is one question's outcome as a Ledger records it: Answer on
// success, Err otherwise.
type Exchange struct {
	Asked     string
	Clearance kg.Audience
	Reply     *Reply
	Err       error
	Start     time.Time
}

// Message is a question with its conversation.
type Message struct {
	Question  string
	Clearance kg.Audience
	// History loads the earlier turns once the question is admitted, so a
	// refused question touches no conversation. Nil: no history.
	History func(ctx context.Context) ([]Turn, error)
	// Stream, when set, receives the answer's text as it is produced.
	Stream StreamFunc
	// Ledger, when set, admits and records the question.
	Ledger Ledger
}

// Reply is an answer in its conversation.
type Reply struct {
	*Answer
	// Asked is the question as asked; Rewritten the standalone form sent
	// to retrieval, when it differs.
	Asked     string
	Rewritten string
	// Turn is what the next follow-up needs of this exchange.
	Turn Turn
}

// Conversation answers questions that may follow earlier ones. Every
// entry point (ask, chat, OpenAI-compatible, MCP) answers through Ask, so
// they share the deadline, the quota, the follow-up rewriting and the
// audit.
type Conversation struct {
	Assistant *Assistant
	// Rewriter makes follow-ups standalone; nil uses RewriteHeuristic.
	Rewriter Rewriter
	// Linker names the entities of earlier questions that carry none; nil
	// leaves history as given.
	Linker Linker
	// Timeout bounds one question end to end; 0 leaves it to ctx.
	Timeout time.Duration
}

// MaxHistoryTurns bounds how much of a long conversation the rewriter
// reads.
const MaxHistoryTurns = 10

// Ask answers m: deadline, then admission by the ledger, then the
// follow-up rewritten against the history, the answer, and its record.
func (c *Conversation) Ask(ctx context.Context, m Message) (*Reply, error) {
	if c.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.Timeout)
		defer cancel()
	}
	asked := strings.TrimSpace(m.Question)
	if m.Ledger != nil {
		settle, err := m.Ledger.Reserve(ctx, asked)
		if err != nil {
			return nil, err
		}
		defer settle()
	}
	x := Exchange{Asked: asked, Clearance: m.Clearance, Start: time.Now()}
	x.Reply, x.Err = c.answer(ctx, m, asked)
	if m.Ledger != nil {
		m.Ledger.Record(context.WithoutCancel(ctx), x)
	}
	return x.Reply, x.Err
}

func (c *Conversation) answer(ctx context.Context, m Message, asked string) (*Reply, error) {
	var history []Turn
	if m.History != nil {
		h, err := m.History(ctx)
		if err != nil {
			return nil, err
		}
		history = h[max(0, len(h)-MaxHistoryTurns):]
	}
	mt := &ModelTrace{}
	standalone, err := c.rewrite(WithModelTrace(ctx, mt), m.Clearance, history, asked)
	if err != nil {
		return nil, err
	}
	ans, err := c.Assistant.AskStream(ctx, Request{Question: standalone, Clearance: m.Clearance}, m.Stream)
	if err != nil {
		return nil, err
	}
	r := &Reply{Answer: ans, Asked: asked}
	if standalone != asked {
		r.Rewritten = standalone
		mt.Rewritten = standalone
	}
	keepRewriteTrace(ans, mt)
	r.Turn = TurnOf(ans)
	r.Turn.Question = asked
	return r, nil
}

func (c *Conversation) rewrite(ctx context.Context, clearance kg.Audience, history []Turn, q string) (string, error) {
	if len(history) == 0 {
		return q, nil
	}
	history = c.linkHistory(ctx, clearance, history)
	if c.Rewriter == nil {
		return RewriteHeuristic(history, q), ctx.Err()
	}
	return c.Rewriter.Rewrite(ctx, history, q)
}

// linkHistory names the entities of earlier questions that carry none (a
// client that keeps its own history sends only text). A question that
// names none inherits the entities of the one before it.
func (c *Conversation) linkHistory(ctx context.Context, clearance kg.Audience, turns []Turn) []Turn {
	if c.Linker == nil {
		return turns
	}
	out := make([]Turn, len(turns))
	var prev []string
	for i, t := range turns {
		if len(t.Entities) == 0 {
			linked, err := c.Linker.Link(ctx, clearance, t.Question)
			if err != nil {
				return turns // the rewriter then works from what it was given
			}
			for _, l := range linked {
				t.Entities = append(t.Entities, l.Entity.Name)
			}
		}
		if len(t.Entities) == 0 {
			t.Entities = prev
		}
		out[i], prev = t, t.Entities
	}
	return out
}

// keepRewriteTrace puts the rewriter's model calls and result in the
// answer's trace beside the answerer's.
func keepRewriteTrace(ans *Answer, mt *ModelTrace) {
	if len(mt.Calls) == 0 && mt.Rewritten == "" {
		return
	}
	if ans.Trace.LLM == nil {
		ans.Trace.LLM = mt
		return
	}
	ans.Trace.LLM.Rewritten = mt.Rewritten
	ans.Trace.LLM.Calls = append(mt.Calls, ans.Trace.LLM.Calls...)
}
