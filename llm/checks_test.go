package llm

import (
	"encoding/json"
	"maps"
	"math/rand"
	"os"
	"strings"
	"testing"
)

type checkCase struct {
	Name     string         `json:"name"`
	Question string         `json:"question"`
	Answer   string         `json:"answer"`
	Want     string         `json:"want"`
	Removed  map[string]int `json:"removed"`
}

func TestChecksFromTestdata(t *testing.T) {
	b, err := os.ReadFile("testdata/checks.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []checkCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			q := c.Question
			if q == "" {
				q = "What are the specifications of the HF-CP200?"
			}
			chk := NewChecker(pumpEvidence(q), []string{"example.com"})
			g := newGate(chk, nil)
			if err := g.write(c.Answer); err != nil {
				t.Fatal(err)
			}
			if err := g.finish(); err != nil {
				t.Fatal(err)
			}
			if g.text() != c.Want {
				t.Errorf("text = %q\nwant   %q", g.text(), c.Want)
			}
			if !maps.Equal(g.kinds, c.Removed) {
				t.Errorf("removed = %v, want %v (%q)", g.kinds, c.Removed, g.removed)
			}
		})
	}
}

// Feeding text in arbitrary pieces, as a stream does, checks and keeps
// exactly what feeding it whole does.
func TestGateIsIndependentOfChunking(t *testing.T) {
	text := "Steps:\n1. Check 380 V [1].\n2. Replace MS-35. [3] Great! The flow is 12.5 m3/h [2]。重量为95 kg[1]。 Done [1]"
	chk := NewChecker(pumpEvidence("specs?"), nil)
	whole := newGate(chk, nil)
	whole.write(text)
	whole.finish()
	r := rand.New(rand.NewSource(1))
	for range 200 {
		var got strings.Builder
		g := newGate(chk, func(s string) error { got.WriteString(s); return nil })
		for rest := text; rest != ""; {
			n := min(len(rest), 1+r.Intn(6))
			g.write(rest[:n])
			rest = rest[n:]
		}
		g.finish()
		if g.text() != whole.text() || strings.TrimSpace(got.String()) != whole.text() || !maps.Equal(g.kinds, whole.kinds) {
			t.Fatalf("chunked: %q (emitted %q), whole: %q", g.text(), got.String(), whole.text())
		}
	}
}

func TestSplitSentencesKeepsText(t *testing.T) {
	for _, text := range []string{
		"A is 2.2 kW. [1] B [2].\n\nC：\n- d [3]",
		"额定功率为2.2 kW[1]。重量？不知道！",
		"No stop at all [1]",
	} {
		s, rest := splitSentences(text, true)
		if strings.Join(s, "") != text || rest != "" {
			t.Fatalf("%q split into %q + %q", text, s, rest)
		}
	}
	s, rest := splitSentences("A is 2.2 kW. [1", false)
	if len(s) != 0 || rest != "A is 2.2 kW. [1" {
		t.Fatalf("an unfinished marker was cut off: %q + %q", s, rest)
	}
}
