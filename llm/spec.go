// Package llm answers questions from evidence with large language models
// reached through langchaingo: several models per task with retries and
// fallback, a grounded prompt, checks on what the model wrote, streaming
// that never shows a client duplicated or unchecked text, and the
// rewriting of follow-up questions. When every model fails, the extractive
// answerer answers and says so.
package llm

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// ModelSpec names one model and how to reach it.
type ModelSpec struct {
	Provider  string        `json:"provider"` // openai, ollama, anthropic, or an OpenAI-compatible vendor
	Model     string        `json:"model"`
	BaseURL   string        `json:"base_url,omitempty"`
	APIKeyEnv string        `json:"api_key_env,omitempty"` // the variable holding the key; keys never appear in config
	Timeout   time.Duration `json:"-"`                     // per try
	MaxTokens int           `json:"max_tokens,omitempty"`
	PriceIn   float64       `json:"price_in,omitempty"`  // per million input tokens
	PriceOut  float64       `json:"price_out,omitempty"` // per million output tokens
}

// vendor holds the defaults of a provider name. The Chinese vendors and
// local servers speak the OpenAI protocol, so they differ only in where
// they live and which variable holds their key.
type vendor struct {
	protocol, baseURL, keyEnv string
}

var vendors = map[string]vendor{
	"openai":    {"openai", "https://api.openai.com/v1", "OPENAI_API_KEY"},
	"deepseek":  {"openai", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY"},
	"dashscope": {"openai", "https://dashscope.aliyuncs.com/compatible-mode/v1", "DASHSCOPE_API_KEY"},
	"qwen":      {"openai", "https://dashscope.aliyuncs.com/compatible-mode/v1", "DASHSCOPE_API_KEY"},
	"moonshot":  {"openai", "https://api.moonshot.cn/v1", "MOONSHOT_API_KEY"},
	"zhipu":     {"openai", "https://open.bigmodel.cn/api/paas/v4", "ZHIPUAI_API_KEY"},
	"vllm":      {"openai", "http://127.0.0.1:8000/v1", ""},
	"llamacpp":  {"openai", "http://127.0.0.1:8080/v1", ""},
	"ollama":    {"ollama", "http://127.0.0.1:11434", ""},
	"anthropic": {"anthropic", "", "ANTHROPIC_API_KEY"},
}

// Defaults for a spec that leaves them out.
const (
	DefaultTimeout   = 30 * time.Second
	DefaultMaxTokens = 800
)

// ParseSpec reads the compact form
//
//	provider:model[@base-url][;key=VALUE...]
//
// e.g. "openai:gpt-4o-mini@https://api.example/v1",
// "ollama:qwen2.5:7b@http://127.0.0.1:11434" or
// "deepseek:deepseek-chat;key_env=DS_KEY;timeout=20s;price_in=0.27;price_out=1.1".
// The model may contain colons; the base URL starts at the first "@".
func ParseSpec(s string) (ModelSpec, error) {
	s = strings.TrimSpace(s)
	head, opts, _ := strings.Cut(s, ";")
	provider, rest, ok := strings.Cut(head, ":")
	if !ok || provider == "" || rest == "" {
		return ModelSpec{}, kg.Errorf(kg.EINVALID, "model spec %q: want provider:model[@base-url]", s)
	}
	spec := ModelSpec{Provider: strings.ToLower(provider)}
	spec.Model, spec.BaseURL, _ = strings.Cut(rest, "@")
	for _, kv := range strings.Split(opts, ";") {
		if kv == "" {
			continue
		}
		if err := spec.set(kv); err != nil {
			return ModelSpec{}, kg.Errorf(kg.EINVALID, "model spec %q: %v", s, err)
		}
	}
	return spec.withDefaults()
}

func (m *ModelSpec) set(kv string) error {
	k, v, _ := strings.Cut(kv, "=")
	var err error
	switch strings.TrimSpace(k) {
	case "key_env":
		m.APIKeyEnv = v
	case "timeout":
		m.Timeout, err = time.ParseDuration(v)
	case "max_tokens":
		m.MaxTokens, err = strconv.Atoi(v)
	case "price_in":
		m.PriceIn, err = strconv.ParseFloat(v, 64)
	case "price_out":
		m.PriceOut, err = strconv.ParseFloat(v, 64)
	default:
		return kg.Errorf(kg.EINVALID, "unknown option %q", k)
	}
	return err
}

// withDefaults fills what the vendor implies and validates the rest.
func (m ModelSpec) withDefaults() (ModelSpec, error) {
	m.Provider = strings.ToLower(m.Provider)
	v, ok := vendors[m.Provider]
	if !ok {
		return m, kg.Errorf(kg.EINVALID, "unknown provider %q", m.Provider)
	}
	if m.Model == "" {
		return m, kg.Errorf(kg.EINVALID, "provider %s: no model named", m.Provider)
	}
	if m.BaseURL == "" {
		m.BaseURL = v.baseURL
	}
	if m.APIKeyEnv == "" {
		m.APIKeyEnv = v.keyEnv
	}
	if m.Timeout <= 0 {
		m.Timeout = DefaultTimeout
	}
	if m.MaxTokens <= 0 {
		m.MaxTokens = DefaultMaxTokens
	}
	return m, nil
}

// protocol is the wire protocol the provider speaks.
func (m ModelSpec) protocol() string { return vendors[m.Provider].protocol }

// legacyMaxTokens reports whether the reply limit must travel as
// max_tokens. OpenAI itself takes max_completion_tokens, but servers that
// copy its protocol know only max_tokens and ignore the newer field:
// llama.cpp then writes until its context is full (minutes on a CPU).
func (m ModelSpec) legacyMaxTokens() bool {
	return m.protocol() == "openai" && m.BaseURL != vendors["openai"].baseURL
}

// String is the compact name used in traces: provider:model.
func (m ModelSpec) String() string { return m.Provider + ":" + m.Model }

// UnmarshalJSON accepts either the compact string or an object whose
// timeout is written as a duration ("20s").
func (m *ModelSpec) UnmarshalJSON(b []byte) error {
	var compact string
	if json.Unmarshal(b, &compact) == nil {
		spec, err := ParseSpec(compact)
		*m = spec
		return err
	}
	type plain ModelSpec
	var obj struct {
		plain
		Timeout string `json:"timeout"`
	}
	if err := json.Unmarshal(b, &obj); err != nil {
		return kg.WrapCode(kg.EINVALID, "llm.ModelSpec", err)
	}
	spec := ModelSpec(obj.plain)
	if obj.Timeout != "" {
		d, err := time.ParseDuration(obj.Timeout)
		if err != nil {
			return kg.WrapCode(kg.EINVALID, "llm.ModelSpec", err)
		}
		spec.Timeout = d
	}
	spec, err := spec.withDefaults()
	*m = spec
	return err
}
