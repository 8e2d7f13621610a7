package retrieval

import (
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

func TestShortCodesAreTheQuestionsCodes(t *testing.T) {
	for q, want := range map[string][]string{
		"What does fault E08 mean?":               {"e08"},
		"电机地脚螺栓 M12 拧多大力矩？":                       {"m12"},
		"M3x8 的内六角螺丝要准备几颗？":                       {"m3x8"},
		"Where is parameter P-17 set?":            {"p-17"},
		"What is the rated flow of the HF-CP200?": nil, // a model number, linked as a product
		"Does the 51st unit differ?":              nil,
	} {
		if got := shortCodes(q); !slices.Equal(got, want) {
			t.Errorf("shortCodes(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestHoldsCodeAsAWordOfItsOwn(t *testing.T) {
	for _, c := range []struct {
		text, code string
		want       bool
	}{
		{"E08 通讯故障：RS-485 超过 30 秒无应答。", "e08", true},
		{"代码: E081; 含义: 其他", "e08", false},
		{"secure with two M3x8 cap head screws", "m3x8", true},
		{"Code: E03; Meaning: Dry running", "e08", false},
	} {
		if got := holdsCode(c.text, c.code); got != c.want {
			t.Errorf("holdsCode(%q, %q) = %v", c.text, c.code, got)
		}
	}
}

// A code the best passages lack is searched alone; only the passages
// holding it are kept, the best at weightCode.
func TestMissingCodeJoinsTheLexicalList(t *testing.T) {
	chunk := func(id, text string) kg.ScoredChunk {
		return kg.ScoredChunk{Chunk: kg.Chunk{ID: id, Text: text}, Score: 2}
	}
	g := &gathered{text: []kg.ScoredChunk{chunk("faq", "What does fault code E03 mean? E03 is the dry-running protection.")}}
	codes := missingCodes(Analyze("What does fault E08 mean?"), g)
	if !slices.Equal(codes, []string{"e08"}) {
		t.Fatalf("missing codes = %q", codes)
	}
	keepCoded(codes, [][]kg.ScoredChunk{{chunk("table", "E08 通讯故障：RS-485 超过 30 秒无应答。"), chunk("other", "E081 其他")}}, g)
	if len(g.coded) != 1 || g.coded[0].Chunk.ID != "table" || g.coded[0].Score != weightCode {
		t.Fatalf("coded = %+v", g.coded)
	}
	g.text = append(g.text, chunk("table", "E08 通讯故障"))
	if codes := missingCodes(Analyze("What does fault E08 mean?"), g); len(codes) != 0 {
		t.Fatalf("a code a top passage holds is searched again: %q", codes)
	}
}
