package fakellm

import (
	"encoding/json"
	"hash/fnv"
	"io"
	"math"
	"net/http"
	"time"
)

type ollamaRequest struct {
	Model    string    `json:"model"`
	Stream   *bool     `json:"stream"`
	Prompt   string    `json:"prompt"`
	Messages []Message `json:"messages"`
}

// Ollama streams unless the request says "stream": false.
func (o ollamaRequest) streams() bool { return o.Stream == nil || *o.Stream }

func (s *Server) ollamaChat(w http.ResponseWriter, r *http.Request) {
	s.ollama(w, r, func(piece string, done bool) map[string]any {
		m := map[string]any{"role": "assistant", "content": piece}
		return map[string]any{"message": m, "done": done}
	})
}

func (s *Server) ollamaGenerate(w http.ResponseWriter, r *http.Request) {
	s.ollama(w, r, func(piece string, done bool) map[string]any {
		return map[string]any{"response": piece, "done": done}
	})
}

// ollama serves both text endpoints: they differ only in the shape of
// each NDJSON line.
func (s *Server) ollama(w http.ResponseWriter, r *http.Request, line func(piece string, done bool) map[string]any) {
	body, _ := io.ReadAll(r.Body)
	var in ollamaRequest
	if err := json.Unmarshal(body, &in); err != nil {
		writeJSON(w, 400, map[string]any{"error": "invalid JSON"})
		return
	}
	req := Request{Path: r.URL.Path, Model: in.Model, Stream: in.streams(), Messages: in.Messages, Prompt: in.Prompt, Body: body}
	rep := s.next(req)
	switch rep.Kind {
	case RateLimited:
		w.Header().Set("Retry-After", rep.RetryAfter)
		writeJSON(w, 429, map[string]any{"error": "too many requests"})
		return
	case ServerError:
		writeJSON(w, 500, map[string]any{"error": "model runner has unexpectedly stopped"})
		return
	case Malformed:
		w.Header().Set("Content-Type", "application/x-ndjson")
		io.WriteString(w, "{\"message\":{\"content\":\n")
		return
	case Stall:
		s.stall(r)
		return
	}
	text := rep.text(req)
	stamp := func(m map[string]any) map[string]any {
		m["model"], m["created_at"] = in.Model, time.Now().UTC().Format(time.RFC3339Nano)
		return m
	}
	final := func() map[string]any {
		m := stamp(line("", true))
		m["done_reason"], m["prompt_eval_count"], m["eval_count"] = "stop", len(req.Text())/4, len(text)/4
		return m
	}
	if !in.streams() {
		m := final()
		for k, v := range line(text, true) {
			m[k] = v
		}
		writeJSON(w, 200, m)
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.WriteHeader(200)
	enc := json.NewEncoder(w)
	pieces := Pieces(text)
	if rep.Kind == CutStream {
		pieces = Pieces(rep.cut(text))
	}
	for _, p := range pieces {
		time.Sleep(rep.Delay)
		_ = enc.Encode(stamp(line(p, false)))
		w.(http.Flusher).Flush()
	}
	if rep.Kind == CutStream {
		abort(w)
	}
	_ = enc.Encode(final())
}

func (s *Server) ollamaEmbed(w http.ResponseWriter, r *http.Request) {
	model, texts, ok := s.embedRequest(w, r, map[string]any{"error": "invalid JSON"})
	if !ok {
		return
	}
	var vecs [][]float32
	for _, t := range texts {
		vecs = append(vecs, Vector(t))
	}
	writeJSON(w, 200, map[string]any{"model": model, "embeddings": vecs})
}

// embedRequest reads an embedding request, {"model", "input"} in both
// protocols, and records it; a body that is not JSON is answered 400 with
// invalid, and ok is false.
func (s *Server) embedRequest(w http.ResponseWriter, r *http.Request, invalid any) (model string, texts []string, ok bool) {
	body, _ := io.ReadAll(r.Body)
	var in struct {
		Model string          `json:"model"`
		Input json.RawMessage `json:"input"`
	}
	if json.Unmarshal(body, &in) != nil {
		writeJSON(w, 400, invalid)
		return "", nil, false
	}
	s.next(Request{Path: r.URL.Path, Model: in.Model, Body: body})
	return in.Model, inputs(in.Input), true
}

// ollamaEmbeddings is the older single-prompt endpoint.
func (s *Server) ollamaEmbeddings(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var in struct {
		Model  string `json:"model"`
		Prompt string `json:"prompt"`
	}
	if json.Unmarshal(body, &in) != nil {
		writeJSON(w, 400, map[string]any{"error": "invalid JSON"})
		return
	}
	s.next(Request{Path: r.URL.Path, Model: in.Model, Prompt: in.Prompt, Body: body})
	writeJSON(w, 200, map[string]any{"embedding": Vector(in.Prompt)})
}

// inputs accepts a single string or a list, as both protocols do.
func inputs(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(raw, &many)
	return many
}

// Dims is the dimension of the fake embeddings.
const Dims = 8

// Vector is a deterministic unit vector for text, so embedding tests can
// compare exact values.
func Vector(text string) []float32 {
	v := make([]float32, Dims)
	var norm float64
	for i := range v {
		h := fnv.New32a()
		h.Write([]byte{byte(i)})
		h.Write([]byte(text))
		v[i] = float32(h.Sum32()%2000)/1000 - 1
		norm += float64(v[i]) * float64(v[i])
	}
	for i := range v {
		v[i] /= float32(math.Sqrt(norm))
	}
	return v
}
