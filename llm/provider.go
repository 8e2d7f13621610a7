package llm

import (
	"net/http"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
	"github.com/tmc/langchaingo/llms/ollama"
	"github.com/tmc/langchaingo/llms/openai"

	"github.com/kgassist/kgassist/kg"
)

// Open returns the langchaingo model for spec. Every request goes through
// hc's transport wrapped in a probe, so status codes and Retry-After
// headers that langchaingo folds into error strings stay visible. hc may
// be nil.
func Open(spec ModelSpec, getenv func(string) string, hc *http.Client) (llms.Model, error) {
	spec, err := spec.withDefaults()
	if err != nil {
		return nil, kg.Wrap("llm.Open", err)
	}
	hc = probed(hc)
	key := ""
	if spec.APIKeyEnv != "" {
		key = getenv(spec.APIKeyEnv)
	}
	var m llms.Model
	switch spec.protocol() {
	case "openai":
		m, err = openAI(spec, key, hc)
	case "ollama":
		m, err = ollama.New(ollama.WithServerURL(spec.BaseURL), ollama.WithModel(spec.Model), ollama.WithHTTPClient(hc))
	case "anthropic":
		m, err = anthropicModel(spec, key, hc)
	}
	if err != nil {
		return nil, kg.Wrap("llm.Open", kg.WrapCode(kg.EINVALID, spec.String(), err))
	}
	return m, nil
}

func openAI(spec ModelSpec, key string, hc *http.Client) (llms.Model, error) {
	if key == "" {
		if spec.APIKeyEnv != "" {
			return nil, kg.Errorf(kg.EINVALID, "%s is not set", spec.APIKeyEnv)
		}
		// Local servers (vLLM, llama.cpp) take any token; langchaingo
		// refuses an empty one and would read OPENAI_API_KEY instead.
		key = "none"
	}
	return openai.New(openai.WithBaseURL(spec.BaseURL), openai.WithToken(key), openai.WithModel(spec.Model), openai.WithHTTPClient(hc))
}

func anthropicModel(spec ModelSpec, key string, hc *http.Client) (llms.Model, error) {
	if key == "" {
		return nil, kg.Errorf(kg.EINVALID, "%s is not set", spec.APIKeyEnv)
	}
	opts := []anthropic.Option{anthropic.WithToken(key), anthropic.WithModel(spec.Model), anthropic.WithHTTPClient(hc)}
	if spec.BaseURL != "" {
		opts = append(opts, anthropic.WithBaseURL(spec.BaseURL))
	}
	return anthropic.New(opts...)
}
