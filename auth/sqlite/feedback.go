package sqlite

import (
	"context"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// AddFeedback stores a rating.
func (db *DB) AddFeedback(ctx context.Context, f auth.Feedback) (int64, error) {
	if f.Rating != "up" && f.Rating != "down" {
		return 0, kg.Errorf(kg.EINVALID, "rating must be up or down")
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
	rows, err := db.sql.QueryContext(ctx, `SELECT id, at, key_id, answer_id, conversation_id, turn, rating, complaint, question, answer
		FROM feedback ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, kg.Wrap("auth.ListFeedback", err)
	}
	defer rows.Close()
	out := []auth.Feedback{}
	for rows.Next() {
		var f auth.Feedback
		var at int64
		if err := rows.Scan(&f.ID, &at, &f.KeyID, &f.AnswerID, &f.ConversationID, &f.Turn, &f.Rating, &f.Complaint, &f.Question, &f.Answer); err != nil {
			return nil, kg.Wrap("auth.ListFeedback", err)
		}
		f.At = time.UnixMilli(at).UTC()
		out = append(out, f)
	}
	return out, kg.Wrap("auth.ListFeedback", rows.Err())
}
