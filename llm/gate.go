package llm

import (
	"strings"

	"github.com/kgassist/kgassist/assistant"
)

// gate passes a model's text through the checks one sentence at a time.
// Only checked sentences go out, so a client never sees an image that
// would leak data or a claim that is about to be removed. Lead-ins wait
// for the cited sentence they introduce.
type gate struct {
	chk     *Checker
	emit    func(string) error // nil when not streaming
	buf     string
	pending []string
	out     strings.Builder
	cited   int
	removed []string
	kinds   map[string]int
	sent    bool // anything emitted during the current try
}

func newGate(chk *Checker, emit func(string) error) *gate {
	return &gate{chk: chk, emit: emit, kinds: map[string]int{}}
}

// reset forgets a try's text, for the next try.
func (g *gate) reset() {
	*g = gate{chk: g.chk, emit: g.emit, kinds: map[string]int{}}
}

func (g *gate) write(chunk string) error {
	g.buf += chunk
	done, rest := splitSentences(g.buf, false)
	g.buf = rest
	return g.accept(done)
}

// finish checks what is left once the model has stopped.
func (g *gate) finish() error {
	done, _ := splitSentences(g.buf, true)
	g.buf = ""
	if err := g.accept(done); err != nil {
		return err
	}
	g.pending = nil
	return nil
}

func (g *gate) accept(sentences []string) error {
	for _, s := range sentences {
		v := g.chk.sentence(s)
		g.removed = append(g.removed, v.removed...)
		for _, k := range v.kinds {
			g.kinds[k]++
		}
		switch {
		case v.leadIn || (v.text != "" && !v.cited && g.cited == 0):
			g.pending = append(g.pending, v.text)
		case v.cited:
			g.cited++
			if err := g.deliver(strings.Join(g.pending, "") + v.text); err != nil {
				return err
			}
			g.pending = nil
		case v.text != "":
			// Whitespace between cited sentences keeps its place.
			if err := g.deliver(v.text); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *gate) deliver(s string) error {
	g.out.WriteString(s)
	if g.emit == nil || s == "" {
		return nil
	}
	g.sent = true
	return g.emit(s)
}

// text is what passed, trimmed.
func (g *gate) text() string { return strings.TrimSpace(g.out.String()) }

// checkSink runs each try's answer through a fresh gate: streamed as it
// arrives when emit is set, whole once the try ends otherwise. It judges
// the result, so an answer the checks reject entirely fails its model
// instead of becoming the question's answer.
type checkSink struct {
	g      *gate
	emit   assistant.StreamFunc
	tr     *assistant.ModelTrace
	resets int
	// rejected counts rejected answers; rejectedRemoved is what the
	// checks took out of them.
	rejected        int
	rejectedRemoved []string
}

func newCheckSink(chk *Checker, emit assistant.StreamFunc, tr *assistant.ModelTrace) *checkSink {
	s := &checkSink{emit: emit, tr: tr}
	var out func(string) error
	if emit != nil {
		out = func(text string) error { return emit(assistant.StreamEvent{Text: text}) }
	}
	s.g = newGate(chk, out)
	return s
}

func (s *checkSink) begin()                   { s.g.reset() }
func (s *checkSink) write(chunk string) error { return s.g.write(chunk) }

func (s *checkSink) abort(reason string) error {
	if !s.g.sent {
		return nil
	}
	s.resets++
	s.g.reset()
	return s.emit(assistant.StreamEvent{Reset: true, Reason: reason})
}

// judge finishes the try's checks. An answer with no cited statement
// left is rejected, unless the model said it does not know: that is the
// answer the prompt asks for when the evidence falls short.
func (s *checkSink) judge(text string) (string, error) {
	if s.emit == nil {
		s.g.reset()
		if err := s.g.write(text); err != nil {
			return "", err
		}
	}
	if err := s.g.finish(); err != nil {
		return "", err
	}
	count(s.tr, s.g.kinds)
	if s.g.cited > 0 || isAbstention(text) {
		return "", nil
	}
	s.rejected++
	s.rejectedRemoved = append(s.rejectedRemoved, s.g.removed...)
	return "no cited statement survived the checks", nil
}
