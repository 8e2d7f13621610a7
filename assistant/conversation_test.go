package assistant_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/demostore"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// demoConversation answers over the public demo documents, extractively,
// with the heuristic rewriter.
func demoConversation(t *testing.T) *assistant.Conversation {
	t.Helper()
	st, emb := demostore.SQLite(t, t.TempDir())
	demostore.Load(t, st, emb, map[string]kg.Audience{"public": kg.Public})
	r := retrieval.New(st, emb, retrieval.Options{})
	return &assistant.Conversation{Assistant: assistant.New(r, nil), Linker: retrieval.NewLinker(st, time.Minute)}
}

// ledger records what a Conversation asks of it, in order.
type ledger struct {
	refuse error
	steps  []string
	got    []assistant.Exchange
}

func (l *ledger) Reserve(ctx context.Context, q string) (func(), error) {
	l.steps = append(l.steps, "reserve")
	if l.refuse != nil {
		return nil, l.refuse
	}
	return func() { l.steps = append(l.steps, "settle") }, nil
}

func (l *ledger) Record(ctx context.Context, x assistant.Exchange) {
	l.steps = append(l.steps, "record")
	l.got = append(l.got, x)
}

// History that arrives as text alone (an OpenAI client's messages) is
// linked, so the follow-up is rewritten as /v1/chat's stored turns are;
// the question is admitted, answered, recorded, then settled, once.
func TestConversationLinksHistoryAndRecordsOnce(t *testing.T) {
	c := demoConversation(t)
	l := &ledger{}
	history := []assistant.Turn{{Question: "What is the rated voltage of the HF-CP200?", Answer: "380 V [1]."}}
	r, err := c.Ask(context.Background(), assistant.Message{Question: " and its weight? ", Clearance: kg.Public, Ledger: l,
		History: func(context.Context) ([]assistant.Turn, error) { return history, nil }})
	if err != nil {
		t.Fatal(err)
	}
	if r.Asked != "and its weight?" || !strings.Contains(r.Rewritten, "HF-CP200") {
		t.Errorf("asked %q, rewritten %q; want the linked product carried in", r.Asked, r.Rewritten)
	}
	if r.Answer.Trace.LLM == nil || r.Answer.Trace.LLM.Rewritten != r.Rewritten {
		t.Errorf("the trace does not show the rewrite: %+v", r.Answer.Trace.LLM)
	}
	if got := strings.Join(l.steps, " "); got != "reserve record settle" {
		t.Errorf("ledger steps %q, want reserve record settle", got)
	}
	if len(l.got) != 1 || l.got[0].Reply != r || l.got[0].Err != nil || l.got[0].Asked != "and its weight?" {
		t.Errorf("recorded %+v", l.got)
	}
}

// A refused question is neither answered nor recorded, and touches no
// history; one past its deadline is recorded as a timeout.
func TestConversationRefusalAndTimeout(t *testing.T) {
	c := demoConversation(t)
	l := &ledger{refuse: kg.Errorf(kg.ERATELIMIT, "over quota")}
	loaded := false
	_, err := c.Ask(context.Background(), assistant.Message{Question: "What is the rated voltage of the HF-CP200?", Clearance: kg.Public, Ledger: l,
		History: func(context.Context) ([]assistant.Turn, error) { loaded = true; return nil, nil }})
	if kg.ErrorCode(err) != kg.ERATELIMIT || loaded || strings.Join(l.steps, " ") != "reserve" {
		t.Errorf("refused: %v, history loaded %v, steps %q", err, loaded, l.steps)
	}
	c.Timeout = time.Nanosecond
	l = &ledger{}
	_, err = c.Ask(context.Background(), assistant.Message{Question: "What is the rated voltage of the HF-CP200?", Clearance: kg.Public, Ledger: l})
	if kg.ErrorCode(err) != kg.ETIMEOUT || len(l.got) != 1 || kg.ErrorCode(l.got[0].Err) != kg.ETIMEOUT {
		t.Errorf("past the deadline: %v, recorded %+v", err, l.got)
	}
}
