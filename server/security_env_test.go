package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/attackcorpus"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/retrieval"
)

// hostileEnv is the demo server (public and internal documents) answering
// through a, with extra public documents ingested beside the demo corpus.
func hostileEnv(t *testing.T, a assistant.Answerer, extra []ingest.Source) (*env, string) {
	t.Helper()
	e := newEnv(t, envOptions{tweak: func(o *Options) {
		r := retrieval.New(o.Store, hashembed.New(0), retrieval.Options{})
		o.Assistant, o.OnChange, o.IPRatePerMin = assistant.New(r, a), r.Invalidate, 1_000_000
	}})
	ctx := context.Background()
	for _, src := range extra {
		if res := e.srv.opts.Pipeline.Ingest(ctx, src); res.Status != ingest.StatusOK {
			t.Fatalf("ingest %s: %s %s", src.URI, res.Status, res.Error)
		}
	}
	e.srv.opts.OnChange()
	key := e.key("public", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public})
	return e, key
}

// attackSources are the poisoned documents, all public.
func attackSources() []ingest.Source {
	var out []ingest.Source
	for _, d := range attackcorpus.Injections() {
		out = append(out, ingest.Source{URI: "attacks/" + d.Name, Data: d.Data, Audience: kg.Public})
	}
	return out
}

// secrets is what a public caller must never see: the ids of internal
// chunks and documents, and strings that occur only in internal text.
type secrets struct {
	strings  []string
	chunkIDs []string
	docIDs   []string
}

// internalSecrets reads the store: candidates are the demo questions'
// forbidden strings, the BOM's suppliers and extra (generated) names; a
// candidate counts only if internal text has it and no public text does,
// so the list is taken from the documents rather than written down.
func internalSecrets(t *testing.T, st kg.Store, extra []string) secrets {
	t.Helper()
	ctx := context.Background()
	docs, err := st.ListDocuments(ctx, kg.Restricted, kg.DocumentQuery{Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	var pub, internal strings.Builder
	var s secrets
	for _, d := range docs {
		var ids []string
		for i := 0; i <= d.Chunks; i++ {
			ids = append(ids, kg.ChunkID(d.ID, i))
		}
		chunks, err := st.Chunks(ctx, kg.Restricted, ids)
		if err != nil {
			t.Fatal(err)
		}
		text := &pub
		if d.Audience > kg.Public {
			text = &internal
			s.docIDs = append(s.docIDs, d.ID)
			for _, c := range chunks {
				s.chunkIDs = append(s.chunkIDs, c.ID)
			}
		}
		text.WriteString(d.Title + "\n")
		for _, c := range chunks {
			text.WriteString(c.Text + "\n")
		}
	}
	for _, c := range append(append(forbiddenStrings(t), bomSuppliers(t)...), extra...) {
		if len([]rune(c)) >= 4 && strings.Contains(internal.String(), c) && !strings.Contains(pub.String(), c) {
			s.strings = append(s.strings, c)
		}
	}
	if len(s.strings) < 5 || len(s.chunkIDs) == 0 {
		t.Fatalf("too few internal-only strings to probe with: %q, %d chunks", s.strings, len(s.chunkIDs))
	}
	return s
}

func forbiddenStrings(t *testing.T) []string {
	cases, err := qaeval.Load(filepath.Join("..", "testdata", "qa", "demo.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cases {
		out = append(out, c.Forbid...)
	}
	return out
}

func bomSuppliers(t *testing.T) []string {
	f, err := os.Open(filepath.Join(demoRoot, "internal", "bom.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows[1:] {
		if name := r[len(r)-1]; !strings.Contains(name, "in-house") {
			out = append(out, name)
		}
	}
	return out
}

// leaks lists the secrets found in a response body. JSON escapes are
// undone first, so "\u003c" or an escaped quote cannot hide a match.
// Strings the caller sent itself (asked) are echoed back as the question
// and do not count.
func (s secrets) leaks(body []byte, asked ...string) []string {
	text := string(body)
	var v any
	if json.Unmarshal(body, &v) == nil {
		var b strings.Builder
		collectStrings(v, &b)
		text += "\n" + b.String()
	}
	var out []string
	for _, group := range [][]string{s.strings, s.chunkIDs, s.docIDs} {
		for _, x := range group {
			if strings.Contains(text, x) && !sentByCaller(x, asked) {
				out = append(out, x)
			}
		}
	}
	return out
}

func collectStrings(v any, b *strings.Builder) {
	switch x := v.(type) {
	case string:
		b.WriteString(x + "\n")
	case []any:
		for _, e := range x {
			collectStrings(e, b)
		}
	case map[string]any:
		for k, e := range x {
			b.WriteString(k + "\n")
			collectStrings(e, b)
		}
	}
}

func sentByCaller(x string, asked []string) bool {
	for _, a := range asked {
		if strings.Contains(a, x) {
			return true
		}
	}
	return false
}
