// Package llmtest gives tests the local language model server that
// scripts/llm.sh starts (llama.cpp's OpenAI-compatible server with a small
// instruct model): its address from the environment, and a lock so test
// packages run in parallel take turns on the one model, which answers one
// request at a time.
package llmtest

import (
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/kgassist/kgassist/internal/machinelock"
	"github.com/kgassist/kgassist/internal/testenv"
)

// Model names the server offers, as scripts/llm.sh configures them.
const (
	Chat  = "smol"       // SmolLM2-135M-Instruct, for chat completions
	Embed = "smol-embed" // the same weights, for /v1/embeddings
)

// Require returns the server's base URL (ending in /v1), skipping the test
// when none is configured, or failing it under CI, where a skipped test
// would hide a broken model path. It holds the cross-process lock until
// the test ends.
func Require(t testing.TB) string {
	t.Helper()
	url := testenv.Require(t, "KGASSIST_LLM_URL", "start the local model with scripts/llm.sh start")
	machinelock.Hold(t, "llm-test")
	return url
}

// Spec is the compact model spec of the chat model with opts appended
// (";timeout=60s;max_tokens=100").
func Spec(url, opts string) string { return "llamacpp:" + Chat + "@" + url + opts }

var (
	figure   = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	citation = regexp.MustCompile(`\[\d{1,3}\]`)
)

// UnsupportedFigures lists the figures in an answer shown to a user that
// occur nowhere in support (the question and the evidence, as text). It
// is deliberately simpler than the answerer's own checks, so that it
// audits them rather than repeating them: citation markers are ignored,
// and thousands separators are the only normalisation.
func UnsupportedFigures(answer, support string) []string {
	flat := strings.ReplaceAll(norm.NFKC.String(support), ",", "")
	var out []string
	for _, f := range figure.FindAllString(citation.ReplaceAllString(norm.NFKC.String(answer), " "), -1) {
		f = strings.TrimRight(strings.ReplaceAll(f, ",", ""), ".")
		if !strings.Contains(flat, f) {
			out = append(out, f)
		}
	}
	return out
}
