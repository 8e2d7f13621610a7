package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// Conversations returns the SQLite conversation store.
func (db *DB) Conversations() auth.Conversations { return convStore{db} }

type convStore struct{ db *DB }

func (c convStore) Create(ctx context.Context, keyID string) (string, error) {
	id := auth.NewID("conv")
	_, err := c.db.sql.ExecContext(ctx, `INSERT INTO conversations (id, key_id, created_at) VALUES (?, ?, ?)`, id, keyID, c.db.now().Unix())
	return id, kg.Wrap("auth.CreateConversation", err)
}

func (c convStore) owned(ctx context.Context, keyID, id string) error {
	var owner string
	err := c.db.sql.QueryRowContext(ctx, `SELECT key_id FROM conversations WHERE id = ?`, id).Scan(&owner)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && owner != keyID) {
		// Someone else's conversation is indistinguishable from none.
		return kg.Errorf(kg.ENOTFOUND, "no conversation %q", id)
	}
	return kg.Wrap("auth.Conversation", err)
}

func (c convStore) Turns(ctx context.Context, keyID, id string) ([]auth.Turn, error) {
	if err := c.owned(ctx, keyID, id); err != nil {
		return nil, err
	}
	return queryAll(ctx, c.db.sql, "auth.Turns", scanTurn, `SELECT n, answer_id, question, rewritten, answer, entities FROM turns WHERE conversation_id = ? ORDER BY n`, id)
}

func scanTurn(s scanner) (auth.Turn, error) {
	var t auth.Turn
	var ents string
	if err := s.Scan(&t.N, &t.AnswerID, &t.Question, &t.Rewritten, &t.Answer, &ents); err != nil {
		return t, err
	}
	_ = json.Unmarshal([]byte(ents), &t.Entities)
	return t, nil
}

func (c convStore) Append(ctx context.Context, keyID, id string, t auth.Turn) (int, error) {
	if err := c.owned(ctx, keyID, id); err != nil {
		return 0, err
	}
	ents, _ := json.Marshal(t.Entities)
	// The turn number is computed in the insert so two replicas appending
	// at once cannot both take the same number (the primary key refuses).
	row := c.db.sql.QueryRowContext(ctx, `INSERT INTO turns (conversation_id, n, answer_id, question, rewritten, answer, entities, created_at)
		SELECT ?, coalesce(max(n), 0) + 1, ?, ?, ?, ?, ?, ? FROM turns WHERE conversation_id = ? RETURNING n`,
		id, t.AnswerID, t.Question, t.Rewritten, t.Answer, string(ents), c.db.now().Unix(), id)
	var n int
	return n, kg.Wrap("auth.AppendTurn", row.Scan(&n))
}

func (c convStore) Delete(ctx context.Context, keyID, id string) error {
	if err := c.owned(ctx, keyID, id); err != nil {
		return err
	}
	tx, err := c.db.sql.BeginTx(ctx, nil)
	if err != nil {
		return kg.Wrap("auth.DeleteConversation", err)
	}
	defer tx.Rollback()
	for _, q := range []string{
		`DELETE FROM audit_docs WHERE audit_id IN (SELECT id FROM audit WHERE conversation_id = ?)`,
		`DELETE FROM audit WHERE conversation_id = ?`,
		`DELETE FROM feedback WHERE conversation_id = ?`,
		`DELETE FROM turns WHERE conversation_id = ?`,
		`DELETE FROM conversations WHERE id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return kg.Wrap("auth.DeleteConversation", err)
		}
	}
	return kg.Wrap("auth.DeleteConversation", tx.Commit())
}

// TurnByAnswer finds the conversation turn an answer id belongs to, for
// feedback; another owner's answer is ENOTFOUND.
func (db *DB) TurnByAnswer(ctx context.Context, keyID, answerID string) (string, auth.Turn, error) {
	var conv string
	var t auth.Turn
	err := db.sql.QueryRowContext(ctx, `SELECT t.conversation_id, t.n, t.answer_id, t.question, t.answer FROM turns t
		JOIN conversations c ON c.id = t.conversation_id WHERE t.answer_id = ? AND c.key_id = ?`, answerID, keyID).
		Scan(&conv, &t.N, &t.AnswerID, &t.Question, &t.Answer)
	if errors.Is(err, sql.ErrNoRows) {
		return "", t, kg.Errorf(kg.ENOTFOUND, "no answer %q", answerID)
	}
	return conv, t, kg.Wrap("auth.TurnByAnswer", err)
}
