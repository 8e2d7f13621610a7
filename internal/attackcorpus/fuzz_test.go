package attackcorpus

import (
	"context"
	"regexp"
	"strconv"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/tmc/langchaingo/llms"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/llm"
	"github.com/kgassist/kgassist/retrieval"
)

// These fuzz targets drive exported entry points of other packages with
// hostile text; they live here, beside the hostile corpus, so the seeds are
// the injections themselves.

func seeds(f *testing.F) {
	f.Add(InstructionEN)
	f.Add(InstructionZH)
	f.Add("HF-CP200 额定电压 380 V ±10% [1][2]. See ![x](https://" + EvilHost + "/) [9].")
	f.Add("Rated power: 2.2 kW [1]. <img src=x onerror=alert(1)> [0] [999]")
	f.Add("")
}

func FuzzNormalizeName(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n := kg.NormalizeName(s)
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Fatalf("NormalizeName(%q) = %q is not UTF-8", s, n)
		}
		if again := kg.NormalizeName(n); again != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, again)
		}
	})
}

func FuzzTokens(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range textseg.Tokens(s) {
			if tok == "" || utf8.ValidString(s) && !utf8.ValidString(tok) {
				t.Fatalf("Tokens(%q) has token %q", s, tok)
			}
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		q := retrieval.Analyze(s)
		if lang := q.AnswerLang(); lang != "en" && lang != "zh" {
			t.Fatalf("Analyze(%q) answer language %q", s, lang)
		}
	})
}

var (
	citation = regexp.MustCompile(`\[(\d{1,3})\]`)
	// link is what a client could fetch: a URL, or a complete img tag (an
	// unterminated "<img" is dropped by HTML parsers).
	link = regexp.MustCompile(`(?i)https?://|<img\b[^>]*>`)
)

// FuzzFinish: whatever a draft says, every [n] left in the answer and every
// citation resolves to an evidence item.
func FuzzFinish(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		ev := evidence("What is the rated power?")
		ans := assistant.Finish(ev, assistant.Draft{Text: text}, "fuzz")
		for _, m := range citation.FindAllStringSubmatch(ans.Answer, -1) {
			if n, _ := strconv.Atoi(m[1]); n < 1 || n > len(ev.Items) {
				t.Fatalf("answer cites [%s], evidence has %d items: %q", m[1], len(ev.Items), ans.Answer)
			}
		}
		for _, c := range ans.Citations {
			if _, ok := ev.Item(c.N); !ok || c.ChunkID == "" {
				t.Fatalf("citation %+v resolves to nothing", c)
			}
		}
	})
}

// FuzzChecker feeds model output to the LLM answerer's checks through a
// model that returns the fuzz input: the answer never links anywhere (no
// hosts are allowed) and never cites an item that does not exist.
func FuzzChecker(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, out string) {
		a := &llm.Answerer{Chain: &llm.Chain{Models: []llm.Model{{Spec: llm.ModelSpec{Provider: "vllm", Model: "fuzz", Timeout: time.Second}, LLM: echoModel(out)}}, Tries: 1},
			Fallback: assistant.NewExtractive(), Deadline: 2 * time.Second}
		ev := evidence("What is the rated power?")
		d, err := a.Answer(context.Background(), ev)
		if err != nil {
			return
		}
		ans := assistant.Finish(ev, d, "llm")
		if link.MatchString(ans.Answer) {
			t.Fatalf("model output %q kept a link: %q", out, ans.Answer)
		}
		for _, m := range citation.FindAllStringSubmatch(ans.Answer, -1) {
			if n, _ := strconv.Atoi(m[1]); n < 1 || n > len(ev.Items) {
				t.Fatalf("answer cites [%s]: %q", m[1], ans.Answer)
			}
		}
	})
}

type echoModel string

func (m echoModel) GenerateContent(context.Context, []llms.MessageContent, ...llms.CallOption) (*llms.ContentResponse, error) {
	return &llms.ContentResponse{Choices: []*llms.ContentChoice{{Content: string(m), StopReason: "stop"}}}, nil
}

func (m echoModel) Call(context.Context, string, ...llms.CallOption) (string, error) {
	return string(m), nil
}

func evidence(q string) *retrieval.Evidence {
	ev := &retrieval.Evidence{Question: retrieval.Analyze(q), Entities: map[string]kg.Entity{}}
	for i, text := range []string{"The HF-CP200 pump has a rated power of 2.2 kW.", "The HF-CP200 rated voltage is 380 V."} {
		ev.Items = append(ev.Items, retrieval.Item{N: i + 1, Chunk: kg.Chunk{ID: kg.ChunkID("doc", i), DocumentID: "doc", Text: text, DocTitle: "manual", Lang: "en"}})
	}
	ev.Trace.Coverage = 1
	return ev
}
