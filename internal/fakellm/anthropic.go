package fakellm

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// AnthropicURL is the base URL an Anthropic client is given.
func (s *Server) AnthropicURL() string { return s.URL + "/v1" }

type anthropicRequest struct {
	Model    string          `json:"model"`
	Stream   bool            `json:"stream"`
	System   json.RawMessage `json:"system"`
	Messages []wireMessage   `json:"messages"`
}

// anthropicMessages answers POST /v1/messages as Anthropic's Messages API
// does: one message object, or the named SSE events of a stream.
func (s *Server) anthropicMessages(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var in anthropicRequest
	if err := json.Unmarshal(body, &in); err != nil || r.Header.Get("x-api-key") == "" || r.Header.Get("anthropic-version") == "" {
		anthropicError(w, 400, "invalid_request_error", "invalid request: JSON body, x-api-key and anthropic-version are required")
		return
	}
	req := Request{Path: r.URL.Path, Model: in.Model, Stream: in.Stream, Body: body}
	if len(in.System) > 0 {
		req.Messages = append(req.Messages, Message{Role: "system", Content: content(in.System)})
	}
	rep, text, u, ok := s.reply(w, r, req, in.Messages, s.failAnthropic)
	if !ok {
		return
	}
	usage := map[string]int{"input_tokens": u["prompt_tokens"], "output_tokens": u["completion_tokens"]}
	msg := map[string]any{"id": "msg_fake", "type": "message", "role": "assistant", "model": in.Model,
		"content": []any{map[string]any{"type": "text", "text": text}}, "stop_reason": "end_turn", "stop_sequence": nil, "usage": usage}
	if !in.Stream {
		writeJSON(w, 200, msg)
		return
	}
	s.anthropicStream(w, msg, text, rep, usage)
}

func (s *Server) anthropicStream(w http.ResponseWriter, msg map[string]any, text string, rep Reply, usage map[string]int) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(200)
	send := func(event string, v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, b)
		w.(http.Flusher).Flush()
	}
	start := map[string]any{}
	for k, v := range msg {
		start[k] = v
	}
	start["content"], start["stop_reason"] = []any{}, nil
	start["usage"] = map[string]int{"input_tokens": usage["input_tokens"], "output_tokens": 0}
	send("message_start", map[string]any{"type": "message_start", "message": start})
	send("content_block_start", map[string]any{"type": "content_block_start", "index": 0, "content_block": map[string]any{"type": "text", "text": ""}})
	body := text
	if rep.Kind == CutStream {
		body = rep.cut(text)
	}
	for _, piece := range Pieces(body) {
		time.Sleep(rep.Delay)
		send("content_block_delta", map[string]any{"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "text_delta", "text": piece}})
	}
	if rep.Kind == CutStream {
		abort(w)
	}
	send("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0})
	send("message_delta", map[string]any{"type": "message_delta", "delta": map[string]any{"stop_reason": "end_turn", "stop_sequence": nil},
		"usage": map[string]int{"output_tokens": usage["output_tokens"]}})
	send("message_stop", map[string]any{"type": "message_stop"})
}

// failAnthropic writes the scripted failure with Anthropic's error bodies.
func (s *Server) failAnthropic(w http.ResponseWriter, r *http.Request, rep Reply) bool {
	switch rep.Kind {
	case RateLimited:
		w.Header().Set("Retry-After", rep.RetryAfter)
		anthropicError(w, 429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit")
	case ServerError:
		anthropicError(w, 529, "overloaded_error", "Overloaded")
	case Malformed:
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"msg_fake","type":"message","content":[{"type":"text","text":`)
	case Stall:
		s.stall(r)
	default:
		return false
	}
	return true
}

func anthropicError(w http.ResponseWriter, status int, typ, msg string) {
	writeJSON(w, status, map[string]any{"type": "error", "error": map[string]any{"type": typ, "message": msg}})
}
