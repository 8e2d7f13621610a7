package auth

import (
	"context"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Backend is everything the server and the command keep about callers.
// The SQLite file (auth/sqlite) serves one machine; a shared database such
// as the Neo4j one (auth/neo4j) lets replicas behind a load balancer agree
// on keys, conversations, jobs and token quotas.
type Backend interface {
	KeyStore
	ConversationStore
	AuditStore
	FeedbackStore
	JobStore
	UsageStore
	// Ping checks the backend answers, for readiness.
	Ping(ctx context.Context) error
	Close() error
}

// KeyStore holds API keys as hashes of their secrets.
type KeyStore interface {
	CreateKey(ctx context.Context, spec KeySpec) (*Key, string, error)
	// Lookup reads the store on every call, so a revocation made anywhere
	// takes effect on the next request.
	Lookup(ctx context.Context, secret string) (*Key, error)
	ListKeys(ctx context.Context) ([]Key, error)
	RevokeKey(ctx context.Context, id string) error
	HasKeys(ctx context.Context) (bool, error)
	OriginAllowed(ctx context.Context, origin string) bool
}

// ConversationStore holds conversations and finds the turn an answer
// belongs to.
type ConversationStore interface {
	Conversations() Conversations
	TurnByAnswer(ctx context.Context, keyID, answerID string) (string, Turn, error)
}

// AuditStore is the audit log with its purges.
type AuditStore interface {
	Audit(ctx context.Context, e AuditEntry) error
	AuditLog(ctx context.Context, limit int) ([]AuditEntry, error)
	PurgeAuditBefore(ctx context.Context, t time.Time) (int64, error)
	PurgeDocument(ctx context.Context, docID string) (int64, error)
	// TrimAudit deletes all but the newest keep entries: the size bound,
	// beside the retention by age.
	TrimAudit(ctx context.Context, keep int) (int64, error)
}

// FeedbackStore holds answer ratings.
type FeedbackStore interface {
	AddFeedback(ctx context.Context, f Feedback) (int64, error)
	ListFeedback(ctx context.Context, limit int) ([]Feedback, error)
}

// JobStore holds upload jobs. The files of a job live in the data folder of
// the process that received them, so UnfinishedJobs lists the jobs that
// process should resume.
type JobStore interface {
	CreateJob(ctx context.Context, keyID string, aud kg.Audience, files []string) (*Job, error)
	Progress(ctx context.Context, j *Job) error
	CancelJob(ctx context.Context, keyID, id string) (*Job, error)
	Job(ctx context.Context, keyID, id string) (*Job, error)
	UnfinishedJobs(ctx context.Context) ([]*Job, error)
}

// UsageStore counts tokens per key per UTC day, and holds the tokens of
// questions still being answered, so that replicas sharing the store
// share each key's daily quota.
type UsageStore interface {
	TokensToday(ctx context.Context, keyID string) (int, error)
	AddTokens(ctx context.Context, keyID string, n int) error
	// Reserve holds n tokens of keyID's quota for a question about to be
	// answered, if what the key spent today and holds reserved is under
	// limit; otherwise it is ERATELIMIT. The check and the hold are one
	// step, so questions answered at the same time on any replica cannot
	// all read the same unspent quota. A reservation not released within
	// ReservationTTL lapses (its replica died mid-answer).
	Reserve(ctx context.Context, keyID string, n, limit int) (id string, err error)
	// Release drops a reservation, once the question's tokens are counted.
	Release(ctx context.Context, id string) error
}

// ReservationTTL bounds how long a reservation holds quota: well past any
// answer's deadline.
const ReservationTTL = 10 * time.Minute

// QuotaExceeded is Reserve's refusal.
func QuotaExceeded(limit int) error {
	return kg.Errorf(kg.ERATELIMIT, "this key has used its %d tokens for today", limit)
}
