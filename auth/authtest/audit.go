package authtest

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

func testAuditLog(t *testing.T, e *env) {
	at := e.now().Add(-time.Minute)
	first := auth.AuditEntry{At: at, KeyID: "k", Route: "/v1/chat", ConversationID: "conv_1", AnswerID: "ans_1",
		Question: "额定电压?", Answer: "380 V [1]", Sources: []string{"doc1", "doc2"}, Clearance: kg.Internal, Ms: 12.5, Status: 200}
	must(t, "audit", e.Audit(e.ctx, first))
	must(t, "audit", e.Audit(e.ctx, auth.AuditEntry{KeyID: "k", Route: "/v1/ask", Question: "second", Status: 403}))
	log, err := e.AuditLog(e.ctx, 10)
	if err != nil || len(log) != 2 || log[0].Question != "second" {
		t.Fatalf("log = %+v, %v; want newest first", log, err)
	}
	if log[0].ID <= log[1].ID || log[0].At.IsZero() || log[0].Sources == nil {
		t.Errorf("second entry %+v: want a larger id, a time and an empty source list", log[0])
	}
	got := log[1]
	if got.At.UnixMilli() != at.UnixMilli() || got.KeyID != "k" || got.Route != first.Route || got.ConversationID != "conv_1" ||
		got.AnswerID != "ans_1" || got.Question != first.Question || got.Answer != first.Answer || !slices.Equal(got.Sources, first.Sources) ||
		got.Clearance != kg.Internal || got.Ms != 12.5 || got.Status != 200 {
		t.Errorf("stored %+v, want %+v", got, first)
	}
	if log, _ := e.AuditLog(e.ctx, 1); len(log) != 1 {
		t.Errorf("limit 1 gave %d entries", len(log))
	}
}

// testConcurrentAudits audits from many goroutines at once, as concurrent
// chats do: each entry is committed when Audit returns, with its own id,
// and its tokens count against the key.
func testConcurrentAudits(t *testing.T, e *env) {
	const n = 40
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			errs[i] = e.Audit(e.ctx, auth.AuditEntry{KeyID: "k", Question: fmt.Sprint(i), Sources: []string{"doc"}, Tokens: 3})
		})
	}
	wg.Wait()
	for i, err := range errs {
		must(t, fmt.Sprintf("audit %d", i), err)
	}
	log, err := e.AuditLog(e.ctx, 1000)
	must(t, "log", err)
	ids := map[int64]bool{}
	for _, a := range log {
		ids[a.ID] = true
	}
	if len(log) != n || len(ids) != n {
		t.Fatalf("%d entries with %d distinct ids, want %d", len(log), len(ids), n)
	}
	if used, err := e.TokensToday(e.ctx, "k"); used != 3*n || err != nil {
		t.Fatalf("tokens from audited answers = %d, %v; want %d", used, err, 3*n)
	}
}

func testAuditPurges(t *testing.T, e *env) {
	conv, err := e.Conversations().Create(e.ctx, "k")
	must(t, "create", err)
	old := e.now().Add(-48 * time.Hour)
	must(t, "audit", e.Audit(e.ctx, auth.AuditEntry{KeyID: "k", Question: "old", Sources: []string{"doc1"}, At: old}))
	must(t, "audit", e.Audit(e.ctx, auth.AuditEntry{KeyID: "k", Question: "cites doc2", Sources: []string{"doc2", "doc3"}}))
	must(t, "audit", e.Audit(e.ctx, auth.AuditEntry{KeyID: "k", Question: "in conversation", ConversationID: conv}))
	count := func() int { l, _ := e.AuditLog(e.ctx, 100); return len(l) }
	if n, err := e.PurgeAuditBefore(e.ctx, e.now().Add(-24*time.Hour)); n != 1 || err != nil || count() != 2 {
		t.Fatalf("retention purge = %d, %v; left %d", n, err, count())
	}
	if n, err := e.PurgeDocument(e.ctx, "doc3"); n != 1 || err != nil || count() != 1 {
		t.Fatalf("document purge = %d, %v; left %d", n, err, count())
	}
	if n, err := e.PurgeDocument(e.ctx, "doc3"); n != 0 || err != nil {
		t.Fatalf("second document purge = %d, %v", n, err)
	}
	if err := e.Conversations().Delete(e.ctx, "k", conv); err != nil || count() != 0 {
		t.Fatalf("conversation delete: %v; left %d", err, count())
	}
}

func testDailyTokens(t *testing.T, e *env) {
	if n, err := e.TokensToday(e.ctx, "k"); n != 0 || err != nil {
		t.Fatalf("tokens of a new key = %d, %v", n, err)
	}
	must(t, "add", e.AddTokens(e.ctx, "k", 40))
	must(t, "add", e.AddTokens(e.ctx, "k", 2))
	must(t, "add", e.AddTokens(e.ctx, "other", 7))
	if n, _ := e.TokensToday(e.ctx, "k"); n != 42 {
		t.Fatalf("tokens = %d, want 42", n)
	}
	e.advance(25 * time.Hour)
	if n, _ := e.TokensToday(e.ctx, "k"); n != 0 {
		t.Fatalf("tomorrow's tokens = %d", n)
	}
}

func testFeedback(t *testing.T, e *env) {
	_, err := e.AddFeedback(e.ctx, auth.Feedback{KeyID: "k", Rating: "meh"})
	wantCode(t, "rating neither up nor down", err, kg.EINVALID)
	conv, err := e.Conversations().Create(e.ctx, "k")
	must(t, "create", err)
	down := auth.Feedback{KeyID: "k", AnswerID: "ans_1", ConversationID: conv, Turn: 1, Rating: "down",
		Complaint: "wrong voltage", Question: "q", Answer: "a"}
	id1, err := e.AddFeedback(e.ctx, down)
	must(t, "add", err)
	id2, err := e.AddFeedback(e.ctx, auth.Feedback{KeyID: "k", AnswerID: "ans_x", Rating: "up"})
	must(t, "add", err)
	if id2 <= id1 {
		t.Errorf("ids %d then %d, want increasing", id1, id2)
	}
	list, err := e.ListFeedback(e.ctx, 10)
	if err != nil || len(list) != 2 || list[0].ID != id2 {
		t.Fatalf("list = %+v, %v; want newest first", list, err)
	}
	got := list[1]
	if got.ID != id1 || got.KeyID != "k" || got.AnswerID != "ans_1" || got.ConversationID != conv || got.Turn != 1 ||
		got.Rating != "down" || got.Complaint != down.Complaint || got.Question != "q" || got.Answer != "a" || got.At.IsZero() {
		t.Errorf("stored %+v, want %+v", got, down)
	}
	must(t, "delete conversation", e.Conversations().Delete(e.ctx, "k", conv))
	if list, _ := e.ListFeedback(e.ctx, 10); len(list) != 1 || list[0].ID != id2 {
		t.Fatalf("after deleting the conversation: %+v; its feedback should go with it", list)
	}
}

func testAuditTrim(t *testing.T, e *env) {
	for i := range 7 {
		must(t, "audit", e.Audit(e.ctx, auth.AuditEntry{KeyID: "k", Question: fmt.Sprint("q", i), Sources: []string{fmt.Sprint("doc", i)}}))
	}
	n, err := e.TrimAudit(e.ctx, 3)
	must(t, "trim", err)
	log, _ := e.AuditLog(e.ctx, 100)
	if n != 4 || len(log) != 3 || log[0].Question != "q6" || log[2].Question != "q4" {
		t.Fatalf("trim to 3 deleted %d, left %+v", n, log)
	}
	if n, err := e.TrimAudit(e.ctx, 3); n != 0 || err != nil {
		t.Fatalf("second trim = %d, %v", n, err)
	}
	if n, _ := e.PurgeDocument(e.ctx, "doc1"); n != 0 {
		t.Errorf("a trimmed entry was still indexed by document")
	}
}
