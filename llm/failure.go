package llm

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/tmc/langchaingo/llms"
)

// Failure kinds, as recorded in the trace.
const (
	outcomeTimeout     = "timeout"
	outcomeRateLimited = "rate_limited"
	outcomeServer      = "server_error"
	outcomeMalformed   = "malformed"
	outcomeStreamCut   = "stream_cut"
	outcomeRefused     = "refused" // a 4xx other than 408/429: retrying cannot help
	outcomeCanceled    = "canceled"
	outcomeRejected    = "rejected" // every statement failed the checks
)

// failure is why one try did not produce an answer.
type failure struct {
	kind       string
	detail     string
	retry      bool
	retryAfter time.Duration
	fatal      error // stops the chain: the caller is gone or out of time
}

// classify turns a try's result into text or a failure, from what the
// probe saw on the wire rather than from langchaingo's error strings.
func classify(ctx, tctx context.Context, spec ModelSpec, resp *llms.ContentResponse, err error, p *probe, sinkErr error) (string, *failure) {
	status, retryAfter, bodyErr := p.snapshot()
	switch {
	case sinkErr != nil:
		return "", &failure{kind: outcomeCanceled, detail: sinkErr.Error(), fatal: sinkErr}
	case ctx.Err() != nil:
		return "", &failure{kind: outcomeCanceled, detail: ctx.Err().Error(), fatal: ctx.Err()}
	case err != nil:
		return "", failed(tctx, err, status, retryAfter, bodyErr)
	case bodyErr != nil:
		// Some clients (langchaingo's Ollama stream) end quietly on a read
		// error; the text they return is a fragment.
		return "", &failure{kind: outcomeStreamCut, detail: bodyErr.Error(), retry: true}
	}
	if resp == nil || len(resp.Choices) == 0 || resp.Choices[0].Content == "" {
		return "", &failure{kind: outcomeMalformed, detail: "response has no text", retry: true}
	}
	c := resp.Choices[0]
	if spec.protocol() == "openai" && c.StopReason == "" {
		return "", &failure{kind: outcomeMalformed, detail: "response ended without a finish reason", retry: true}
	}
	return c.Content, nil
}

func failed(tctx context.Context, err error, status int, retryAfter time.Duration, bodyErr error) *failure {
	detail := err.Error()
	if status != 0 {
		detail = fmt.Sprintf("HTTP %d: %s", status, detail)
	}
	f := &failure{detail: detail, retry: true}
	switch {
	case errors.Is(tctx.Err(), context.DeadlineExceeded):
		f.kind, f.detail = outcomeTimeout, "no complete answer within the model's timeout"
	case status == 429:
		f.kind, f.retryAfter = outcomeRateLimited, retryAfter
	case status == 408:
		f.kind = outcomeTimeout
	case status >= 500:
		f.kind = outcomeServer
	case status >= 400:
		f.kind, f.retry = outcomeRefused, false
	case bodyErr != nil:
		f.kind = outcomeStreamCut
	default:
		f.kind = outcomeMalformed
	}
	return f
}
