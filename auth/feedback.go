package auth

import (
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

// Check refuses feedback a store must not keep: a rating is up or down.
func (f Feedback) Check() error {
	if f.Rating != "up" && f.Rating != "down" {
		return kg.Errorf(kg.EINVALID, "rating must be up or down")
	}
	return nil
}
