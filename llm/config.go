package llm

import (
	"encoding/json"
	"os"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Config lists the models for each task, in order of preference.
type Config struct {
	Answer  []ModelSpec `json:"answer"`
	Extract []ModelSpec `json:"extract"`
	Embed   []ModelSpec `json:"embed"`
	// Deadline bounds all model work for one question, retries and
	// fallbacks included.
	Deadline time.Duration `json:"-"`
	// Tries is how often one model is tried before the next (default 2).
	Tries int `json:"tries,omitempty"`
	// LinkHosts are the hosts an answer may link to; every other link or
	// image is removed from answers.
	LinkHosts []string `json:"link_hosts,omitempty"`
}

// DefaultDeadline bounds one question when the config does not.
const DefaultDeadline = 60 * time.Second

// Environment variables read by LoadConfig. Each list variable holds
// comma-separated compact specs and replaces the file's list.
const (
	EnvAnswer   = "KGASSIST_LLM_ANSWER"
	EnvExtract  = "KGASSIST_LLM_EXTRACT"
	EnvEmbed    = "KGASSIST_LLM_EMBED"
	EnvDeadline = "KGASSIST_LLM_DEADLINE"
)

// LoadConfig reads path (optional: "" skips it), then lets the
// environment override it. getenv is os.Getenv outside tests.
func LoadConfig(path string, getenv func(string) string) (Config, error) {
	var c Config
	if path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return c, kg.WrapCode(kg.EINVALID, "llm.LoadConfig", err)
		}
		if err := json.Unmarshal(b, &c); err != nil {
			return c, kg.Wrap("llm.LoadConfig", kg.WrapCode(kg.EINVALID, path, err))
		}
	}
	if err := c.fromEnv(getenv); err != nil {
		return c, kg.Wrap("llm.LoadConfig", err)
	}
	if c.Deadline <= 0 {
		c.Deadline = DefaultDeadline
	}
	if c.Tries <= 0 {
		c.Tries = 2
	}
	return c, nil
}

func (c *Config) fromEnv(getenv func(string) string) error {
	for env, list := range map[string]*[]ModelSpec{EnvAnswer: &c.Answer, EnvExtract: &c.Extract, EnvEmbed: &c.Embed} {
		v := strings.TrimSpace(getenv(env))
		if v == "" {
			continue
		}
		specs, err := ParseSpecs(v)
		if err != nil {
			return err
		}
		*list = specs
	}
	if v := getenv(EnvDeadline); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			return kg.Errorf(kg.EINVALID, "%s: %v", EnvDeadline, err)
		}
		c.Deadline = d
	}
	return nil
}

// ParseSpecs reads a comma-separated list of compact specs.
func ParseSpecs(list string) ([]ModelSpec, error) {
	var out []ModelSpec
	for _, s := range strings.Split(list, ",") {
		if strings.TrimSpace(s) == "" {
			continue
		}
		spec, err := ParseSpec(s)
		if err != nil {
			return nil, err
		}
		out = append(out, spec)
	}
	return out, nil
}

// UnmarshalJSON reads the deadline as a duration ("45s").
func (c *Config) UnmarshalJSON(b []byte) error {
	type plain Config
	var obj struct {
		plain
		Deadline string `json:"deadline"`
	}
	if err := json.Unmarshal(b, &obj); err != nil {
		return err
	}
	*c = Config(obj.plain)
	if obj.Deadline != "" {
		d, err := time.ParseDuration(obj.Deadline)
		if err != nil {
			return kg.Errorf(kg.EINVALID, "deadline: %v", err)
		}
		c.Deadline = d
	}
	return nil
}
