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

// streamSink adapts the gate to the chain: each try starts a fresh gate,
// and a try that fails after it delivered text sends a reset.
type streamSink struct {
	g      *gate
	emit   assistant.StreamFunc
	resets int
}

func newStreamSink(chk *Checker, emit assistant.StreamFunc) *streamSink {
	s := &streamSink{emit: emit}
	s.g = newGate(chk, func(text string) error { return emit(assistant.StreamEvent{Text: text}) })
	return s
}

func (s *streamSink) begin()                   { s.g.reset() }
func (s *streamSink) write(chunk string) error { return s.g.write(chunk) }

func (s *streamSink) abort(reason string) error {
	if !s.g.sent {
		return nil
	}
	s.resets++
	s.g.reset()
	return s.emit(assistant.StreamEvent{Reset: true, Reason: reason})
}
