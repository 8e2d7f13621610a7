package neo4jauth_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/internal/neo4jtest"
	"github.com/kgassist/kgassist/kg"
)

// TestTwoReplicasShareOneDatabase opens two backends on one database, as
// two kgassist processes behind a load balancer: appends from both number
// turns once each, a key revoked on one is refused by the other, and each
// resumes only the jobs whose files it holds.
func TestTwoReplicasShareOneDatabase(t *testing.T) {
	srv := neo4jtest.Empty(t)
	ctx := context.Background()
	a, b := open(t, srv, "replica-a", time.Now), open(t, srv, "replica-b", time.Now)

	conv, err := a.Conversations().Create(ctx, "k")
	if err != nil {
		t.Fatal(err)
	}
	const each = 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := range 2 * each {
		r := []auth.Backend{a, b}[i%2]
		wg.Go(func() {
			n, err := r.Conversations().Append(ctx, "k", conv, auth.Turn{AnswerID: fmt.Sprintf("ans_%d", i)})
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			got = append(got, n)
			mu.Unlock()
		})
	}
	wg.Wait()
	slices.Sort(got)
	if want := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}; !slices.Equal(got, want) {
		t.Fatalf("turn numbers from two replicas %v, want %v", got, want)
	}

	k, secret, err := a.CreateKey(ctx, auth.KeySpec{Scopes: []string{auth.ScopeChat}})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := b.Lookup(ctx, secret); err != nil || got.ID != k.ID {
		t.Fatalf("key made on a, looked up on b: %+v, %v", got, err)
	}
	if err := b.RevokeKey(ctx, k.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Lookup(ctx, secret); kg.ErrorCode(err) != kg.EUNAUTHORIZED {
		t.Fatalf("key revoked on b still works on a: %v", err)
	}

	ja, _ := a.CreateJob(ctx, "k", kg.Public, []string{"a.md"})
	jb, _ := b.CreateJob(ctx, "k", kg.Public, []string{"b.md"})
	for _, c := range []struct {
		r    auth.Backend
		want string
	}{{a, ja.ID}, {b, jb.ID}} {
		jobs, err := c.r.UnfinishedJobs(ctx)
		if err != nil || len(jobs) != 1 || jobs[0].ID != c.want {
			t.Fatalf("unfinished jobs = %v, %v; want only %s, whose files this replica holds", jobs, err, c.want)
		}
	}
	if j, err := b.Job(ctx, "k", ja.ID); err != nil || j.Files[0] != "a.md" {
		t.Fatalf("a's job read on b: %+v, %v", j, err)
	}
}

// TestUnreachableServerIsUnavailable: a closed port is EUNAVAILABLE, so
// the server answers 503 rather than 500.
func TestUnreachableServerIsUnavailable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := neo4jauthOpen(ctx, "bolt://127.0.0.1:1")
	if kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Fatalf("open on a closed port = %v, want unavailable", err)
	}
}
