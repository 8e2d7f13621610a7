package retrieval

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A question asking what a code means keeps the code list's line that
// opens with the code, in the asker's language first, though the fault
// rows holding the code fill the budget; one asking only what to do
// leaves the budget as it is.
func TestCodeListLineBeyondTheBudgetIsKept(t *testing.T) {
	var hits []kg.ScoredChunk
	for i := range 12 {
		hits = append(hits, kg.ScoredChunk{Score: 2 - 0.01*float64(i), Chunk: kg.Chunk{ID: fmt.Sprintf("row%d", i), DocumentID: "manual", Lang: "zh",
			Kind: "table_row", Text: fmt.Sprintf("故障现象: 电机过流停机，显示 E01 (%d); 排除方法: 关小出口阀", i)}})
	}
	hits = append(hits,
		kg.ScoredChunk{Score: 0.3, Chunk: kg.Chunk{ID: "code-en", DocumentID: "manual-en", Lang: "en", Kind: "table_row", Text: "Code: E01; Meaning: Motor overcurrent"}},
		kg.ScoredChunk{Score: 0.2, Chunk: kg.Chunk{ID: "code-zh", DocumentID: "manual", Lang: "zh", Kind: "table_row", Text: "代码: E01; 含义: 电机过流"}})
	for _, c := range []struct {
		q    string
		want string
	}{
		{"E01是什么意思，怎么处理", "code-zh"},
		{"E01代表什么", "code-zh"},
		{"what does E01 mean and how do I fix it", "code-en"},
		{"E01怎么处理", ""},
	} {
		f := newFusion()
		f.addScored(hits, weightFulltext, "fulltext")
		reserveCodeEntries(Analyze(c.q), f, 10)
		r := &Retriever{opts: Options{MaxItems: 10}.withDefaults()}
		var got []string
		for _, k := range r.budget(f) {
			got = append(got, k.chunk.ID)
		}
		kept := slices.ContainsFunc(got, func(id string) bool { return id == "code-zh" || id == "code-en" })
		if c.want == "" && kept || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%s: kept %v, want %q", c.q, got, c.want)
		}
	}
}
