package llm

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/tmc/langchaingo/llms"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
)

// Rewriter turns follow-up questions into standalone ones with the
// answer models, so retrieval sees what "it" refers to.
type Rewriter struct {
	Chain    *Chain // nil: the heuristic alone
	Deadline time.Duration
}

var _ assistant.Rewriter = (*Rewriter)(nil)

// NewRewriter rewrites with cfg's answer models; with none configured it
// is the heuristic alone. getenv supplies API keys; hc may be nil.
func NewRewriter(cfg Config, getenv func(string) string, hc *http.Client) (*Rewriter, error) {
	if len(cfg.Answer) == 0 {
		return &Rewriter{}, nil
	}
	chain, err := answerChain(cfg, getenv, hc)
	if err != nil {
		return nil, kg.Wrap("llm.NewRewriter", err)
	}
	return &Rewriter{Chain: chain}, nil
}

const rewritePrompt = `Rewrite the user's last question as one standalone question that can be understood without the conversation. Keep its language (Chinese stays Chinese). Replace pronouns with the product, part or topic they refer to. Do not answer it. Output only the rewritten question.`

// Rewrite returns the standalone form of question. A model is asked when
// one is configured; if it fails or writes something implausible, the
// heuristic answers, so a rewrite never blocks a question.
func (r *Rewriter) Rewrite(ctx context.Context, history []assistant.Turn, question string) (string, error) {
	question = strings.TrimSpace(question)
	if len(history) == 0 {
		return question, nil
	}
	out := ""
	if r != nil && r.Chain != nil && len(r.Chain.Models) > 0 {
		out = r.ask(ctx, history, question)
	}
	if out == "" {
		out = assistant.RewriteHeuristic(history, question)
	}
	if out != question {
		traceOf(ctx).Rewritten = out
	}
	return out, ctx.Err()
}

func (r *Rewriter) ask(ctx context.Context, history []assistant.Turn, question string) string {
	d := r.Deadline
	if d <= 0 {
		d = 10 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var b strings.Builder
	for _, t := range history[max(0, len(history)-3):] {
		b.WriteString("User: " + oneLine(t.Question) + "\n")
		if t.Answer != "" {
			b.WriteString("Assistant: " + quote(t.Answer) + "\n")
		}
	}
	b.WriteString("User (last question): " + oneLine(question))
	gen, err := r.Chain.Generate(ctx, []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, rewritePrompt),
		llms.TextParts(llms.ChatMessageTypeHuman, b.String()),
	}, nil)
	traceOf(ctx).Calls = append(traceOf(ctx).Calls, gen.Calls...)
	out := strings.TrimSpace(strings.Trim(strings.TrimSpace(gen.Text), `"“”`))
	if err != nil || out == "" || strings.Contains(out, "\n") || len(out) > 2*len(question)+200 {
		return ""
	}
	return out
}
