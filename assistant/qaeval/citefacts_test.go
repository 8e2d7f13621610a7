package qaeval

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

func TestCitedHolds(t *testing.T) {
	data, err := os.ReadFile("testdata/citefacts.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Cited string
		Alts        []string
		Computed    []retrieval.Computed
		Holds       bool
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if got := citedHolds(Normalize(c.Cited), c.Computed, c.Alts); got != c.Holds {
			t.Errorf("%s: holds %v, want %v", c.Name, got, c.Holds)
		}
	}
}
