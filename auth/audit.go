package auth

import (
	"time"

	"github.com/kgassist/kgassist/kg"
)

// AuditEntry records one answered (or refused) question.
type AuditEntry struct {
	ID             int64       `json:"id"`
	At             time.Time   `json:"at"`
	KeyID          string      `json:"key_id"`
	Route          string      `json:"route"`
	ConversationID string      `json:"conversation_id,omitempty"`
	AnswerID       string      `json:"answer_id,omitempty"`
	Question       string      `json:"question"`
	Answer         string      `json:"answer"`
	Sources        []string    `json:"sources"` // cited document ids
	Clearance      kg.Audience `json:"clearance"`
	Ms             float64     `json:"ms"`
	Status         int         `json:"status"`
	// Tokens are added to the key's daily usage in the same transaction.
	Tokens int `json:"tokens,omitempty"`
}
