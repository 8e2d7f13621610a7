// Package multihop reads the public MuSiQue and HotpotQA samples beside
// the repository (shared/corpus/multihop-qa) for the tests and benchmarks
// that ask their questions of a store: the recall benchmark in retrieval
// and the store parity test in cmd/kgassist.
package multihop

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/corpustest"
)

// Paragraph is one candidate passage of a set's corpus.
type Paragraph struct{ Title, Text string }

// Question is one question and the corpus indexes of the paragraphs that
// support its answer.
type Question struct {
	Text    string
	Support []int
}

// Set is a benchmark's paragraphs and questions.
type Set struct {
	Name      string
	Corpus    []Paragraph
	Questions []Question
}

// Dir is the samples' folder; it fails or skips tb where it is absent.
func Dir(tb testing.TB) string {
	tb.Helper()
	return corpustest.Dir(tb, "multihop-qa")
}

// Sets reads both samples.
func Sets(tb testing.TB) []Set {
	tb.Helper()
	return []Set{Musique(tb), Hotpot(tb)}
}

func readJSON(tb testing.TB, name string, v any) {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(Dir(tb), name))
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
}

func paraKey(title, text string) string {
	return strings.TrimSpace(title) + "\x00" + strings.Join(strings.Fields(text), " ")
}

// Musique reads the MuSiQue sample: its corpus lists every candidate
// paragraph, and a question names its supporting ones by title and text.
func Musique(tb testing.TB) Set {
	tb.Helper()
	var corpus []Paragraph
	readJSON(tb, "musique_train_corpus.json", &corpus)
	var qs []struct {
		Question   string
		Paragraphs []struct {
			Title         string
			ParagraphText string `json:"paragraph_text"`
			IsSupporting  bool   `json:"is_supporting"`
		}
	}
	readJSON(tb, "musique_train.json", &qs)
	set := Set{Name: "MuSiQue", Corpus: corpus}
	index := map[string]int{}
	for i, p := range corpus {
		if _, ok := index[paraKey(p.Title, p.Text)]; !ok {
			index[paraKey(p.Title, p.Text)] = i
		}
	}
	for _, q := range qs {
		mq := Question{Text: q.Question}
		for _, p := range q.Paragraphs {
			if !p.IsSupporting {
				continue
			}
			i, ok := index[paraKey(p.Title, p.ParagraphText)]
			if !ok {
				tb.Fatalf("supporting paragraph %q not in the corpus", p.Title)
			}
			mq.Support = append(mq.Support, i)
		}
		set.Questions = append(set.Questions, mq)
	}
	return set
}

// Hotpot reads the HotpotQA sample: its corpus maps a title to its
// sentences, and a question names its supporting facts by title.
func Hotpot(tb testing.TB) Set {
	tb.Helper()
	var byTitle map[string][]string
	readJSON(tb, "hotpotqa_train_corpus.json", &byTitle)
	titles := make([]string, 0, len(byTitle))
	for t := range byTitle {
		titles = append(titles, t)
	}
	sort.Strings(titles)
	set := Set{Name: "HotpotQA"}
	pos := map[string]int{}
	for _, t := range titles {
		pos[t] = len(set.Corpus)
		set.Corpus = append(set.Corpus, Paragraph{Title: t, Text: strings.TrimSpace(strings.Join(byTitle[t], ""))})
	}
	var qs []struct {
		Question        string
		SupportingFacts [][]any `json:"supporting_facts"`
	}
	readJSON(tb, "hotpotqa_train.json", &qs)
	for _, q := range qs {
		mq := Question{Text: q.Question}
		for _, f := range q.SupportingFacts {
			t, _ := f[0].(string)
			i, ok := pos[t]
			if !ok {
				tb.Fatalf("supporting title %q not in the corpus", t)
			}
			if !slices.Contains(mq.Support, i) {
				mq.Support = append(mq.Support, i)
			}
		}
		set.Questions = append(set.Questions, mq)
	}
	return set
}

// WriteDocs writes each paragraph into dir as a small Markdown document
// ("# Title", then the text), the form the stores ingest it in, and
// returns each file's base name with its corpus index.
func WriteDocs(tb testing.TB, set Set, dir string) map[string]int {
	tb.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	byName := map[string]int{}
	for i, p := range set.Corpus {
		name := DocName(i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte("# "+p.Title+"\n\n"+p.Text+"\n"), 0o644); err != nil {
			tb.Fatal(err)
		}
		byName[name] = i
	}
	return byName
}

// DocName is the base name WriteDocs gives the corpus paragraph at index i.
func DocName(i int) string { return fmt.Sprintf("p%04d.md", i) }
