package auth

import (
	"context"
)

// Turn is one answered question of a conversation.
type Turn struct {
	N         int      `json:"n"`
	AnswerID  string   `json:"answer_id"`
	Question  string   `json:"question"`
	Rewritten string   `json:"rewritten,omitempty"`
	Answer    string   `json:"answer"`
	Entities  []string `json:"entities,omitempty"`
}

// Conversations stores conversations by owner. The server uses only this
// interface, so the SQLite file can be swapped for a shared database.
type Conversations interface {
	// Create starts a conversation owned by keyID and returns its id.
	Create(ctx context.Context, keyID string) (string, error)
	// Turns returns a conversation's turns; another owner's id is ENOTFOUND.
	Turns(ctx context.Context, keyID, id string) ([]Turn, error)
	// Append adds the next turn and returns its number.
	Append(ctx context.Context, keyID, id string, t Turn) (int, error)
	// Delete removes a conversation, its turns and its audit rows.
	Delete(ctx context.Context, keyID, id string) error
}
