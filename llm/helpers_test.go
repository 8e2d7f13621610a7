package llm

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/retrieval"
)

// pumpEvidence is three passages about one pump, numbered 1..3.
func pumpEvidence(question string) *retrieval.Evidence {
	return evidenceOf(question,
		"The HF-CP200 pump has a rated power of 2.2 kW and a rated voltage of 380 V.",
		"The maximum flow of the HF-CP200 is 12.5 m3/h at a head of 32 m.",
		"Replace the mechanical seal MS-35 every 4000 operating hours.")
}

func evidenceOf(question string, texts ...string) *retrieval.Evidence {
	ev := &retrieval.Evidence{Question: retrieval.Analyze(question), Entities: map[string]kg.Entity{}}
	for i, t := range texts {
		id := string(rune('a' + i))
		ev.Items = append(ev.Items, retrieval.Item{N: i + 1, Chunk: kg.Chunk{
			ID: id, DocumentID: "doc-" + id, Text: t, DocTitle: "HF-CP200 manual", DocURI: "manual.md",
			Section: []string{"Specifications"}, Page: i + 1, Lang: "en",
		}})
	}
	ev.Trace.Coverage = 1
	return ev
}

// model is a chain entry reaching the fake over the OpenAI protocol.
func model(t *testing.T, srv *fakellm.Server, name string, timeout time.Duration) Model {
	t.Helper()
	return open(t, ModelSpec{Provider: "vllm", Model: name, BaseURL: srv.OpenAIURL(), Timeout: timeout, PriceIn: 1, PriceOut: 2})
}

func ollamaModel(t *testing.T, srv *fakellm.Server, name string, timeout time.Duration) Model {
	t.Helper()
	return open(t, ModelSpec{Provider: "ollama", Model: name, BaseURL: srv.URL, Timeout: timeout})
}

// open opens spec as configured; a spec that names a key variable gets
// a test key from it.
func open(t *testing.T, spec ModelSpec) Model {
	t.Helper()
	spec, err := spec.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(spec, func(string) string { return "test-key" }, nil)
	if err != nil {
		t.Fatal(err)
	}
	return Model{Spec: spec, LLM: m}
}

func answerer(deadline time.Duration, models ...Model) *Answerer {
	return &Answerer{
		Chain:    &Chain{Models: models, Tries: 2, Backoff: 10 * time.Millisecond, MaxWait: 300 * time.Millisecond},
		Fallback: assistant.NewExtractive(), Deadline: deadline,
	}
}

// run answers ev, streaming when events is non-nil, and returns the
// draft and the model trace.
func run(t *testing.T, a *Answerer, ev *retrieval.Evidence, events *[]assistant.StreamEvent) (assistant.Draft, *assistant.ModelTrace) {
	t.Helper()
	tr := &assistant.ModelTrace{}
	ctx := assistant.WithModelTrace(context.Background(), tr)
	var d assistant.Draft
	var err error
	if events == nil {
		d, err = a.Answer(ctx, ev)
	} else {
		d, err = a.AnswerStream(ctx, ev, func(e assistant.StreamEvent) error {
			*events = append(*events, e)
			return nil
		})
	}
	if err != nil {
		t.Fatal(err)
	}
	return d, tr
}

func outcomes(tr *assistant.ModelTrace) string {
	var out []string
	for _, c := range tr.Calls {
		out = append(out, c.Model+"#"+c.Outcome)
	}
	return strings.Join(out, " ")
}

// afterLastReset is what a client that honours resets shows.
func afterLastReset(events []assistant.StreamEvent) string {
	var b strings.Builder
	for _, e := range events {
		if e.Reset {
			b.Reset()
		}
		b.WriteString(e.Text)
	}
	return strings.TrimSpace(b.String())
}

// emptyStore is a new embedded store, closed when the test ends.
func emptyStore(t *testing.T) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
