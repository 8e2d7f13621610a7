package fakellm

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

type openAIRequest struct {
	Model         string        `json:"model"`
	Stream        bool          `json:"stream"`
	Messages      []wireMessage `json:"messages"`
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
}

// wireMessage is a chat message as both the OpenAI and the Anthropic
// protocols send it.
type wireMessage struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
}

// reply records a chat request and takes its scripted reply. A scripted
// failure is written by fail, and ok is false; otherwise the reply's text
// and its token usage in OpenAI's names are returned.
func (s *Server) reply(w http.ResponseWriter, r *http.Request, req Request, msgs []wireMessage,
	fail func(http.ResponseWriter, *http.Request, Reply) bool) (rep Reply, text string, usage map[string]int, ok bool) {
	for _, m := range msgs {
		req.Messages = append(req.Messages, Message{Role: m.Role, Content: content(m.Content)})
	}
	rep = s.next(req)
	if fail(w, r, rep) {
		return rep, "", nil, false
	}
	text = rep.text(req)
	return rep, text, usageOf(req, text), true
}

// content accepts both forms the protocol allows: a string, or a list of
// typed parts.
func content(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var parts []struct {
		Text string `json:"text"`
	}
	_ = json.Unmarshal(raw, &parts)
	for _, p := range parts {
		s += p.Text
	}
	return s
}

func (s *Server) openAIChat(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var in openAIRequest
	if err := json.Unmarshal(body, &in); err != nil {
		writeJSON(w, 400, map[string]any{"error": map[string]any{"message": "invalid JSON", "type": "invalid_request_error"}})
		return
	}
	req := Request{Path: r.URL.Path, Model: in.Model, Stream: in.Stream, Body: body}
	rep, text, usage, ok := s.reply(w, r, req, in.Messages, s.failOpenAI)
	if !ok {
		return
	}
	if !in.Stream {
		writeJSON(w, 200, map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion", "created": time.Now().Unix(), "model": in.Model,
			"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": text}, "finish_reason": "stop"}},
			"usage":   usage,
		})
		return
	}
	withUsage := in.StreamOptions != nil && in.StreamOptions.IncludeUsage
	s.openAIStream(w, in.Model, text, rep, usage, withUsage)
}

// failOpenAI writes the scripted failure, if any, with the bodies real
// OpenAI-compatible servers send.
func (s *Server) failOpenAI(w http.ResponseWriter, r *http.Request, rep Reply) bool {
	switch rep.Kind {
	case RateLimited:
		w.Header().Set("Retry-After", rep.RetryAfter)
		writeJSON(w, 429, map[string]any{"error": map[string]any{"message": "Rate limit reached", "type": "rate_limit_exceeded"}})
	case ServerError:
		writeJSON(w, 500, map[string]any{"error": map[string]any{"message": "The server had an error", "type": "server_error"}})
	case Malformed:
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"chatcmpl-fake","choices":[{"message":{"content":`)
	case Stall:
		s.stall(r)
	default:
		return false
	}
	return true
}

func (s *Server) openAIStream(w http.ResponseWriter, model, text string, rep Reply, usage map[string]int, withUsage bool) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(200)
	send := func(v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", b)
		w.(http.Flusher).Flush()
	}
	chunk := func(delta map[string]any, finish any) map[string]any {
		return map[string]any{"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": time.Now().Unix(), "model": model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}}}
	}
	send(chunk(map[string]any{"role": "assistant", "content": ""}, nil))
	body := text
	if rep.Kind == CutStream {
		body = rep.cut(text)
	}
	for _, piece := range Pieces(body) {
		time.Sleep(rep.Delay)
		send(chunk(map[string]any{"content": piece}, nil))
	}
	if rep.Kind == CutStream {
		abort(w)
	}
	send(chunk(map[string]any{}, "stop"))
	if withUsage {
		send(map[string]any{"id": "chatcmpl-fake", "object": "chat.completion.chunk", "model": model, "choices": []any{}, "usage": usage})
	}
	io.WriteString(w, "data: [DONE]\n\n")
}

func usageOf(req Request, text string) map[string]int {
	in, out := len(req.Text())/4, len(text)/4
	return map[string]int{"prompt_tokens": in, "completion_tokens": out, "total_tokens": in + out}
}

// Pieces splits text the way a tokenizer-driven stream does: a few bytes
// at a time, never inside a UTF-8 sequence.
func Pieces(text string) []string {
	var out []string
	rs := []rune(text)
	for i := 0; i < len(rs); i += 3 {
		out = append(out, string(rs[i:min(i+3, len(rs))]))
	}
	return out
}

func (s *Server) openAIEmbeddings(w http.ResponseWriter, r *http.Request) {
	model, texts, ok := s.embedRequest(w, r, map[string]any{"error": map[string]any{"message": "invalid JSON"}})
	if !ok {
		return
	}
	var data []any
	for i, t := range texts {
		data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": Vector(t)})
	}
	writeJSON(w, 200, map[string]any{"object": "list", "model": model, "data": data, "usage": map[string]int{"prompt_tokens": 1, "total_tokens": 1}})
}
