package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// The OpenAI-compatible endpoint lets any OpenAI client (SDKs, chat user
// interfaces, agent frameworks) ask kgassist by pointing its base URL at
// /v1. The conversation travels in every request, as OpenAI's API wants,
// so nothing is stored server-side beyond the audit row.

// openAIModel is the one model kgassist offers; requests may name any.
const openAIModel = "kgassist"

type openAI struct{ s *Server }

func newOpenAI(s *Server) *openAI { return &openAI{s: s} }

type openAIMessage struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
}

type completionRequest struct {
	Model         string          `json:"model"`
	Messages      []openAIMessage `json:"messages"`
	Stream        bool            `json:"stream"`
	N             *int            `json:"n"`
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
}

// completions answers the last user message; earlier user and assistant
// turns are history for the follow-up rewriter. System and developer
// messages are read but not obeyed: the answerer's grounded prompt is
// kgassist's own, so a caller cannot talk it out of citing or into
// revealing what its clearance hides.
func (o *openAI) completions(c echo.Context) error {
	var req completionRequest
	if err := json.NewDecoder(c.Request().Body).Decode(&req); err != nil {
		return kg.Errorf(kg.EINVALID, "request body must be a chat completion request: {\"model\": \"kgassist\", \"messages\": [...]}")
	}
	if req.N != nil && *req.N != 1 {
		return kg.Errorf(kg.EINVALID, "n must be 1")
	}
	question, history, err := conversationOf(req.Messages)
	if err != nil {
		return err
	}
	if err := checkQuestion(question); err != nil {
		return err
	}
	s, p := o.s, principalOf(c)
	cs := newCompletionStream(c, req, question)
	var fn assistant.StreamFunc
	if req.Stream {
		fn = cs.event
	}
	l := s.ledger(c, p)
	l.answerID = cs.id
	r, err := s.conv.Ask(c.Request().Context(), assistant.Message{Question: question, Clearance: p.Default, Stream: fn, Ledger: l,
		History: func(context.Context) ([]assistant.Turn, error) { return history, nil }})
	if err != nil {
		return cs.fail(err)
	}
	out := &ChatAnswer{Answer: r.Answer, AnswerID: cs.id, Asked: r.Asked, Rewritten: r.Rewritten}
	if req.Stream {
		return cs.finish(out)
	}
	return c.JSON(http.StatusOK, cs.completion(out))
}

// conversationOf splits OpenAI messages into the question (the last
// message, which must be the user's) and the turns before it.
func conversationOf(msgs []openAIMessage) (string, []assistant.Turn, error) {
	if len(msgs) == 0 {
		return "", nil, kg.Errorf(kg.EINVALID, "messages must hold at least one user message")
	}
	var turns []assistant.Turn
	for i, m := range msgs {
		text, err := messageText(m.Content)
		if err != nil {
			return "", nil, err
		}
		switch m.Role {
		case "user":
			if i == len(msgs)-1 {
				return text, turns, nil
			}
			turns = append(turns, assistant.Turn{Question: text})
		case "assistant":
			if n := len(turns); n > 0 && turns[n-1].Answer == "" {
				turns[n-1].Answer = withoutSources(text)
			}
		case "system", "developer", "tool", "function":
		default:
			return "", nil, kg.Errorf(kg.EINVALID, "messages[%d]: unknown role %q", i, m.Role)
		}
	}
	return "", nil, kg.Errorf(kg.EINVALID, "the last message must be the user's question")
}

// messageText reads a message's content: a string, an array of parts of
// which only text is understood, or null (an assistant's tool call).
func messageText(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var parts []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", kg.Errorf(kg.EINVALID, "message content must be a string or an array of parts")
	}
	var b strings.Builder
	for _, p := range parts {
		if p.Type != "text" {
			return "", kg.Errorf(kg.EUNSUPPORTED, "content part %q is not supported; send text", p.Type)
		}
		b.WriteString(p.Text)
	}
	return b.String(), nil
}

// sourcesHeading starts the list of sources appended to answers; clients
// echo it back in history, where it is cut off again.
const sourcesHeading = "\n\nSources:\n"

func withoutSources(answer string) string {
	if i := strings.Index(answer, sourcesHeading); i >= 0 {
		return answer[:i]
	}
	return answer
}

// sourcesText lists citations as "[n] title — section, p. N" lines for
// clients that show only text.
func sourcesText(cites []assistant.Citation) string {
	if len(cites) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(sourcesHeading)
	for _, c := range cites {
		title := c.Document.Title
		if title == "" {
			title = c.Document.URI
		}
		fmt.Fprintf(&b, "[%d] %s", c.N, title)
		var where []string
		if c.Section != "" {
			where = append(where, c.Section)
		}
		if c.Page > 0 {
			where = append(where, fmt.Sprintf("p. %d", c.Page))
		}
		if len(where) > 0 {
			b.WriteString(" — " + strings.Join(where, ", "))
		}
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n")
}

// restartNote is streamed when the answerer starts over after part of an
// answer went out: OpenAI's stream can only append, so the reader is told
// that the complete answer follows. The final chunk's kgassist field and a
// non-streamed request carry the corrected answer alone.
func restartNote(question string) string {
	if textseg.HasCJK(question) {
		return "\n\n（以上回答中断，以下为完整回答。）\n\n"
	}
	return "\n\n(The answer above was interrupted; the complete answer follows.)\n\n"
}

// models lists the one model, so clients that pick a model from the list
// find it.
func (o *openAI) models(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]any{"object": "list", "data": []map[string]any{
		{"id": openAIModel, "object": "model", "created": modelCreated, "owned_by": "kgassist"},
	}})
}

// modelCreated is fixed so the list does not change between calls.
var modelCreated = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Unix()

// openAIErrorBody is OpenAI's error shape, which its clients parse.
type openAIErrorBody struct {
	Error struct {
		Message string  `json:"message"`
		Type    string  `json:"type"`
		Param   *string `json:"param"`
		Code    string  `json:"code"`
	} `json:"error"`
}

// openAIErrors renders the errors of the routes behind it, authentication
// included, in OpenAI's shape with the status kgassist gives them.
func openAIErrors(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		err := next(c)
		if err == nil || c.Response().Committed {
			return err
		}
		status, body := openAIError(err)
		return c.JSON(status, body)
	}
}

func openAIError(err error) (int, openAIErrorBody) {
	code, msg := kg.ErrorCode(err), kg.ErrorMessage(err)
	status := statusOf(code)
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code, msg, status = codeOfHTTP(he.Code), http.StatusText(he.Code), he.Code
		if m, ok := he.Message.(string); ok {
			msg = m
		}
	}
	var b openAIErrorBody
	b.Error.Message, b.Error.Type, b.Error.Code = msg, openAIErrorType(status), code
	return status, b
}

func openAIErrorType(status int) string {
	switch {
	case status == http.StatusUnauthorized:
		return "authentication_error"
	case status == http.StatusForbidden:
		return "permission_error"
	case status == http.StatusTooManyRequests:
		return "rate_limit_error"
	case status >= 500:
		return "server_error"
	}
	return "invalid_request_error"
}

// completion is OpenAI's chat.completion and chat.completion.chunk object,
// plus a kgassist field with what OpenAI's shape has no room for.
type completion struct {
	ID       string             `json:"id"`
	Object   string             `json:"object"`
	Created  int64              `json:"created"`
	Model    string             `json:"model"`
	Choices  []completionChoice `json:"choices"`
	Usage    *completionUsage   `json:"usage,omitempty"`
	KGAssist *completionExtra   `json:"kgassist,omitempty"`
}

type completionChoice struct {
	Index        int                `json:"index"`
	Message      *completionMessage `json:"message,omitempty"`
	Delta        *completionMessage `json:"delta,omitempty"`
	Logprobs     *struct{}          `json:"logprobs"`
	FinishReason *string            `json:"finish_reason"`
}

type completionMessage struct {
	Role    string `json:"role,omitempty"`
	Content string `json:"content,omitempty"`
}

type completionUsage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// completionExtra carries the structured citations, so clients need not
// parse the Sources text.
type completionExtra struct {
	Answer    string               `json:"answer"`
	Citations []assistant.Citation `json:"citations"`
	Abstained bool                 `json:"abstained"`
	Evidence  kg.Subgraph          `json:"evidence"`
	Rewritten string               `json:"rewritten,omitempty"`
}

// completionStream writes one completion, whole or as chunks.
type completionStream struct {
	w          *sse
	id, model  string
	created    int64
	question   string
	usage      bool
	opened     bool // the role chunk went out
	sent       bool // some answer text went out
	restarting bool
}

func newCompletionStream(c echo.Context, req completionRequest, question string) *completionStream {
	model := req.Model
	if model == "" {
		model = openAIModel
	}
	return &completionStream{w: &sse{c: c}, id: "chatcmpl-" + randomHex(12), model: model,
		created: time.Now().Unix(), question: question, usage: req.StreamOptions != nil && req.StreamOptions.IncludeUsage}
}

func (cs *completionStream) object(kind string, choices ...completionChoice) completion {
	if choices == nil {
		choices = []completionChoice{}
	}
	return completion{ID: cs.id, Object: kind, Created: cs.created, Model: cs.model, Choices: choices}
}

func usageOf(out *ChatAnswer) *completionUsage {
	p, a := textseg.EstimateTokens(out.Asked), textseg.EstimateTokens(out.Answer.Answer)
	return &completionUsage{PromptTokens: p, CompletionTokens: a, TotalTokens: p + a}
}

func extraOf(out *ChatAnswer) *completionExtra {
	return &completionExtra{Answer: out.Answer.Answer, Citations: out.Citations, Abstained: out.Abstained,
		Evidence: out.Evidence, Rewritten: out.Rewritten}
}

// completion is the non-streamed reply.
func (cs *completionStream) completion(out *ChatAnswer) completion {
	stop := "stop"
	msg := &completionMessage{Role: "assistant", Content: out.Answer.Answer + sourcesText(out.Citations)}
	r := cs.object("chat.completion", completionChoice{Message: msg, FinishReason: &stop})
	r.Usage, r.KGAssist = usageOf(out), extraOf(out)
	return r
}

func (cs *completionStream) delta(d completionMessage) error {
	return cs.chunk(cs.object("chat.completion.chunk", completionChoice{Delta: &d}))
}

func (cs *completionStream) chunk(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return cs.w.raw(b)
}

func (cs *completionStream) open() error {
	if cs.opened {
		return nil
	}
	cs.opened = true
	return cs.delta(completionMessage{Role: "assistant"})
}

// event passes the answerer's text on as content deltas. A reset after
// text went out cannot take that text back; the restart note is sent
// before the new answer's first text instead.
func (cs *completionStream) event(ev assistant.StreamEvent) error {
	if err := cs.open(); err != nil {
		return err
	}
	if ev.Reset {
		cs.restarting = cs.restarting || cs.sent
		return nil
	}
	if ev.Text == "" {
		return nil
	}
	text := ev.Text
	if cs.restarting {
		text, cs.restarting = restartNote(cs.question)+text, false
	}
	cs.sent = true
	return cs.delta(completionMessage{Content: text})
}

// finish sends the sources, the stop chunk, the usage when asked for, and
// [DONE]. A client gone away is not an error to report.
func (cs *completionStream) finish(out *ChatAnswer) error {
	stop := "stop"
	last := cs.object("chat.completion.chunk", completionChoice{Delta: &completionMessage{}, FinishReason: &stop})
	last.KGAssist = extraOf(out)
	steps := []func() error{cs.open, func() error { return cs.sendSources(out) }, func() error { return cs.chunk(last) }}
	if cs.usage {
		u := cs.object("chat.completion.chunk")
		u.Usage = usageOf(out)
		steps = append(steps, func() error { return cs.chunk(u) })
	}
	steps = append(steps, func() error { return cs.w.raw([]byte("[DONE]")) })
	for _, step := range steps {
		if err := step(); err != nil {
			return nil
		}
	}
	return nil
}

func (cs *completionStream) sendSources(out *ChatAnswer) error {
	if src := sourcesText(out.Citations); src != "" {
		return cs.delta(completionMessage{Content: src})
	}
	return nil
}

// fail reports an error: as the response when nothing was streamed yet,
// else as an error event in OpenAI's stream shape.
func (cs *completionStream) fail(err error) error {
	if !cs.w.started {
		return err
	}
	_, body := openAIError(err)
	_ = cs.chunk(body)
	return nil
}
