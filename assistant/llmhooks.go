package assistant

import "context"

// ModelCall is one try of one model while answering, as recorded for the
// trace and the audit log: which model, how it ended, what it cost.
type ModelCall struct {
	Model     string  `json:"model"` // provider:model
	Try       int     `json:"try"`
	Outcome   string  `json:"outcome"` // ok, timeout, rate_limited, server_error, malformed, stream_cut, refused, canceled, rejected
	Error     string  `json:"error,omitempty"`
	Millis    float64 `json:"ms"`
	TokensIn  int     `json:"tokens_in"`
	TokensOut int     `json:"tokens_out"`
	Estimated bool    `json:"estimated,omitempty"` // tokens estimated: the response had no usage
	Cost      float64 `json:"cost,omitempty"`      // in the price unit of the model's config
}

// ModelTrace is what a model-backed answerer did for one question.
type ModelTrace struct {
	Rewritten string      `json:"rewritten,omitempty"` // standalone form of a follow-up question
	Calls     []ModelCall `json:"calls,omitempty"`
	// Fallback names the answerer that answered after every model failed.
	Fallback string `json:"fallback,omitempty"`
	// Checks counts what the post-generation checks removed, by reason.
	Checks map[string]int `json:"checks,omitempty"`
	Resets int            `json:"resets,omitempty"` // stream resets sent
}

type modelTraceKey struct{}

// WithModelTrace returns a context whose answerer records into t. Draft
// has no room for per-model records, and the trace belongs to the caller
// that asked, so it travels with the context like httptrace does.
func WithModelTrace(ctx context.Context, t *ModelTrace) context.Context {
	return context.WithValue(ctx, modelTraceKey{}, t)
}

// ModelTraceFrom returns the recorder in ctx, or nil.
func ModelTraceFrom(ctx context.Context) *ModelTrace {
	t, _ := ctx.Value(modelTraceKey{}).(*ModelTrace)
	return t
}
