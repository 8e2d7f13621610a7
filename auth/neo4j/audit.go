package neo4jauth

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// Audit appends an entry and returns once it is committed; concurrent
// entries share one transaction.
func (b *Backend) Audit(ctx context.Context, e auth.AuditEntry) error {
	if e.At.IsZero() {
		e.At = b.now()
	}
	return b.audits.Add(ctx, e)
}

// writeAudits numbers a batch from the KgaSeq counter (taking its lock, so
// ids from all replicas are distinct and increase in commit order), creates
// the entries, and adds their tokens to the day's usage, all in one
// transaction.
func (b *Backend) writeAudits(entries []auth.AuditEntry) error {
	ctx := context.Background()
	rows := make([]map[string]any, len(entries))
	tokens := map[string]int64{}
	for i, e := range entries {
		rows[i] = map[string]any{"at": e.At.UnixMilli(), "key_id": e.KeyID, "route": e.Route, "conversation_id": e.ConversationID,
			"answer_id": e.AnswerID, "question": e.Question, "answer": e.Answer, "sources": nonNil(e.Sources),
			"clearance": int64(e.Clearance), "ms": e.Ms, "status": int64(e.Status)}
		if e.Tokens > 0 {
			tokens[e.KeyID] += int64(e.Tokens)
		}
	}
	return b.write(ctx, "neo4jauth.Audit", func(tx neo4j.ManagedTransaction) error {
		if _, err := run(ctx, tx, `MERGE (s:KgaSeq {name: 'audit'})
SET s.value = coalesce(s.value, 0) + size($rows)
WITH s.value - size($rows) AS base
UNWIND range(0, size($rows) - 1) AS i
CREATE (a:KgaAudit) SET a = $rows[i], a.id = base + i + 1`, map[string]any{"rows": rows}); err != nil {
			return err
		}
		return b.addUsage(ctx, tx, tokens)
	})
}

// AuditLog lists the newest entries first.
func (b *Backend) AuditLog(ctx context.Context, limit int) ([]auth.AuditEntry, error) {
	return newest(ctx, b, "neo4jauth.AuditLog", "KgaAudit", limit, func(p props) auth.AuditEntry {
		return auth.AuditEntry{ID: p.i64("id"), At: time.UnixMilli(p.i64("at")).UTC(), KeyID: p.str("key_id"),
			Route: p.str("route"), ConversationID: p.str("conversation_id"), AnswerID: p.str("answer_id"),
			Question: p.str("question"), Answer: p.str("answer"), Sources: nonNil(p.strs("sources")),
			Clearance: kg.Audience(p.num("clearance")), Ms: p.f64("ms"), Status: p.num("status")}
	})
}

// PurgeAuditBefore deletes entries older than t: the retention policy.
func (b *Backend) PurgeAuditBefore(ctx context.Context, t time.Time) (int64, error) {
	return b.purge(ctx, `MATCH (a:KgaAudit) WHERE a.at < $arg`, t.UnixMilli())
}

// PurgeDocument deletes the audit entries that cited a document, so that
// deleting a document leaves no copy of its passages in the log. It reads
// every entry's source list: documents are deleted rarely, answers often,
// so the log carries no per-document index to maintain.
func (b *Backend) PurgeDocument(ctx context.Context, docID string) (int64, error) {
	return b.purge(ctx, `MATCH (a:KgaAudit) WHERE $arg IN a.sources`, docID)
}

// TrimAudit deletes all but the newest keep entries. Entry ids grow with
// time, so the newest keep end at the keep-th id from the top.
func (b *Backend) TrimAudit(ctx context.Context, keep int) (int64, error) {
	recs, err := b.query(ctx, "neo4jauth.TrimAudit", `MATCH (a:KgaAudit) WITH a.id AS id ORDER BY id DESC SKIP $keep LIMIT 1 RETURN id`,
		map[string]any{"keep": int64(keep)})
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return b.purge(ctx, `MATCH (a:KgaAudit) WHERE a.id <= $arg`, recs[0].Values[0])
}

// purgeBatch bounds one delete transaction, so a first retention run over
// a large log does not hold every row in one transaction's memory.
const purgeBatch = 10000

func (b *Backend) purge(ctx context.Context, match string, arg any) (int64, error) {
	var total int64
	for {
		recs, err := b.query(ctx, "neo4jauth.PurgeAudit", match+` WITH a LIMIT $batch DELETE a RETURN count(*)`,
			map[string]any{"arg": arg, "batch": int64(purgeBatch)})
		if err != nil {
			return total, err
		}
		n, _ := recs[0].Values[0].(int64)
		total += n
		if n < purgeBatch {
			return total, nil
		}
	}
}
