package assistant

import (
	"context"

	"github.com/kgassist/kgassist/retrieval"
)

// StreamEvent is one step of an answer delivered while it is written.
// Text events only ever append. A Reset event tells the client to discard
// all text delivered so far: a model failed after part of its answer was
// shown and another one takes over, so the client never shows two answers
// glued together or a sentence twice.
type StreamEvent struct {
	Text  string `json:"text,omitempty"`
	Reset bool   `json:"reset,omitempty"`
	// Reason says why a reset happened, for logs and the console.
	Reason string `json:"reason,omitempty"`
}

// StreamFunc receives stream events. An error stops the answer.
type StreamFunc func(StreamEvent) error

// Streamer is an Answerer that can deliver its answer while writing it.
// The Draft it returns is authoritative: its text equals the concatenation
// of the events after the last reset, and citations and evidence are sent
// with the final event by the caller after Finish.
type Streamer interface {
	Answerer
	AnswerStream(ctx context.Context, ev *retrieval.Evidence, emit StreamFunc) (Draft, error)
}
