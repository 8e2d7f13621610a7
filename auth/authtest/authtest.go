// Package authtest is the conformance suite every auth.Backend passes: the
// behaviours the server relies on, run against a freshly opened, empty
// backend per case.
package authtest

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// Subject is a backend under test.
type Subject struct {
	auth.Backend
	// Stored returns everything the backend has written, as text, so the
	// suite can check that a key's secret never reaches storage.
	Stored func(t *testing.T) string
}

// Opener opens an empty backend whose clock is now and closes it when the
// test ends.
type Opener func(t *testing.T, now func() time.Time) Subject

// Run runs every case, each on its own freshly opened backend.
func Run(t *testing.T, open Opener) {
	cases := []struct {
		name string
		fn   func(*testing.T, *env)
	}{
		{"KeysAreHashedAndRevocable", testKeysHashedAndRevocable},
		{"KeyFieldsRoundTrip", testKeyFields},
		{"WidgetOrigins", testWidgetOrigins},
		{"ConversationsBelongToTheirKey", testConversationOwnership},
		{"ConcurrentAppendsNumberTurnsOnce", testConcurrentAppend},
		{"TurnByAnswer", testTurnByAnswer},
		{"AuditLogNewestFirst", testAuditLog},
		{"ConcurrentAuditsAllCommitted", testConcurrentAudits},
		{"AuditPurges", testAuditPurges},
		{"AuditTrim", testAuditTrim},
		{"DailyTokens", testDailyTokens},
		{"QuotaReservations", testQuotaReservations},
		{"ConcurrentReservationsShareTheQuota", testConcurrentReservations},
		{"Feedback", testFeedback},
		{"JobsBelongToTheirKey", testJobOwnership},
		{"JobProgressAndCancel", testJobProgress},
		{"UnfinishedJobsOldestFirst", testUnfinishedJobs},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := &env{ctx: context.Background()}
			e.Subject = open(t, e.now)
			if err := e.Ping(e.ctx); err != nil {
				t.Fatalf("ping: %v", err)
			}
			c.fn(t, e)
		})
	}
}

// env is one case's backend with a clock the case can move.
type env struct {
	Subject
	ctx    context.Context
	offset atomic.Int64
}

func (e *env) now() time.Time { return time.Now().Add(time.Duration(e.offset.Load())) }

// advance moves the backend's clock forward.
func (e *env) advance(d time.Duration) { e.offset.Add(int64(d)) }

// wantCode fails the test unless err carries code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if kg.ErrorCode(err) != code {
		t.Errorf("%s: error %v, want code %s", what, err, code)
	}
}

// must fails the test at once on an error.
func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}
