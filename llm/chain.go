package llm

import (
	"context"
	"time"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
)

// Model is a configured langchaingo model.
type Model struct {
	Spec ModelSpec
	LLM  llms.Model
}

// Chain tries models in order. Each model gets Tries tries with bounded
// exponential backoff (a 429's Retry-After, capped, replaces the backoff);
// then the next model takes over. The caller's context bounds it all.
type Chain struct {
	Models  []Model
	Tries   int           // per model; default 2
	Backoff time.Duration // first wait between tries; doubles; default 250ms
	MaxWait time.Duration // cap on any single wait; default 5s
}

// generation is a chain's result.
type generation struct {
	Text  string
	Model ModelSpec
	Calls []assistant.ModelCall
}

// sink receives a streamed generation. begin starts a try; abort undoes
// what a failed try delivered.
type sink interface {
	begin()
	write(chunk string) error
	abort(reason string) error
}

// judge decides whether a model's complete answer stands. A rejected
// answer fails its model: the chain moves on to the next one without
// retrying, since at temperature 0 the same model writes the same answer.
// A non-nil error (the client gone while the last sentences went out)
// stops the chain.
type judge interface {
	judge(text string) (rejected string, err error)
}

// Generate runs msgs through the models until one answers. It fails with
// EUNAVAILABLE when every model failed, ETIMEOUT when ctx ran out, or the
// sink's own error.
func (c *Chain) Generate(ctx context.Context, msgs []llms.MessageContent, s sink) (generation, error) {
	return c.generate(ctx, msgs, s, nil)
}

// generate is Generate with answers judged by j, when j is not nil.
func (c *Chain) generate(ctx context.Context, msgs []llms.MessageContent, s sink, j judge) (generation, error) {
	var g generation
	for _, m := range c.Models {
		for try := 1; try <= c.tries(); try++ {
			if err := ctx.Err(); err != nil {
				return g, kg.Wrap("llm.Generate", err)
			}
			text, call, f := c.try(ctx, m, msgs, s, try)
			if f == nil && j != nil {
				f = judged(j, text)
				if f != nil {
					call.Outcome, call.Error = f.kind, f.detail
				}
			}
			g.Calls = append(g.Calls, call)
			if f == nil {
				g.Text, g.Model = text, m.Spec
				return g, nil
			}
			if f.fatal != nil {
				return g, kg.Wrap("llm.Generate", f.fatal)
			}
			if s != nil {
				if err := s.abort(m.Spec.String() + ": " + f.kind); err != nil {
					return g, kg.Wrap("llm.Generate", err)
				}
			}
			if !f.retry || try == c.tries() || !c.pause(ctx, c.wait(f, try)) {
				break
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return g, kg.Wrap("llm.Generate", err)
	}
	return g, kg.Errorf(kg.EUNAVAILABLE, "every configured model failed")
}

func judged(j judge, text string) *failure {
	reason, err := j.judge(text)
	switch {
	case err != nil:
		return &failure{kind: outcomeCanceled, detail: err.Error(), fatal: err}
	case reason != "":
		return &failure{kind: outcomeRejected, detail: reason}
	}
	return nil
}

func (c *Chain) tries() int {
	if c.Tries <= 0 {
		return 2
	}
	return c.Tries
}

// wait is the pause before the next try of the same model.
func (c *Chain) wait(f *failure, try int) time.Duration {
	backoff, limit := c.Backoff, c.MaxWait
	if backoff <= 0 {
		backoff = 250 * time.Millisecond
	}
	if limit <= 0 {
		limit = 5 * time.Second
	}
	d := backoff << (try - 1)
	if f.retryAfter > 0 {
		d = f.retryAfter
	}
	return min(d, limit)
}

// pause sleeps d unless that would outlast ctx: then it is better to move
// on to the next model at once than to sleep into the deadline.
func (c *Chain) pause(ctx context.Context, d time.Duration) bool {
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < d {
		return false
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// try makes one call of one model.
func (c *Chain) try(ctx context.Context, m Model, msgs []llms.MessageContent, s sink, try int) (string, assistant.ModelCall, *failure) {
	tctx, cancel := context.WithTimeout(ctx, m.Spec.Timeout)
	defer cancel()
	p := &probe{}
	tctx = withProbe(tctx, p)
	opts := []llms.CallOption{llms.WithMaxTokens(m.Spec.MaxTokens), llms.WithTemperature(0)}
	if m.Spec.legacyMaxTokens() {
		opts = append(opts, openai.WithLegacyMaxTokensField())
	}
	var sinkErr error
	var streamed int
	if s != nil {
		s.begin()
		opts = append(opts, llms.WithStreamingFunc(func(_ context.Context, b []byte) error {
			streamed += len(b)
			sinkErr = s.write(string(b))
			return sinkErr
		}))
	}
	start := time.Now()
	resp, err := m.LLM.GenerateContent(tctx, msgs, opts...)
	call := assistant.ModelCall{Model: m.Spec.String(), Try: try, Millis: float64(time.Since(start).Microseconds()) / 1000}
	text, f := classify(ctx, tctx, m.Spec, resp, err, p, sinkErr)
	call.Outcome = "ok"
	if f != nil {
		call.Outcome, call.Error = f.kind, f.detail
	}
	countUsage(&call, m.Spec, msgs, resp, text, f, streamed)
	return text, call, f
}
