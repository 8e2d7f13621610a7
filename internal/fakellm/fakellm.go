// Package fakellm is a loopback language-model server for tests. It speaks
// the real OpenAI chat-completions protocol (JSON and SSE), Anthropic's
// Messages API (JSON and its named SSE events) and the real Ollama
// protocol (NDJSON chat and generate, embeddings), so the code under
// test runs its production HTTP clients unchanged. Each request takes the
// next scripted reply for its model and is recorded for inspection.
package fakellm

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// Kind is how the server answers one request.
type Kind int

const (
	OK          Kind = iota // a normal answer
	RateLimited             // 429 with Retry-After
	ServerError             // 500
	Malformed               // 200 with a body that is not the protocol's JSON
	Stall                   // no response until the client gives up
	CutStream               // a streamed answer whose connection drops midway
)

// Reply scripts one response.
type Reply struct {
	Kind Kind
	// Text is the answer; Answer, when set, computes it from the request.
	Text   string
	Answer func(Request) string
	// RetryAfter is the Retry-After header of a RateLimited reply.
	RetryAfter string
	// CutAfter is how many bytes of Text a CutStream delivers (default half).
	CutAfter int
	// Delay is waited before each streamed piece, to let tests interleave.
	Delay time.Duration
}

// Request is one recorded request.
type Request struct {
	Path     string
	Model    string
	Stream   bool
	Messages []Message
	Prompt   string // /api/generate
	Body     []byte
}

// Message is one chat message of a request.
type Message struct {
	Role    string
	Content string
}

// Text returns every message's content, for searching the prompt.
func (r Request) Text() string {
	s := r.Prompt
	for _, m := range r.Messages {
		s += "\n" + m.Content
	}
	return s
}

// Server is the fake provider.
type Server struct {
	*httptest.Server
	mu       sync.Mutex
	scripts  map[string][]Reply
	fallback Reply
	requests []Request
	quit     chan struct{}
}

// New starts a server. Models with no script answer with Grounded().
func New() *Server {
	s := &Server{scripts: map[string][]Reply{}, fallback: Grounded(), quit: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.openAIChat)
	mux.HandleFunc("POST /v1/embeddings", s.openAIEmbeddings)
	mux.HandleFunc("POST /v1/messages", s.anthropicMessages)
	mux.HandleFunc("POST /api/chat", s.ollamaChat)
	mux.HandleFunc("POST /api/generate", s.ollamaGenerate)
	mux.HandleFunc("POST /api/embed", s.ollamaEmbed)
	mux.HandleFunc("POST /api/embeddings", s.ollamaEmbeddings)
	s.Server = httptest.NewServer(mux)
	return s
}

// Start is New for one test, closed when the test ends.
func Start(tb testing.TB) *Server {
	s := New()
	tb.Cleanup(s.Close)
	return s
}

// Close releases stalled handlers, then stops the server.
func (s *Server) Close() {
	close(s.quit)
	s.Server.Close()
}

// OpenAIURL is the base URL an OpenAI-compatible client is given.
func (s *Server) OpenAIURL() string { return s.URL + "/v1" }

// Script queues replies for model; once used up, the last one repeats.
func (s *Server) Script(model string, replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.scripts[model] = append(s.scripts[model], replies...)
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// next records req and pops its model's next reply.
func (s *Server) next(req Request) Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, req)
	q := s.scripts[req.Model]
	switch len(q) {
	case 0:
		return s.fallback
	case 1:
		return q[0]
	}
	s.scripts[req.Model] = q[1:]
	return q[0]
}

func (r Reply) text(req Request) string {
	if r.Answer != nil {
		return r.Answer(req)
	}
	return r.Text
}

func (r Reply) cut(text string) string {
	n := r.CutAfter
	if n <= 0 || n > len(text) {
		n = len(text) / 2
	}
	return text[:n]
}

// stall blocks until the client gives up or the server closes.
func (s *Server) stall(r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-s.quit:
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// abort drops the connection without finishing the response, the way a
// crashed upstream or a proxy timeout does.
func abort(w http.ResponseWriter) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	panic(http.ErrAbortHandler)
}
