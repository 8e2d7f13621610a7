package sqlite

import (
	"context"
	"encoding/json"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// Audit appends an entry and returns once it is committed. Concurrent
// entries share one transaction (group commit): every answer is on disk
// before its response, without one disk sync per request.
func (db *DB) Audit(ctx context.Context, e auth.AuditEntry) error {
	if e.At.IsZero() {
		e.At = db.now()
	}
	if e.Sources == nil {
		e.Sources = []string{}
	}
	return db.audits.Add(ctx, e)
}

func (db *DB) writeAudits(batch []auth.AuditEntry) error {
	ctx := context.Background()
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return kg.Wrap("auth.Audit", err)
	}
	defer tx.Rollback()
	for _, e := range batch {
		src, _ := json.Marshal(e.Sources)
		res, err := tx.ExecContext(ctx, `INSERT INTO audit (at, key_id, route, conversation_id, answer_id, question, answer, sources, clearance, ms, status)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.At.UnixMilli(), e.KeyID, e.Route, e.ConversationID, e.AnswerID,
			e.Question, e.Answer, string(src), int(e.Clearance), e.Ms, e.Status)
		if err != nil {
			return kg.Wrap("auth.Audit", err)
		}
		id, _ := res.LastInsertId()
		for _, d := range e.Sources {
			if _, err := tx.ExecContext(ctx, `INSERT INTO audit_docs (audit_id, doc_id) VALUES (?, ?)`, id, d); err != nil {
				return kg.Wrap("auth.Audit", err)
			}
		}
		if e.Tokens > 0 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO usage (key_id, day, tokens) VALUES (?, ?, ?)
				ON CONFLICT (key_id, day) DO UPDATE SET tokens = tokens + excluded.tokens`, e.KeyID, db.today(), e.Tokens); err != nil {
				return kg.Wrap("auth.Audit", err)
			}
		}
	}
	return kg.Wrap("auth.Audit", tx.Commit())
}

// AuditLog lists the newest entries first.
func (db *DB) AuditLog(ctx context.Context, limit int) ([]auth.AuditEntry, error) {
	return queryAll(ctx, db.sql, "auth.AuditLog", scanAudit, `SELECT id, at, key_id, route, conversation_id, answer_id, question, answer, sources, clearance, ms, status
		FROM audit ORDER BY id DESC LIMIT ?`, limit)
}

func scanAudit(s scanner) (auth.AuditEntry, error) {
	var e auth.AuditEntry
	var at int64
	var src string
	var cl int
	if err := s.Scan(&e.ID, &at, &e.KeyID, &e.Route, &e.ConversationID, &e.AnswerID, &e.Question, &e.Answer, &src, &cl, &e.Ms, &e.Status); err != nil {
		return e, err
	}
	e.At, e.Clearance = time.UnixMilli(at).UTC(), kg.Audience(cl)
	_ = json.Unmarshal([]byte(src), &e.Sources)
	return e, nil
}

// PurgeAuditBefore deletes entries older than t: the retention policy.
func (db *DB) PurgeAuditBefore(ctx context.Context, t time.Time) (int64, error) {
	return db.purge(ctx, `SELECT id FROM audit WHERE at < ?`, t.UnixMilli())
}

// PurgeDocument deletes the audit entries that cited a document, so that
// deleting a document leaves no copy of its passages in the log.
func (db *DB) PurgeDocument(ctx context.Context, docID string) (int64, error) {
	return db.purge(ctx, `SELECT audit_id FROM audit_docs WHERE doc_id = ?`, docID)
}

// TrimAudit deletes all but the newest keep entries.
func (db *DB) TrimAudit(ctx context.Context, keep int) (int64, error) {
	return db.purge(ctx, `SELECT id FROM audit WHERE id <= (SELECT id FROM audit ORDER BY id DESC LIMIT 1 OFFSET ?)`, keep)
}

func (db *DB) purge(ctx context.Context, ids string, arg any) (int64, error) {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return 0, kg.Wrap("auth.PurgeAudit", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS purge_ids (id INTEGER PRIMARY KEY)`); err != nil {
		return 0, kg.Wrap("auth.PurgeAudit", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM purge_ids`); err != nil {
		return 0, kg.Wrap("auth.PurgeAudit", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO purge_ids `+ids, arg); err != nil {
		return 0, kg.Wrap("auth.PurgeAudit", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM audit_docs WHERE audit_id IN (SELECT id FROM purge_ids)`); err != nil {
		return 0, kg.Wrap("auth.PurgeAudit", err)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM audit WHERE id IN (SELECT id FROM purge_ids)`)
	if err != nil {
		return 0, kg.Wrap("auth.PurgeAudit", err)
	}
	n, _ := res.RowsAffected()
	return n, kg.Wrap("auth.PurgeAudit", tx.Commit())
}
