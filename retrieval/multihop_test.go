package retrieval_test

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/multihop"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/retrieval"
)

// The multi-hop benchmark asks the public MuSiQue and HotpotQA questions of
// a store holding every candidate paragraph as one small Markdown document
// ("# Title", then the text), and scores recall of the supporting
// paragraphs at 2 and 5 for kgassist's evidence, its fulltext list alone,
// and a plain BM25 over the same paragraphs:
//
//	go test -run '^$' -bench Multihop -benchtime 1x ./retrieval

// buildMultihop ingests each paragraph as its own document with the
// standard pipeline, rules extractor and local embedder.
func buildMultihop(tb testing.TB, set multihop.Set) (*sqlite.Store, kg.Embedder, map[string]int) {
	tb.Helper()
	ctx := context.Background()
	docs := filepath.Join(tb.TempDir(), "docs")
	byURI := multihop.WriteDocs(tb, set, docs)
	st, emb := openEmbedded(tb)
	rep, err := rulesPipeline(tb, st, emb).IngestPaths(ctx, []string{docs}, kg.Public, nil)
	if err != nil {
		tb.Fatalf("ingest %s: %v", set.Name, err)
	}
	for _, res := range rep.Results {
		if res.Status == ingest.StatusFailed {
			tb.Logf("ingest %s: %s failed: %s", set.Name, res.URI, res.Error)
		}
	}
	return st, emb, byURI
}

// recall is the share of a question's supporting paragraphs among the
// first k of ranked, averaged over the questions.
type recall struct{ at2, at5, n float64 }

func (r *recall) add(ranked []int, support []int) {
	hit := func(k int) float64 {
		found := 0
		for _, s := range support {
			if slices.Contains(ranked[:min(k, len(ranked))], s) {
				found++
			}
		}
		return float64(found) / float64(len(support))
	}
	r.at2 += hit(2)
	r.at5 += hit(5)
	r.n++
}

func (r recall) String() string {
	return fmt.Sprintf("%5.1f / %5.1f", 100*r.at2/r.n, 100*r.at5/r.n)
}

func docIndexes(chunks []kg.Chunk, byURI map[string]int) []int {
	var out []int
	for _, c := range chunks {
		i, ok := byURI[filepath.Base(c.DocURI)]
		if ok && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}

type multihopResult struct {
	evidence, fulltext, bm25 recall
	lat                      []time.Duration
}

func runMultihop(tb testing.TB, set multihop.Set) multihopResult {
	ctx := context.Background()
	st, emb, byURI := buildMultihop(tb, set)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1})
	bm := newBM25(set.Corpus)
	var res multihopResult
	for _, q := range set.Questions {
		start := time.Now()
		ev, err := r.Retrieve(ctx, kg.Public, q.Text)
		if err != nil {
			tb.Fatal(err)
		}
		res.lat = append(res.lat, time.Since(start))
		var chunks []kg.Chunk
		for _, it := range ev.Items {
			chunks = append(chunks, it.Chunk)
		}
		res.evidence.add(docIndexes(chunks, byURI), q.Support)

		hits, err := st.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: q.Text, Limit: 10})
		if err != nil {
			tb.Fatal(err)
		}
		chunks = chunks[:0]
		for _, h := range hits {
			chunks = append(chunks, h.Chunk)
		}
		res.fulltext.add(docIndexes(chunks, byURI), q.Support)
		res.bm25.add(bm.rank(q.Text, 10), q.Support)
	}
	return res
}

func BenchmarkMultihopRecall(b *testing.B) {
	sets := multihop.Sets(b)
	results := make([]multihopResult, len(sets))
	for i := 0; i < b.N; i++ {
		for j, set := range sets {
			results[j] = runMultihop(b, set)
		}
	}
	b.StopTimer()
	var out strings.Builder
	fmt.Fprintf(&out, "\n| ranked list | %s R@2 / R@5 | %s R@2 / R@5 |\n|---|---|---|\n", sets[0].Name, sets[1].Name)
	fmt.Fprintf(&out, "| kgassist evidence (retrieval.Retrieve) | %s | %s |\n", results[0].evidence, results[1].evidence)
	fmt.Fprintf(&out, "| kgassist fulltext alone (SearchChunks, raw question) | %s | %s |\n", results[0].fulltext, results[1].fulltext)
	fmt.Fprintf(&out, "| BM25 (plain Go, title + body) | %s | %s |\n", results[0].bm25, results[1].bm25)
	for j, set := range sets {
		lat := append([]time.Duration(nil), results[j].lat...)
		sort.Slice(lat, func(a, c int) bool { return lat[a] < lat[c] })
		fmt.Fprintf(&out, "%s: %d paragraphs, %d questions, question→evidence p50 %.1f ms, p99 %.1f ms\n",
			set.Name, len(set.Corpus), len(set.Questions), ms(lat[len(lat)/2]), ms(lat[len(lat)*99/100]))
	}
	b.Log(out.String())
	for j, set := range sets {
		b.ReportMetric(100*results[j].evidence.at5/results[j].evidence.n, set.Name+"-R@5")
		b.ReportMetric(100*results[j].bm25.at5/results[j].bm25.n, set.Name+"-BM25-R@5")
	}
}

// bm25 is Okapi BM25 (k1 1.5, b 0.75, rank_bm25's defaults) over
// lower-cased words of title and body, the baseline kgassist is measured
// against.
type bm25 struct {
	docs  []map[string]int
	lens  []int
	avg   float64
	df    map[string]int
	k1, b float64
}

func bm25Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

func newBM25(corpus []multihop.Paragraph) *bm25 {
	m := &bm25{df: map[string]int{}, k1: 1.5, b: 0.75}
	total := 0
	for _, p := range corpus {
		words := bm25Words(p.Title + " " + p.Text)
		tf := map[string]int{}
		for _, w := range words {
			tf[w]++
		}
		for w := range tf {
			m.df[w]++
		}
		m.docs = append(m.docs, tf)
		m.lens = append(m.lens, len(words))
		total += len(words)
	}
	m.avg = float64(total) / float64(len(corpus))
	return m
}

func (m *bm25) rank(query string, k int) []int {
	n := float64(len(m.docs))
	scores := make([]float64, len(m.docs))
	for _, w := range bm25Words(query) {
		df := float64(m.df[w])
		if df == 0 {
			continue
		}
		idf := math.Log((n-df+0.5)/(df+0.5) + 1)
		for i, tf := range m.docs {
			f := float64(tf[w])
			if f == 0 {
				continue
			}
			scores[i] += idf * f * (m.k1 + 1) / (f + m.k1*(1-m.b+m.b*float64(m.lens[i])/m.avg))
		}
	}
	order := make([]int, len(m.docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, c int) bool { return scores[order[a]] > scores[order[c]] })
	return order[:min(k, len(order))]
}
