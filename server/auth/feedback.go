package auth

import (
	"context"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Feedback is a rating of one answer, with an optional complaint.
type Feedback struct {
	ID             int64     `json:"id"`
	At             time.Time `json:"at"`
	KeyID          string    `json:"key_id"`
	AnswerID       string    `json:"answer_id"`
	ConversationID string    `json:"conversation_id"`
	Turn           int       `json:"turn"`
	Rating         string    `json:"rating"` // up or down
	Complaint      string    `json:"complaint,omitempty"`
	Question       string    `json:"question"`
	Answer         string    `json:"answer"`
}

// AddFeedback stores a rating.
func (db *DB) AddFeedback(ctx context.Context, f Feedback) (int64, error) {
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
func (db *DB) ListFeedback(ctx context.Context, limit int) ([]Feedback, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT id, at, key_id, answer_id, conversation_id, turn, rating, complaint, question, answer
		FROM feedback ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, kg.Wrap("auth.ListFeedback", err)
	}
	defer rows.Close()
	out := []Feedback{}
	for rows.Next() {
		var f Feedback
		var at int64
		if err := rows.Scan(&f.ID, &at, &f.KeyID, &f.AnswerID, &f.ConversationID, &f.Turn, &f.Rating, &f.Complaint, &f.Question, &f.Answer); err != nil {
			return nil, kg.Wrap("auth.ListFeedback", err)
		}
		f.At = time.UnixMilli(at).UTC()
		out = append(out, f)
	}
	return out, kg.Wrap("auth.ListFeedback", rows.Err())
}
