package sqlite

import (
	"context"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// AddFeedback stores a rating.
func (db *DB) AddFeedback(ctx context.Context, f auth.Feedback) (int64, error) {
	if err := f.Check(); err != nil {
		return 0, err
	}
	res, err := db.sql.ExecContext(ctx, `INSERT INTO feedback (at, key_id, answer_id, conversation_id, turn, rating, complaint, question, answer)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, db.now().UnixMilli(), f.KeyID, f.AnswerID, f.ConversationID, f.Turn, f.Rating, f.Complaint, f.Question, f.Answer)
	if err != nil {
		return 0, kg.Wrap("auth.AddFeedback", err)
	}
	return res.LastInsertId()
}

// ListFeedback lists feedback newest first.
func (db *DB) ListFeedback(ctx context.Context, limit int) ([]auth.Feedback, error) {
	return queryAll(ctx, db.sql, "auth.ListFeedback", scanFeedback, `SELECT id, at, key_id, answer_id, conversation_id, turn, rating, complaint, question, answer
		FROM feedback ORDER BY id DESC LIMIT ?`, limit)
}

func scanFeedback(s scanner) (auth.Feedback, error) {
	var f auth.Feedback
	var at int64
	if err := s.Scan(&f.ID, &at, &f.KeyID, &f.AnswerID, &f.ConversationID, &f.Turn, &f.Rating, &f.Complaint, &f.Question, &f.Answer); err != nil {
		return f, err
	}
	f.At = time.UnixMilli(at).UTC()
	return f, nil
}
