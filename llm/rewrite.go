package llm

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/tmc/langchaingo/llms"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
)

// Turn is one earlier exchange of a conversation.
type Turn struct {
	Question string   `json:"question"`
	Answer   string   `json:"answer,omitempty"`
	Entities []string `json:"entities,omitempty"` // names of the entities the question was linked to
}

// TurnOf records an answered question for the next follow-up.
func TurnOf(ans *assistant.Answer) Turn {
	t := Turn{Question: ans.Question, Answer: ans.Answer}
	for _, l := range ans.Trace.Linked {
		if _, name, ok := strings.Cut(l, ":"); ok {
			t.Entities = append(t.Entities, name)
		}
	}
	return t
}

// Rewriter turns follow-up questions into standalone ones, so retrieval
// sees what "it" refers to.
type Rewriter struct {
	Chain    *Chain // nil: the heuristic alone
	Deadline time.Duration
}

const rewritePrompt = `Rewrite the user's last question as one standalone question that can be understood without the conversation. Keep its language (Chinese stays Chinese). Replace pronouns with the product, part or topic they refer to. Do not answer it. Output only the rewritten question.`

// Rewrite returns the standalone form of question. A model is asked when
// one is configured; if it fails or writes something implausible, the
// heuristic answers, so a rewrite never blocks a question.
func (r *Rewriter) Rewrite(ctx context.Context, history []Turn, question string) (string, error) {
	question = strings.TrimSpace(question)
	if len(history) == 0 {
		return question, nil
	}
	out := ""
	if r != nil && r.Chain != nil && len(r.Chain.Models) > 0 {
		out = r.ask(ctx, history, question)
	}
	if out == "" {
		out = RewriteHeuristic(history, question)
	}
	if out != question {
		traceOf(ctx).Rewritten = out
	}
	return out, ctx.Err()
}

func (r *Rewriter) ask(ctx context.Context, history []Turn, question string) string {
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

var (
	enPronoun = regexp.MustCompile(`(?i)\b(its|it|they|them|their|this|that|these|those)\b`)
	zhPronoun = []string{"它们的", "它的", "它们", "它", "其", "这个", "那个", "该"}
	followCue = regexp.MustCompile(`(?i)^(and|what about|how about|also)\b`)
)

// RewriteHeuristic carries the previous turn's entities into a follow-up
// that has pronouns or too few content words to stand alone: "and its
// weight?" after a question about the HF-CP200 pump becomes "and HF-CP200
// pump's weight?", "它的重量呢？" becomes "HF-CP200水泵的重量呢？".
func RewriteHeuristic(history []Turn, question string) string {
	prev := history[len(history)-1]
	var names []string
	for _, n := range prev.Entities {
		if !strings.Contains(strings.ToLower(question), strings.ToLower(n)) {
			names = append(names, n)
		}
	}
	if len(names) == 0 || !isFollowUp(question) {
		return question
	}
	subject := strings.Join(names, " ")
	if textseg.HasCJK(question) {
		for _, p := range zhPronoun {
			if strings.Contains(question, p) {
				return strings.Replace(question, p, subject+strings.TrimPrefix(p, strings.TrimSuffix(p, "的")), 1)
			}
		}
		return subject + " " + question
	}
	replaced := false
	out := enPronoun.ReplaceAllStringFunc(question, func(p string) string {
		if replaced {
			return p
		}
		replaced = true
		if strings.EqualFold(p, "its") || strings.EqualFold(p, "their") {
			return subject + "'s"
		}
		return subject
	})
	if replaced {
		return out
	}
	return strings.TrimRight(question, "?？ ") + " of " + subject + "?"
}

func isFollowUp(q string) bool {
	if followCue.MatchString(strings.TrimSpace(q)) || strings.HasSuffix(strings.TrimRight(q, "?？ "), "呢") {
		return true
	}
	if enPronoun.MatchString(q) {
		return true
	}
	for _, p := range zhPronoun {
		if strings.Contains(q, p) {
			return true
		}
	}
	return len(retrieval.ContentTerms(q)) <= 2
}
