package qaeval

import (
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/retrieval"
)

func TestLeaksIgnoreTraceNumbersOnly(t *testing.T) {
	timed := func() *assistant.Answer {
		a := &assistant.Answer{Answer: "I don't know."}
		a.Trace.AnswerMs = 342
		a.Trace.Stages = []retrieval.Stage{{Name: "search", Millis: 3.42}}
		return a
	}
	forbid := []string{"342"}
	if got := leaks(timed(), forbid); len(got) != 0 {
		t.Errorf("a timing was taken for a leak: %v", got)
	}
	inText := timed()
	inText.Answer = "The highest RPN is 342 [1]."
	inCitation := timed()
	inCitation.Citations = []assistant.Citation{{N: 1, Snippet: "Seal wear | RPN 342"}}
	inTrace := timed()
	inTrace.Trace.Table = "rows where RPN = 342"
	for name, a := range map[string]*assistant.Answer{"answer": inText, "citation": inCitation, "trace text": inTrace} {
		if got := leaks(a, forbid); len(got) != 1 {
			t.Errorf("%s: leaks = %v, want the forbidden figure found", name, got)
		}
	}
}
