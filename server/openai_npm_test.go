package server

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/testenv"
	"github.com/kgassist/kgassist/kg"
)

// npmOpenAIRun is what server/testdata/openai_client.mjs prints.
type npmOpenAIRun struct {
	SDKVersion string `json:"sdk_version"`
	Completion struct {
		Object, Model, Finish, Content string
		KGAssist                       *completionExtra `json:"kgassist"`
	}
	Stream struct {
		Chunks                int
		Role, Finish, Content string
		KGAssist              *completionExtra `json:"kgassist"`
	}
	WrongKey *struct {
		Class          string
		Authentication bool
		Status         int
		Type, Code     string
	} `json:"wrong_key"`
}

// npmOpenAIModules is the node_modules folder scripts/npm-openai.sh fills.
// Without node or the package the test skips, saying which is missing;
// under CI scripts/test.sh has installed both, so their absence fails it.
func npmOpenAIModules(t *testing.T) string {
	t.Helper()
	cache := os.Getenv("KGASSIST_CACHE")
	switch {
	case cache == "":
		cache = filepath.Join("..", ".cache")
	case !filepath.IsAbs(cache): // the script reads it from the repository root
		cache = filepath.Join("..", cache)
	}
	modules, _ := filepath.Abs(filepath.Join(cache, "node", "node_modules"))
	reason := ""
	if _, err := exec.LookPath("node"); err != nil {
		reason = "node is not installed"
	} else if _, err := os.Stat(filepath.Join(modules, "openai", "package.json")); err != nil {
		reason = "the openai npm package is not in " + modules + " (run scripts/npm-openai.sh)"
	}
	if reason != "" {
		testenv.Missing(t, reason)
	}
	return modules
}

// TestOpenAINodeClient drives /v1/chat/completions with OpenAI's official
// Node package: a completion, the same question streamed, and a wrong key.
func TestOpenAINodeClient(t *testing.T) {
	modules := npmOpenAIModules(t)
	e := keyedEnv(t, envOptions{})
	const question = "What is the rated voltage of the HF-CP200?"
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", filepath.Join("testdata", "openai_client.mjs"))
	cmd.Env = append(os.Environ(), "KGASSIST_NODE_MODULES="+modules, "KGASSIST_BASE_URL="+e.ts.URL+"/v1",
		"KGASSIST_KEY="+e.keys["chat"], "KGASSIST_BAD_KEY=kga_"+strings.Repeat("x", 43), "KGASSIST_QUESTION="+question)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, stderr.String())
	}
	var run npmOpenAIRun
	if err := json.Unmarshal(out, &run); err != nil {
		t.Fatalf("node printed %s: %v", out, err)
	}

	c := run.Completion
	if c.Object != "chat.completion" || c.Model != "kgassist-test" || c.Finish != "stop" || c.KGAssist == nil {
		t.Fatalf("completion: %s", out)
	}
	x := c.KGAssist
	if !strings.Contains(x.Answer, "380") || x.Abstained || !strings.HasPrefix(c.Content, x.Answer) {
		t.Fatalf("content %q, kgassist.answer %q", c.Content, x.Answer)
	}
	checkSources(t, c.Content, x.Citations)

	s := run.Stream
	if s.Content != c.Content {
		t.Errorf("streamed %q\nnot streamed %q", s.Content, c.Content)
	}
	if s.Chunks < 3 || s.Role != "assistant" || s.Finish != "stop" || s.KGAssist == nil ||
		s.KGAssist.Answer != x.Answer || len(s.KGAssist.Citations) != len(x.Citations) {
		t.Errorf("stream: %d chunks, role %q, finish %q, kgassist %+v", s.Chunks, s.Role, s.Finish, s.KGAssist)
	}

	w := run.WrongKey
	if w == nil || !w.Authentication || w.Class != "AuthenticationError" || w.Status != 401 ||
		w.Type != "authentication_error" || w.Code != kg.EUNAUTHORIZED {
		t.Errorf("wrong key: %+v", w)
	}
	t.Logf("openai %s (Node %s): %d citations, %d stream chunks, wrong key: %s %d",
		run.SDKVersion, nodeVersion(), len(x.Citations), s.Chunks, w.Class, w.Status)
}

func nodeVersion() string {
	v, _ := exec.Command("node", "--version").Output()
	return strings.TrimSpace(string(v))
}
