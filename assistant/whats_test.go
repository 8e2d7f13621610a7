package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// "whats", written without its apostrophe, asks for the attribute before
// "of" as "what's" does, so the attribute must be stated.
func TestWhatsWithoutApostropheNamesTheAttribute(t *testing.T) {
	for q, want := range map[string]string{
		"whats the IP rating of the mycobot 280 arm": "IP rating",
		"Whats the noise level of the pump":          "noise level",
		"what's the IP rating of the arm":            "IP rating",
		"what is the protection class for the motor": "protection class",
		"机械臂的防护等级是多少":                                "防护等级",
		// and before a condition, however many words name the attribute
		"whats the factory coupling alignment tolerance when the motor goes on": "factory coupling alignment tolerance",
		"what's the head when it runs on 60 Hz":                                 "head",
	} {
		a, ok := attributeNamed(retrieval.Analyze(q))
		if !ok || a.Text != want {
			t.Errorf("attributeNamed(%q) = %q, %v; want %q", q, a.Text, ok, want)
		}
	}
}
