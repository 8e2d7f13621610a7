package authtest

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

func testConversationOwnership(t *testing.T, e *env) {
	c := e.Conversations()
	id, err := c.Create(e.ctx, "key_a")
	must(t, "create", err)
	if turns, err := c.Turns(e.ctx, "key_a", id); err != nil || len(turns) != 0 {
		t.Fatalf("new conversation turns = %+v, %v", turns, err)
	}
	for i := 1; i <= 2; i++ {
		n, err := c.Append(e.ctx, "key_a", id, auth.Turn{AnswerID: fmt.Sprintf("ans_%d", i), Question: "q", Rewritten: "rq",
			Answer: "a", Entities: []string{"HF-CP200", "泵"}})
		if err != nil || n != i {
			t.Fatalf("append %d = %d, %v", i, n, err)
		}
	}
	turns, err := c.Turns(e.ctx, "key_a", id)
	want := auth.Turn{N: 2, AnswerID: "ans_2", Question: "q", Rewritten: "rq", Answer: "a", Entities: []string{"HF-CP200", "泵"}}
	if err != nil || len(turns) != 2 || turns[0].N != 1 || !equalTurn(turns[1], want) {
		t.Fatalf("turns = %+v, %v", turns, err)
	}
	_, err = c.Turns(e.ctx, "key_b", id)
	wantCode(t, "another key reads", err, kg.ENOTFOUND)
	_, err = c.Append(e.ctx, "key_b", id, auth.Turn{AnswerID: "x"})
	wantCode(t, "another key appends", err, kg.ENOTFOUND)
	wantCode(t, "another key deletes", c.Delete(e.ctx, "key_b", id), kg.ENOTFOUND)
	_, err = c.Turns(e.ctx, "key_a", "conv_nope")
	wantCode(t, "unknown conversation", err, kg.ENOTFOUND)
	must(t, "delete", c.Delete(e.ctx, "key_a", id))
	_, err = c.Turns(e.ctx, "key_a", id)
	wantCode(t, "deleted conversation", err, kg.ENOTFOUND)
	_, _, err = e.TurnByAnswer(e.ctx, "key_a", "ans_1")
	wantCode(t, "answer of a deleted conversation", err, kg.ENOTFOUND)
}

func equalTurn(a, b auth.Turn) bool {
	return a.N == b.N && a.AnswerID == b.AnswerID && a.Question == b.Question && a.Rewritten == b.Rewritten &&
		a.Answer == b.Answer && slices.Equal(a.Entities, b.Entities)
}

// testConcurrentAppend appends from many goroutines at once, as replicas
// behind a load balancer do when a user sends two questions quickly: every
// turn is kept and no two share a number.
func testConcurrentAppend(t *testing.T, e *env) {
	const n = 16
	c := e.Conversations()
	id, err := c.Create(e.ctx, "k")
	must(t, "create", err)
	got := make([]int, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			got[i], errs[i] = c.Append(e.ctx, "k", id, auth.Turn{AnswerID: fmt.Sprintf("ans_%02d", i), Question: "q", Answer: "a"})
		})
	}
	wg.Wait()
	for i, err := range errs {
		must(t, fmt.Sprintf("append %d", i), err)
	}
	slices.Sort(got)
	for i, v := range got {
		if v != i+1 {
			t.Fatalf("turn numbers %v, want 1..%d once each", got, n)
		}
	}
	turns, err := c.Turns(e.ctx, "k", id)
	if err != nil || len(turns) != n || turns[n-1].N != n {
		t.Fatalf("turns = %d, %v", len(turns), err)
	}
}

func testTurnByAnswer(t *testing.T, e *env) {
	c := e.Conversations()
	id, err := c.Create(e.ctx, "key_a")
	must(t, "create", err)
	_, err = c.Append(e.ctx, "key_a", id, auth.Turn{AnswerID: "ans_1", Question: "q1", Answer: "a1"})
	must(t, "append", err)
	_, err = c.Append(e.ctx, "key_a", id, auth.Turn{AnswerID: "ans_2", Question: "q2", Answer: "a2"})
	must(t, "append", err)
	conv, turn, err := e.TurnByAnswer(e.ctx, "key_a", "ans_2")
	if err != nil || conv != id || turn.N != 2 || turn.Question != "q2" || turn.Answer != "a2" || turn.AnswerID != "ans_2" {
		t.Fatalf("TurnByAnswer = %q %+v, %v", conv, turn, err)
	}
	_, _, err = e.TurnByAnswer(e.ctx, "key_b", "ans_2")
	wantCode(t, "another key's answer", err, kg.ENOTFOUND)
	_, _, err = e.TurnByAnswer(e.ctx, "key_a", "ans_9")
	wantCode(t, "unknown answer", err, kg.ENOTFOUND)
}
