package llm

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Answerer answers with language models and checks what they write. When
// every model fails it hands the question to Fallback (the extractive
// answerer) and the answer says so.
type Answerer struct {
	Chain     *Chain
	Fallback  assistant.Answerer
	LinkHosts []string      // hosts answers may link to
	Deadline  time.Duration // all model work for one question
}

var _ assistant.Streamer = (*Answerer)(nil)

// answerChain opens cfg's answer models, in order, as one chain.
func answerChain(cfg Config, getenv func(string) string, hc *http.Client) (*Chain, error) {
	if len(cfg.Answer) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "no answer models configured")
	}
	chain := &Chain{Tries: cfg.Tries}
	for _, spec := range cfg.Answer {
		m, err := Open(spec, getenv, hc)
		if err != nil {
			return nil, err
		}
		spec, _ = spec.withDefaults()
		chain.Models = append(chain.Models, Model{Spec: spec, LLM: m})
	}
	return chain, nil
}

// New opens cfg's answer models. getenv supplies API keys; hc may be nil.
func New(cfg Config, getenv func(string) string, hc *http.Client) (*Answerer, error) {
	chain, err := answerChain(cfg, getenv, hc)
	if err != nil {
		return nil, kg.Wrap("llm.New", err)
	}
	return &Answerer{Chain: chain, Fallback: assistant.NewExtractive(), LinkHosts: cfg.LinkHosts, Deadline: cfg.Deadline}, nil
}

func (a *Answerer) Name() string { return "llm" }

// Answer writes the whole answer before returning it.
func (a *Answerer) Answer(ctx context.Context, ev *retrieval.Evidence) (assistant.Draft, error) {
	return a.answer(ctx, ev, nil)
}

// AnswerStream delivers checked sentences as the model writes them. A
// model that fails after delivering text is followed by a Reset event,
// then the next model's answer; see assistant.StreamEvent.
func (a *Answerer) AnswerStream(ctx context.Context, ev *retrieval.Evidence, emit assistant.StreamFunc) (assistant.Draft, error) {
	return a.answer(ctx, ev, emit)
}

func (a *Answerer) answer(ctx context.Context, ev *retrieval.Evidence, emit assistant.StreamFunc) (assistant.Draft, error) {
	tr := traceOf(ctx)
	if len(ev.Items) == 0 {
		// Nothing to ground an answer on: no model is asked.
		return a.deliver(emit, ev, abstain(ev, "no evidence visible to the caller"))
	}
	dctx, cancel := context.WithTimeout(ctx, a.modelTime(ctx))
	defer cancel()
	cs := newCheckSink(NewChecker(ev, a.LinkHosts), emit, tr)
	var s sink
	if emit != nil {
		s = cs
	}
	gen, err := a.Chain.generate(dctx, Messages(ev), s, cs)
	tr.Calls = append(tr.Calls, gen.Calls...)
	tr.Resets += cs.resets
	if err != nil {
		if ctx.Err() != nil || (dctx.Err() == nil && kg.ErrorCode(err) != kg.EUNAVAILABLE) {
			return assistant.Draft{}, kg.Wrap("llm.Answer", err) // the caller is gone
		}
		return a.fallback(ctx, ev, emit, cs, tr)
	}
	if cs.g.cited == 0 {
		// Only an abstention passes the judge without a cited sentence.
		d := abstain(ev, "the model found the evidence insufficient")
		d.Removed = cs.g.removed
		return a.deliver(emit, ev, d)
	}
	return assistant.Draft{Text: cs.g.text(), Removed: cs.g.removed}, nil
}

// fallback answers extractively after every model failed, first
// retracting anything a model had already streamed. What the checks
// removed from rejected answers stays listed in the draft.
func (a *Answerer) fallback(ctx context.Context, ev *retrieval.Evidence, emit assistant.StreamFunc, cs *checkSink, tr *assistant.ModelTrace) (assistant.Draft, error) {
	fb := a.Fallback
	if fb == nil {
		fb = assistant.NewExtractive()
	}
	tr.Fallback = fb.Name()
	if cs.g.sent {
		tr.Resets++
		if err := emit(assistant.StreamEvent{Reset: true, Reason: "every model failed"}); err != nil {
			return assistant.Draft{}, err
		}
	}
	d, err := fb.Answer(ctx, ev)
	if err != nil {
		return d, kg.Wrap("llm.fallback", err)
	}
	note := assistant.PhraseFallback
	if cs.rejected > 0 {
		note = assistant.PhraseUnverified
	}
	d.Text = note.In(ev.Question.AnswerLang()) + "\n\n" + d.Text
	d.Removed = append(cs.rejectedRemoved, d.Removed...)
	return a.deliver(emit, ev, d)
}

// deliver streams a draft that is final as it stands.
func (a *Answerer) deliver(emit assistant.StreamFunc, ev *retrieval.Evidence, d assistant.Draft) (assistant.Draft, error) {
	if emit != nil {
		if err := emit(assistant.StreamEvent{Text: assistant.Shown(ev, d)}); err != nil {
			return d, err
		}
	}
	return d, nil
}

// modelTime is how long the models may work on one question: the
// deadline, or less when the caller's own deadline (an HTTP server's
// bound on a question) comes sooner. The models then run out of time
// first, and the extractive answer still fits, instead of the caller's
// deadline turning a slow model into an error.
func (a *Answerer) modelTime(ctx context.Context) time.Duration {
	d := a.deadline()
	if dl, ok := ctx.Deadline(); ok {
		left := time.Until(dl)
		d = min(d, left-min(2*time.Second, left/4))
	}
	return d
}

func (a *Answerer) deadline() time.Duration {
	if a.Deadline > 0 {
		return a.Deadline
	}
	return DefaultDeadline
}

func abstain(ev *retrieval.Evidence, reason string) assistant.Draft {
	lang := ev.Question.AnswerLang()
	d := assistant.Draft{Abstained: true, Reason: reason, Text: assistant.PhraseDontKnow.In(lang)}
	seen := map[string]bool{}
	for _, it := range ev.Items {
		t := it.Chunk.DocTitle
		if s := it.Chunk.SectionPath(); s != "" {
			t += " › " + s
		}
		if t != "" && !seen[t] && len(d.Related) < 3 {
			seen[t] = true
			d.Related = append(d.Related, t)
		}
	}
	if len(d.Related) > 0 {
		d.Text += "\n" + assistant.PhraseRelated.In(lang) + strings.Join(d.Related, "; ")
	}
	return d
}

// isAbstention recognises the prompt's prescribed "I don't know".
func isAbstention(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, p := range []string{"i don't know", "i do not know", "i don’t know", "我不知道", "不知道"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// traceOf returns the caller's recorder, or a throwaway one.
func traceOf(ctx context.Context) *assistant.ModelTrace {
	if t := assistant.ModelTraceFrom(ctx); t != nil {
		return t
	}
	return &assistant.ModelTrace{}
}

func count(tr *assistant.ModelTrace, kinds map[string]int) {
	for k, n := range kinds {
		if tr.Checks == nil {
			tr.Checks = map[string]int{}
		}
		tr.Checks[k] += n
	}
}
