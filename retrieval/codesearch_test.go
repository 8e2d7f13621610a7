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
	keepCoded(codes, 1, [][]kg.ScoredChunk{{chunk("table", "E08 通讯故障：RS-485 超过 30 秒无应答。"), chunk("other", "E081 其他")}}, g)
	if len(g.coded) != 1 || g.coded[0].Chunk.ID != "table" || g.coded[0].Score != weightCode {
		t.Fatalf("coded = %+v", g.coded)
	}
	g.text = append(g.text, chunk("table", "E08 通讯故障"))
	if codes := missingCodes(Analyze("What does fault E08 mean?"), g); len(codes) != 0 {
		t.Fatalf("a code a top passage holds is searched again: %q", codes)
	}
}

// A code few passages hold scores alike in all of them: the table that
// lists it among other codes is no weaker a holder than a short row. A
// code a top passage already holds joins only when it is that rare.
func TestRareCodeHoldersScoreAlike(t *testing.T) {
	chunk := func(id, text string, score float64) kg.ScoredChunk {
		return kg.ScoredChunk{Chunk: kg.Chunk{ID: id, Text: text}, Score: score}
	}
	g := &gathered{text: []kg.ScoredChunk{chunk("log", "Symptom: Control box shows E06", 3)}}
	codes, missing := searchedCodes(Analyze("What does E06 on the display mean?"), g)
	if !slices.Equal(codes, []string{"e06"}) || missing != 0 {
		t.Fatalf("searched codes = %q, %d missing", codes, missing)
	}
	keepCoded(codes, missing, [][]kg.ScoredChunk{{chunk("log", "Symptom: Control box shows E06", 4.8), chunk("table", "E05 出口超压。E06 欠电压：电源电压低于 342 V。E07 信号异常。", 2.3)}}, g)
	if len(g.coded) != 0 || len(g.alsoCoded) != 2 || g.alsoCoded[1].Score != weightCode {
		t.Fatalf("coded = %+v, also = %+v", g.coded, g.alsoCoded)
	}
	common := make([]kg.ScoredChunk, codeLimit)
	for i := range common {
		common[i] = chunk(string(rune('a'+i)), "myCobot 280 M5", float64(5-i))
	}
	g = &gathered{}
	keepCoded([]string{"m5"}, 0, [][]kg.ScoredChunk{common}, g)
	if len(g.alsoCoded) != 0 {
		t.Fatalf("a common code a top passage holds joined: %+v", g.alsoCoded)
	}
}

// A passage that holds only other codes of the asked kind ("E04" when E06
// is asked) states another item's attribute and drops below the rest.
func TestSiblingCodeOnlyIsDemoted(t *testing.T) {
	f := newFusion()
	f.add(kg.Chunk{ID: "other", Text: "Code: E04; Meaning: Motor over-temperature"}, 1, "fulltext", false)
	f.add(kg.Chunk{ID: "table", Text: "E05 出口超压。E06 欠电压。"}, 1, "fulltext", false)
	f.add(kg.Chunk{ID: "plain", Text: "The display shows the pressure."}, 1, "fulltext", false)
	f.add(kg.Chunk{ID: "part", Text: "Part CP200-E04 gasket"}, 1, "fulltext", false)
	demoteOtherCodes(Analyze("What does E06 on the display mean?"), f)
	want := map[string]float64{"other": otherCodeFactor, "table": 1, "plain": 1, "part": otherCodeFactor}
	for id, w := range want {
		if got := f.byID[id].score; got != w {
			t.Errorf("%s scores %v, want %v", id, got, w)
		}
	}
	for _, c := range []struct {
		code, prefix string
	}{{"e06", "e"}, {"p-17", "p-"}, {"m3x8", ""}, {"j1", "j"}} {
		if got := codePrefix(c.code); got != c.prefix {
			t.Errorf("codePrefix(%q) = %q, want %q", c.code, got, c.prefix)
		}
	}
}

// A joint asked by its place ("first joint") is asked by its code: the
// rows of the other joints ("J2") drop below the one asked.
func TestCodesTheWordsStandFor(t *testing.T) {
	if got := askedCodes(Analyze("第一关节能转多少度？")); !slices.Contains(got, "j1") {
		t.Fatalf("asked codes = %q, want j1 among them", got)
	}
	f := newFusion()
	f.add(kg.Chunk{ID: "j1", Text: "Joint: J1; Range: -168 ~ +168"}, 1, "fulltext", false)
	f.add(kg.Chunk{ID: "j2", Text: "Joint: J2; Range: -140 ~ +140"}, 1, "fulltext", false)
	demoteOtherCodes(Analyze("how far can the base joint turn each way?"), f)
	if f.byID["j1"].score != 1 || f.byID["j2"].score != otherCodeFactor {
		t.Fatalf("j1 %v, j2 %v", f.byID["j1"].score, f.byID["j2"].score)
	}
}
