package llm

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/fakellm"
)

func TestParseSpec(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want ModelSpec
	}{
		{"openai:gpt-4o-mini@https://api.example/v1", ModelSpec{Provider: "openai", Model: "gpt-4o-mini", BaseURL: "https://api.example/v1", APIKeyEnv: "OPENAI_API_KEY", Timeout: DefaultTimeout, MaxTokens: DefaultMaxTokens}},
		{"ollama:qwen2.5:7b@http://127.0.0.1:11434", ModelSpec{Provider: "ollama", Model: "qwen2.5:7b", BaseURL: "http://127.0.0.1:11434", Timeout: DefaultTimeout, MaxTokens: DefaultMaxTokens}},
		{"anthropic:claude-3-5-haiku", ModelSpec{Provider: "anthropic", Model: "claude-3-5-haiku", APIKeyEnv: "ANTHROPIC_API_KEY", Timeout: DefaultTimeout, MaxTokens: DefaultMaxTokens}},
		{"Qwen:qwen-plus;key_env=MY_KEY;timeout=20s;max_tokens=500;price_in=0.4;price_out=1.2",
			ModelSpec{Provider: "qwen", Model: "qwen-plus", BaseURL: "https://dashscope.aliyuncs.com/compatible-mode/v1", APIKeyEnv: "MY_KEY", Timeout: 20 * time.Second, MaxTokens: 500, PriceIn: 0.4, PriceOut: 1.2}},
	} {
		got, err := ParseSpec(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseSpec(%q) = %+v, %v\nwant %+v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "gpt-4o", "openai:", "nosuch:model", "openai:m;timeout=soon", "openai:m;color=red"} {
		if _, err := ParseSpec(bad); err == nil {
			t.Errorf("ParseSpec(%q) accepted", bad)
		}
	}
}

func TestLoadConfigFileThenEnv(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	c, err := LoadConfig("testdata/config.json", getenv)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Answer) != 2 || c.Answer[0].PriceOut != 1.1 || c.Answer[1].Timeout != 90*time.Second || c.Answer[1].BaseURL != "http://gpu-box:11434" {
		t.Fatalf("answer = %+v", c.Answer)
	}
	if c.Deadline != 45*time.Second || c.Tries != 2 || c.Embed[0].Model != "bge-m3" || c.LinkHosts[0] != "docs.example.com" {
		t.Fatalf("config = %+v", c)
	}
	env[EnvAnswer] = "vllm:qwen2.5-72b@http://10.0.0.5:8000/v1, ollama:qwen2.5:7b"
	env[EnvDeadline] = "10s"
	c, err = LoadConfig("testdata/config.json", getenv)
	if err != nil || len(c.Answer) != 2 || c.Answer[0].String() != "vllm:qwen2.5-72b" || c.Answer[1].BaseURL != "http://127.0.0.1:11434" || c.Deadline != 10*time.Second {
		t.Fatalf("env override: %+v, %v", c, err)
	}
	env[EnvAnswer] = "openai"
	if _, err := LoadConfig("", getenv); err == nil {
		t.Fatal("bad env spec accepted")
	}
}

func TestOpenNeedsTheNamedKeyButNotForLocalServers(t *testing.T) {
	none := func(string) string { return "" }
	if _, err := Open(ModelSpec{Provider: "deepseek", Model: "deepseek-chat"}, none, nil); err == nil || !strings.Contains(err.Error(), "DEEPSEEK_API_KEY") {
		t.Fatalf("missing key: %v", err)
	}
	if _, err := Open(ModelSpec{Provider: "anthropic", Model: "claude-3-5-haiku"}, func(string) string { return "k" }, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ModelSpec{Provider: "llamacpp", Model: "local"}, none, nil); err != nil {
		t.Fatal(err)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"": 0, "2": 2 * time.Second, "0.5": 500 * time.Millisecond, "soon": 0, "-3": 0,
		"Wed, 01 Jan 2025 12:00:30 GMT": 30 * time.Second,
	} {
		if got := parseRetryAfter(in, now); got != want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", in, got, want)
		}
	}
}

// OpenAI-compatible servers get the reply limit as max_tokens, which they
// all know; llama.cpp ignores max_completion_tokens and writes on until
// its context is full. Only OpenAI itself gets the newer field.
func TestReplyLimitTravelsAsMaxTokensToCompatibleServers(t *testing.T) {
	srv := fakellm.Start(t)
	a := answerer(5*time.Second, open(t, ModelSpec{Provider: "llamacpp", Model: "m", BaseURL: srv.OpenAIURL(), Timeout: time.Second, MaxTokens: 42}))
	run(t, a, pumpEvidence("rated power?"), nil)
	var body map[string]any
	if err := json.Unmarshal(srv.Requests()[0].Body, &body); err != nil {
		t.Fatal(err)
	}
	if body["max_tokens"] != float64(42) || body["max_completion_tokens"] != nil {
		t.Fatalf("request limits: max_tokens %v, max_completion_tokens %v", body["max_tokens"], body["max_completion_tokens"])
	}
	for spec, legacy := range map[string]bool{
		"openai:gpt-4o-mini": false, "openai:m@http://gateway:8000/v1": true, "deepseek:deepseek-chat": true,
		"llamacpp:local": true, "ollama:qwen2.5:7b": false, "anthropic:claude-3-5-haiku": false,
	} {
		s, err := ParseSpec(spec)
		if err != nil {
			t.Fatal(err)
		}
		if s, _ = s.withDefaults(); s.legacyMaxTokens() != legacy {
			t.Errorf("%s: max_tokens %v, want %v", spec, !legacy, legacy)
		}
	}
}
