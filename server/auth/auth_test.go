package auth

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

func openTest(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestKeysAreHashedAndRevocable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "auth.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	k, secret, err := db.CreateKey(ctx, KeySpec{Scopes: []string{ScopeChat}, Clearance: kg.Internal})
	if err != nil {
		t.Fatal(err)
	}
	got, err := db.Lookup(ctx, secret)
	if err != nil || got.ID != k.ID || got.Clearance != kg.Internal || !got.Has(ScopeChat) || got.Has(ScopeIngest) {
		t.Fatalf("lookup = %+v, %v", got, err)
	}
	raw, _ := os.ReadFile(path)
	wal, _ := os.ReadFile(path + "-wal")
	if strings.Contains(string(raw)+string(wal), secret) {
		t.Fatal("the secret itself is stored")
	}
	for _, bad := range []string{"", "nope", secret + "x", "kga_" + strings.Repeat("A", 43)} {
		if _, err := db.Lookup(ctx, bad); kg.ErrorCode(err) != kg.EUNAUTHORIZED {
			t.Errorf("Lookup(%q) = %v, want unauthorized", bad, err)
		}
	}
	if err := db.RevokeKey(ctx, k.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Lookup(ctx, secret); kg.ErrorCode(err) != kg.EUNAUTHORIZED {
		t.Fatalf("revoked key still works: %v", err)
	}
	if err := db.RevokeKey(ctx, k.ID); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Fatalf("second revoke = %v", err)
	}
}

func TestKeySpecValidation(t *testing.T) {
	for _, s := range []KeySpec{
		{},
		{Scopes: []string{"root"}},
		{Scopes: []string{ScopeChat}, Origins: []string{"https://a.example/path"}},
		{Scopes: []string{ScopeChat}, Origins: []string{"a.example"}},
		{Scopes: []string{ScopeChat}, RatePerMin: -1},
	} {
		if err := s.Validate(); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("%+v accepted", s)
		}
	}
}

func TestConversationsBelongToTheirKey(t *testing.T) {
	ctx := context.Background()
	c := openTest(t).Conversations()
	id, _ := c.Create(ctx, "key_a")
	for i := 1; i <= 2; i++ {
		n, err := c.Append(ctx, "key_a", id, Turn{AnswerID: "ans_" + string(rune('0'+i)), Question: "q", Answer: "a", Entities: []string{"HF-CP200"}})
		if err != nil || n != i {
			t.Fatalf("append %d = %d, %v", i, n, err)
		}
	}
	turns, err := c.Turns(ctx, "key_a", id)
	if err != nil || len(turns) != 2 || turns[1].Entities[0] != "HF-CP200" {
		t.Fatalf("turns = %+v, %v", turns, err)
	}
	if _, err := c.Turns(ctx, "key_b", id); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Fatalf("other key reads the conversation: %v", err)
	}
	if _, err := c.Append(ctx, "key_b", id, Turn{AnswerID: "x"}); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Fatalf("other key appends: %v", err)
	}
	if err := c.Delete(ctx, "key_b", id); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Fatalf("other key deletes: %v", err)
	}
}

func TestAuditPurges(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	conv, _ := db.Conversations().Create(ctx, "k")
	old := time.Now().Add(-48 * time.Hour)
	db.Audit(ctx, AuditEntry{KeyID: "k", Question: "old", Sources: []string{"doc1"}, At: old})
	db.Audit(ctx, AuditEntry{KeyID: "k", Question: "cites doc2", Sources: []string{"doc2", "doc3"}})
	db.Audit(ctx, AuditEntry{KeyID: "k", Question: "in conversation", ConversationID: conv})
	count := func() int { l, _ := db.AuditLog(ctx, 100); return len(l) }
	if n, err := db.PurgeAuditBefore(ctx, time.Now().Add(-24*time.Hour)); n != 1 || err != nil || count() != 2 {
		t.Fatalf("retention purge = %d, %v; left %d", n, err, count())
	}
	if n, _ := db.PurgeDocument(ctx, "doc3"); n != 1 || count() != 1 {
		t.Fatalf("document purge = %d; left %d", n, count())
	}
	if err := db.Conversations().Delete(ctx, "k", conv); err != nil || count() != 0 {
		t.Fatalf("conversation delete: %v; left %d", err, count())
	}
}

func TestDailyTokens(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	db.AddTokens(ctx, "k", 40)
	db.AddTokens(ctx, "k", 2)
	if n, _ := db.TokensToday(ctx, "k"); n != 42 {
		t.Fatalf("tokens = %d", n)
	}
	db.now = func() time.Time { return time.Now().Add(25 * time.Hour) }
	if n, _ := db.TokensToday(ctx, "k"); n != 0 {
		t.Fatalf("tomorrow's tokens = %d", n)
	}
}
