package neo4jauth

import (
	"context"
	"time"

	"github.com/kgassist/kgassist/auth"
)

// AddFeedback stores a rating, numbered from the KgaSeq counter so ids from
// all replicas are distinct and increasing.
func (b *Backend) AddFeedback(ctx context.Context, f auth.Feedback) (int64, error) {
	if err := f.Check(); err != nil {
		return 0, err
	}
	recs, err := b.query(ctx, "neo4jauth.AddFeedback", `MERGE (s:KgaSeq {name: 'feedback'})
SET s.value = coalesce(s.value, 0) + 1
CREATE (f:KgaFeedback {id: s.value, at: $at, key_id: $key, answer_id: $answer, conversation_id: $conv, turn: $turn,
  rating: $rating, complaint: $complaint, question: $question, answer: $text})
RETURN f.id`, map[string]any{"at": b.nowMs(), "key": f.KeyID, "answer": f.AnswerID, "conv": f.ConversationID,
		"turn": int64(f.Turn), "rating": f.Rating, "complaint": f.Complaint, "question": f.Question, "text": f.Answer})
	if err != nil {
		return 0, err
	}
	id, _ := recs[0].Values[0].(int64)
	return id, nil
}

// ListFeedback lists feedback newest first.
func (b *Backend) ListFeedback(ctx context.Context, limit int) ([]auth.Feedback, error) {
	return newest(ctx, b, "neo4jauth.ListFeedback", "KgaFeedback", limit, func(p props) auth.Feedback {
		return auth.Feedback{ID: p.i64("id"), At: time.UnixMilli(p.i64("at")).UTC(), KeyID: p.str("key_id"),
			AnswerID: p.str("answer_id"), ConversationID: p.str("conversation_id"), Turn: p.num("turn"), Rating: p.str("rating"),
			Complaint: p.str("complaint"), Question: p.str("question"), Answer: p.str("answer")}
	})
}
