package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

// openAIClient is OpenAI's own Go client pointed at the test server.
func (e *env) openAIClient(secret string) openai.Client {
	return openai.NewClient(option.WithBaseURL(e.ts.URL+"/v1/"), option.WithAPIKey(secret), option.WithMaxRetries(0))
}

func userAsks(q string) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Model: "kgassist-test", Messages: []openai.ChatCompletionMessageParamUnion{
		openai.SystemMessage("You are a helpful assistant."), openai.UserMessage(q)}}
}

// extraOfRaw reads the kgassist field that OpenAI's types keep as extra.
func extraOfRaw(t *testing.T, raw string) completionExtra {
	t.Helper()
	if raw == "" {
		t.Fatal("no kgassist field")
	}
	return decode[completionExtra](t, []byte(raw))
}

var sourceLine = regexp.MustCompile(`(?m)^\[(\d+)\] (.+)$`)

// checkSources asserts the content ends with one Sources line per citation.
func checkSources(t *testing.T, content string, cites []assistant.Citation) {
	t.Helper()
	_, src, ok := strings.Cut(content, "\n\nSources:\n")
	lines := sourceLine.FindAllStringSubmatch(src, -1)
	if !ok || len(cites) == 0 || len(lines) != len(cites) {
		t.Fatalf("content %q lists %d sources for %d citations", content, len(lines), len(cites))
	}
	for i, c := range cites {
		if lines[i][1] != fmt.Sprint(c.N) || !strings.HasPrefix(lines[i][2], c.Document.Title) {
			t.Errorf("source line %q for citation %d %q", lines[i][0], c.N, c.Document.Title)
		}
	}
}

func TestOpenAIClientCompletes(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	client := e.openAIClient(e.keys["chat"])
	ctx := t.Context()
	resp, err := client.Chat.Completions.New(ctx, userAsks("What is the rated voltage of the HF-CP200?"))
	if err != nil {
		t.Fatal(err)
	}
	if resp.Model != "kgassist-test" || string(resp.Object) != "chat.completion" || len(resp.Choices) != 1 || resp.Choices[0].FinishReason != "stop" {
		t.Fatalf("completion = %s", resp.RawJSON())
	}
	msg := resp.Choices[0].Message
	extra := extraOfRaw(t, resp.JSON.ExtraFields["kgassist"].Raw())
	if string(msg.Role) != "assistant" || !strings.Contains(msg.Content, "380") || !strings.HasPrefix(msg.Content, extra.Answer) || extra.Abstained {
		t.Fatalf("message = %q, kgassist = %+v", msg.Content, extra)
	}
	checkSources(t, msg.Content, extra.Citations)
	if u := resp.Usage; u.PromptTokens != int64(textseg.EstimateTokens("What is the rated voltage of the HF-CP200?")) ||
		u.CompletionTokens != int64(textseg.EstimateTokens(extra.Answer)) || u.TotalTokens != u.PromptTokens+u.CompletionTokens {
		t.Errorf("usage = %+v", u)
	}

	// The stream delivers the same content, role first and stop last.
	stream := client.Chat.Completions.NewStreaming(ctx, userAsks("What is the rated voltage of the HF-CP200?"))
	var acc openai.ChatCompletionAccumulator
	var chunks []openai.ChatCompletionChunk
	for stream.Next() {
		acc.AddChunk(stream.Current())
		chunks = append(chunks, stream.Current())
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	last := chunks[len(chunks)-1]
	if len(chunks) < 3 || chunks[0].Choices[0].Delta.Role != "assistant" || last.Choices[0].FinishReason != "stop" {
		t.Fatalf("%d chunks, first %s, last %s", len(chunks), chunks[0].RawJSON(), last.RawJSON())
	}
	if got := acc.Choices[0].Message.Content; got != msg.Content {
		t.Errorf("streamed %q, completed %q", got, msg.Content)
	}
	if x := extraOfRaw(t, last.JSON.ExtraFields["kgassist"].Raw()); len(x.Citations) != len(extra.Citations) || x.Answer != extra.Answer {
		t.Errorf("final chunk kgassist = %+v", x)
	}

	// Both answers are audited and counted against the key.
	_, body := e.do(call{method: "GET", path: "/v1/audit"}, e.keys["admin"])
	log := decode[struct{ Audit []auth.AuditEntry }](t, body).Audit
	if len(log) != 2 || log[0].Route != "/v1/chat/completions" || log[0].KeyID != e.ids["chat"] || len(log[0].Sources) == 0 {
		t.Fatalf("audit = %s", body)
	}
	if used, _ := e.db.TokensToday(ctx, e.ids["chat"]); used != 2*int(resp.Usage.TotalTokens) {
		t.Errorf("tokens counted %d, want %d", used, 2*resp.Usage.TotalTokens)
	}
}

func TestOpenAIStreamUsageAndModels(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	client := e.openAIClient(e.keys["widget"])
	p := userAsks("What is the rated voltage of the HF-CP200?")
	p.StreamOptions = openai.ChatCompletionStreamOptionsParam{IncludeUsage: openai.Bool(true)}
	stream := client.Chat.Completions.NewStreaming(t.Context(), p)
	var last openai.ChatCompletionChunk
	for stream.Next() {
		last = stream.Current()
	}
	if stream.Err() != nil || len(last.Choices) != 0 || last.Usage.TotalTokens == 0 {
		t.Fatalf("last chunk %s, err %v", last.RawJSON(), stream.Err())
	}
	models, err := client.Models.List(t.Context())
	if err != nil || len(models.Data) != 1 || models.Data[0].ID != "kgassist" {
		t.Fatalf("models = %+v, %v", models, err)
	}
}

func TestOpenAIFollowUpUsesHistory(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	client := e.openAIClient(e.keys["chat"])
	first, err := client.Chat.Completions.New(t.Context(), userAsks("What is the rated voltage of the HF-CP200?"))
	if err != nil {
		t.Fatal(err)
	}
	p := userAsks("What is the rated voltage of the HF-CP200?")
	p.Messages = append(p.Messages, openai.AssistantMessage(first.Choices[0].Message.Content), openai.UserMessage("and its weight?"))
	next, err := client.Chat.Completions.New(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	if x := extraOfRaw(t, next.JSON.ExtraFields["kgassist"].Raw()); !strings.Contains(x.Rewritten, "HF-CP200") {
		t.Fatalf("follow-up rewritten as %q", x.Rewritten)
	}
}

// internalOnly is a fact only internal documents hold (the assembly SOP).
const internalOnly = "What is the tightening torque of the impeller nut?"

func TestOpenAIPublicKeyCannotSeeInternal(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	answer := func(key string) (string, completionExtra) {
		client := e.openAIClient(e.keys[key])
		resp, err := client.Chat.Completions.New(t.Context(), userAsks(internalOnly))
		if err != nil {
			t.Fatal(err)
		}
		return resp.Choices[0].Message.Content, extraOfRaw(t, resp.JSON.ExtraFields["kgassist"].Raw())
	}
	content, x := answer("chat")
	if !strings.Contains(content, "45") || len(x.Citations) == 0 {
		t.Fatalf("internal key: %q", content)
	}
	content, x = answer("widget")
	if strings.Contains(content, "45 N") || strings.Contains(content, "45N") {
		t.Errorf("public key sees the internal torque: %q", content)
	}
	for _, c := range x.Citations {
		if d, err := e.srv.opts.Store.Document(t.Context(), kg.Public, c.Document.ID); err != nil || d.Audience != kg.Public {
			t.Errorf("public key cites %s (%v)", c.Document.URI, err)
		}
	}
}

func TestOpenAIErrorsInOpenAIShape(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	client := e.openAIClient("kga_" + strings.Repeat("x", 43))
	_, err := client.Chat.Completions.New(t.Context(), userAsks("What is the rated voltage of the HF-CP200?"))
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 401 || apiErr.Type != "authentication_error" || apiErr.Code != kg.EUNAUTHORIZED || apiErr.Message == "" {
		t.Fatalf("wrong key: %v", err)
	}
	for _, tc := range []struct {
		body   any
		key    string
		status int
		typ    string
	}{
		{map[string]any{"model": "x", "messages": []map[string]string{{"role": "assistant", "content": "hi"}}}, "chat", 400, "invalid_request_error"},
		{map[string]any{"model": "x", "messages": []map[string]string{}}, "chat", 400, "invalid_request_error"},
		{map[string]any{"model": "x", "messages": []map[string]string{{"role": "user", "content": "hi"}}}, "ingest", 403, "permission_error"},
		{map[string]any{"model": "x", "messages": []map[string]any{{"role": "user", "content": []map[string]string{{"type": "image_url"}}}}}, "chat", 415, "invalid_request_error"},
		{"not an object", "chat", 400, "invalid_request_error"},
	} {
		resp, body := e.do(call{method: "POST", path: "/v1/chat/completions", body: tc.body}, e.keys[tc.key])
		var got openAIErrorBody
		if err := json.Unmarshal(body, &got); err != nil || resp.StatusCode != tc.status || got.Error.Type != tc.typ || got.Error.Message == "" || got.Error.Code == "" {
			t.Errorf("%v: %d %s", tc.body, resp.StatusCode, body)
		}
	}
}

// restarter streams a first attempt, resets, and streams the answer that
// stands, as the LLM chain does when a model fails mid-answer.
type restarter struct{}

func (restarter) Name() string { return "restarter" }

func (restarter) Answer(ctx context.Context, ev *retrieval.Evidence) (assistant.Draft, error) {
	return assistant.Draft{Text: "Second answer [1]."}, nil
}

func (restarter) AnswerStream(ctx context.Context, ev *retrieval.Evidence, emit assistant.StreamFunc) (assistant.Draft, error) {
	for _, step := range []assistant.StreamEvent{{Text: "First try [1]. "}, {Reset: true, Reason: "model failed"}, {Text: "Second answer [1]."}} {
		if err := emit(step); err != nil {
			return assistant.Draft{}, err
		}
	}
	return assistant.Draft{Text: "Second answer [1]."}, nil
}

func TestOpenAIStreamAfterReset(t *testing.T) {
	e := newEnv(t, envOptions{tweak: func(o *Options) {
		o.Assistant = assistant.New(retrieval.New(o.Store, hashembed.New(0), retrieval.Options{}), restarter{})
	}})
	e.standardKeys()
	client := e.openAIClient(e.keys["chat"])
	stream := client.Chat.Completions.NewStreaming(t.Context(), userAsks("What is the rated voltage of the HF-CP200?"))
	var acc openai.ChatCompletionAccumulator
	var last openai.ChatCompletionChunk
	for stream.Next() {
		acc.AddChunk(stream.Current())
		last = stream.Current()
	}
	if stream.Err() != nil {
		t.Fatal(stream.Err())
	}
	x := extraOfRaw(t, last.JSON.ExtraFields["kgassist"].Raw())
	want := "First try [1]. " + restartNote("?") + "Second answer [1]." + sourcesText(x.Citations)
	if got := acc.Choices[0].Message.Content; got != want || x.Answer != "Second answer [1]." {
		t.Fatalf("streamed %q, kgassist.answer %q", got, x.Answer)
	}
	resp, body := e.do(call{method: "POST", path: "/v1/chat/completions", body: map[string]any{"model": "kgassist",
		"messages": []map[string]string{{"role": "user", "content": "What is the rated voltage of the HF-CP200?"}}}}, e.keys["chat"])
	c := decode[completion](t, body)
	if resp.StatusCode != 200 || !strings.HasPrefix(c.Choices[0].Message.Content, "Second answer [1].\n\nSources:\n[1] ") {
		t.Fatalf("non-streamed: %d %s", resp.StatusCode, body)
	}
}
