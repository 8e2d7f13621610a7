package chunk

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

func TestChunkSectionsPagesAndKinds(t *testing.T) {
	p := &load.Parsed{Blocks: []load.Block{
		{Kind: load.Paragraph, Text: "Preface text."},
		{Kind: load.Heading, Level: 1, Text: "Pump"},
		{Kind: load.Paragraph, Text: "The pump moves water.", Page: 1},
		{Kind: load.Paragraph, Text: "It has one impeller.", Page: 1},
		{Kind: load.Heading, Level: 2, Text: "Maintenance", Page: 1},
		{Kind: load.ListItem, Text: "Check the seal.", Page: 1},
		{Kind: load.ListItem, Text: "Grease the bearing.", Page: 1},
		{Kind: load.ListItem, Text: "Replace the filter.", Page: 2},
		{Kind: load.Heading, Level: 3, Text: "Parts", Page: 2},
		{Kind: load.TableBlock, Page: 2, Table: &load.Table{Name: "BOM",
			Header: []string{"Level", "Part No.", "Description", "Qty", "Note"},
			Rows:   [][]string{{"2", "P-100", "Impeller", "1", ""}, {"", "", "", "", ""}, {"2", "P-200", "叶轮", "2", ""}}}},
		{Kind: load.Heading, Level: 1, Text: "泵的维护", Page: 2},
		{Kind: load.Paragraph, Text: "每周检查密封圈。", Page: 2},
	}}
	want := []struct {
		text, kind, section string
		page                int
	}{
		{"Preface text.", "text", "", 0},
		{"The pump moves water.\nIt has one impeller.", "text", "Pump", 1},
		{"Check the seal.\nGrease the bearing.", "list", "Pump > Maintenance", 1},
		{"Replace the filter.", "list", "Pump > Maintenance", 2},
		{"Level: 2; Part No.: P-100; Description: Impeller; Qty: 1", "table_row", "Pump > Maintenance > Parts > BOM", 2},
		{"Level: 2; Part No.: P-200; Description: 叶轮; Qty: 2", "table_row", "Pump > Maintenance > Parts > BOM", 2},
		{"每周检查密封圈。", "text", "泵的维护", 2},
	}
	pieces := Document("d1", p, Options{})
	if len(pieces) != len(want) {
		t.Fatalf("got %d chunks, want %d: %+v", len(pieces), len(want), pieces)
	}
	for i, w := range want {
		c := pieces[i].Chunk
		if c.Text != w.text || c.Kind != w.kind || c.SectionPath() != w.section || c.Page != w.page {
			t.Errorf("chunk %d = %q %s [%s] p%d, want %q %s [%s] p%d",
				i, c.Text, c.Kind, c.SectionPath(), c.Page, w.text, w.kind, w.section, w.page)
		}
		if c.Ordinal != i || c.ID != kg.ChunkID("d1", i) || c.DocumentID != "d1" {
			t.Errorf("chunk %d: ordinal %d id %s doc %s", i, c.Ordinal, c.ID, c.DocumentID)
		}
	}
	if pieces[5].Table != p.Blocks[9].Table || pieces[5].Row != 2 || pieces[4].Row != 0 {
		t.Errorf("table rows not cited: row %d and %d", pieces[4].Row, pieces[5].Row)
	}
	if pieces[1].Chunk.Lang != "en" || pieces[6].Chunk.Lang != "zh" {
		t.Errorf("langs %q %q", pieces[1].Chunk.Lang, pieces[6].Chunk.Lang)
	}
}

func TestChunkPacksAndSplitsAtSentences(t *testing.T) {
	sentence := "The bearing must be greased every five hundred hours of running. "
	long := strings.Repeat(sentence, 30)
	zh := strings.Repeat("主轴轴承每运行五百小时必须加注润滑脂。", 30)
	p := &load.Parsed{Blocks: []load.Block{{Kind: load.Paragraph, Text: strings.TrimSpace(long)}, {Kind: load.Paragraph, Text: zh}}}
	pieces := Document("d", p, Options{MaxTokens: 50})
	if len(pieces) < 6 {
		t.Fatalf("got %d chunks", len(pieces))
	}
	var all strings.Builder
	for _, pc := range pieces {
		text := pc.Chunk.Text
		if n := chunkTokens(text); n > 50 {
			t.Errorf("chunk of %d tokens: %q", n, text)
		}
		if !strings.HasSuffix(text, ".") && !strings.HasSuffix(text, "。") {
			t.Errorf("chunk does not end a sentence: %q", text)
		}
		all.WriteString(text)
	}
	// Nothing is lost or duplicated, only white space between pieces.
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	if squash(all.String()) != squash(long+zh) {
		t.Error("chunks do not add up to the input")
	}
}

func TestChunkHardSplitsOneHugeSentence(t *testing.T) {
	huge := strings.Repeat("word ", 500)
	pieces := Document("d", &load.Parsed{Blocks: []load.Block{{Kind: load.Paragraph, Text: huge}}}, Options{MaxTokens: 100})
	if len(pieces) != 5 {
		t.Fatalf("got %d chunks", len(pieces))
	}
	for _, pc := range pieces {
		if n := chunkTokens(pc.Chunk.Text); n > 100 {
			t.Errorf("chunk of %d tokens", n)
		}
	}
}

func TestChunkRowText(t *testing.T) {
	got := RowText([]string{"Part", "", "Qty", "Note"}, []string{"P-1", "bare", " ", "x", "extra"})
	if want := "Part: P-1; bare; Note: x; extra"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzChunk(f *testing.F) {
	f.Add("# A\n\ntext. more text。\n\n## B\n\n- item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", 20)
	f.Add(strings.Repeat("word ", 300), 5)
	f.Add("第一章 总则\n\n"+strings.Repeat("中文句子。", 100), 1)
	f.Fuzz(func(t *testing.T, md string, max int) {
		p, err := load.Load(context.Background(), "f.md", []byte(md), load.Limits{})
		if err != nil {
			return
		}
		pieces := Document("d", p, Options{MaxTokens: max % 400})
		for i, pc := range pieces {
			c := pc.Chunk
			if c.Ordinal != i || c.ID != kg.ChunkID("d", i) || strings.TrimSpace(c.Text) == "" {
				t.Fatalf("chunk %d: %+v", i, c)
			}
			if pc.Table != nil && (pc.Row < 0 || pc.Row >= len(pc.Table.Rows)) {
				t.Fatalf("row %d out of range", pc.Row)
			}
		}
	})
}

// TestLinkingLoadServesNoPDFChild runs this test binary again with the PDF
// child variable set: a program that links the loaders but never asked to
// serve as a PDF child must run as itself, not read a PDF from stdin.
func TestLinkingLoadServesNoPDFChild(t *testing.T) {
	if os.Getenv("KGASSIST_PDF_CHILD") == "1" {
		return // the run below
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestLinkingLoadServesNoPDFChild$", "-test.v")
	cmd.Env = append(os.Environ(), "KGASSIST_PDF_CHILD=1")
	cmd.Stdin = strings.NewReader("%PDF-1.4 not a PDF")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestLinkingLoadServesNoPDFChild") {
		t.Fatalf("the binary did not run its tests: %v\n%s", err, out)
	}
}
