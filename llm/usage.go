package llm

import (
	"github.com/kgassist/kgassist/kg/textseg"

	"github.com/tmc/langchaingo/llms"

	"github.com/kgassist/kgassist/assistant"
)

// countUsage fills tokens and cost from the response's usage, or estimates
// them when the provider sent none (and for tries that failed after the
// model had read the prompt: they are billed too).
func countUsage(call *assistant.ModelCall, spec ModelSpec, msgs []llms.MessageContent, resp *llms.ContentResponse, text string, f *failure, streamed int) {
	if resp != nil && len(resp.Choices) > 0 {
		info := resp.Choices[0].GenerationInfo
		call.TokensIn = firstInt(info, "PromptTokens", "InputTokens")
		call.TokensOut = firstInt(info, "CompletionTokens", "OutputTokens")
	}
	if call.TokensIn == 0 && (f == nil || f.kind == outcomeStreamCut) {
		call.TokensIn = textseg.EstimateTokens(promptText(msgs))
		call.Estimated = true
	}
	if call.TokensOut == 0 && (text != "" || streamed > 0) {
		call.TokensOut = textseg.EstimateTokens(text)
		if text == "" {
			call.TokensOut = streamed / 4
		}
		call.Estimated = true
	}
	call.Cost = (float64(call.TokensIn)*spec.PriceIn + float64(call.TokensOut)*spec.PriceOut) / 1e6
}

func firstInt(info map[string]any, keys ...string) int {
	for _, k := range keys {
		if v, ok := info[k].(int); ok && v > 0 {
			return v
		}
	}
	return 0
}

func promptText(msgs []llms.MessageContent) string {
	var s string
	for _, m := range msgs {
		for _, p := range m.Parts {
			if t, ok := p.(llms.TextContent); ok {
				s += t.Text
			}
		}
	}
	return s
}
