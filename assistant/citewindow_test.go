package assistant

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestCitedSnippetShowsWhatTheAnswerSays(t *testing.T) {
	data, err := os.ReadFile("testdata/citewindow.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name, Text, Statement string
		Holds                 []string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got := citedSnippet(c.Text, c.Statement)
		for _, h := range c.Holds {
			if !strings.Contains(got, h) {
				t.Errorf("%s: snippet %q lacks %q", c.Name, got, h)
			}
		}
		if len(got) > maxCiteSnippet+len(" … ")+2*len("…") {
			t.Errorf("%s: snippet of %d bytes", c.Name, len(got))
		}
		// Every piece shown is the passage's own text.
		for _, piece := range strings.Split(strings.Trim(got, "…"), " … ") {
			if !strings.Contains(c.Text, piece) {
				t.Errorf("%s: %q is not in the passage", c.Name, piece)
			}
		}
	}
}

func TestMarkerStatements(t *testing.T) {
	got := markerStatements("Rated flow 40 m³/h [1]. Head 32 m [2][3]\n- Impeller CF8 [1]\n[4]")
	want := map[int]string{
		1: "Rated flow 40 m³/h - Impeller CF8 ",
		2: ". Head 32 m ", 3: ". Head 32 m ",
		4: "[4] ",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
