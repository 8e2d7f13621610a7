package main

import (
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The second held-out sets are frozen: their sizes are part of the contract,
// so a question added or lost shows up here.
const (
	heldout2DemoSize   = 113
	heldout2CorpusSize = 95
)

// computedKinds must each have a recomputed value: their expectations are
// aggregates, and an aggregate typed by hand is the mistake this test exists for.
var heldout2ComputedKinds = []string{"table", "bom", "where_used", "fmea_avg", "fmea_rank"}

func TestHeldout2DemoQA(t *testing.T) {
	items := loadQA(t, "heldout2_demo.jsonl")
	if len(items) != heldout2DemoSize {
		t.Fatalf("heldout2_demo.jsonl has %d questions, frozen at %d", len(items), heldout2DemoSize)
	}
	checkSchema(t, items)
	docs := demoDocs(t)
	computed := heldout2DemoComputed(t, loadDemoFacts(t))
	texts := map[string]heldout2Source{}
	for name, d := range docs {
		texts[name] = heldout2Source{audience: d.audience, text: d.text}
	}
	checkHeldout2Set(t, items, "h2d-", texts, computed)
}

func TestHeldout2CorpusQA(t *testing.T) {
	requireCorpus(t)
	items := loadQA(t, "heldout2_corpus.jsonl")
	if len(items) != heldout2CorpusSize {
		t.Fatalf("heldout2_corpus.jsonl has %d questions, frozen at %d", len(items), heldout2CorpusSize)
	}
	checkSchema(t, items)
	checkHeldout2Set(t, items, "h2c-", heldout2CorpusSources(t), heldout2CorpusComputed(t))
}

// heldout2Source is the normalised text of all files of one base name and the
// audience they are ingested with.
type heldout2Source struct {
	audience string
	text     string
}

// heldout2CorpusSources reads every file heldout2_corpus_paths.txt names.
func heldout2CorpusSources(t *testing.T) map[string]heldout2Source {
	return corpusSourcesOf(t, "heldout2_corpus_paths.txt")
}

// corpusSourcesOf reads every file a paths list names, keyed by base name
// (cn/ and en/ twins are joined), with its audience.
func corpusSourcesOf(t *testing.T, pathsFile string) map[string]heldout2Source {
	t.Helper()
	out := map[string]heldout2Source{}
	for _, line := range strings.Split(strings.TrimSpace(string(readFile(t, filepath.Join(qaDir, pathsFile)))), "\n") {
		path, audience, _ := strings.Cut(line, "\t")
		if audience == "" {
			audience = "public"
		}
		if audience != "public" && audience != "internal" {
			t.Fatalf("paths line %q: audience %q", line, audience)
		}
		for name, files := range corpusFilesUnder(t, path) {
			s := out[name]
			if s.audience != "" && s.audience != audience {
				t.Fatalf("%s is ingested both as %s and %s", name, s.audience, audience)
			}
			s.audience = audience
			for _, f := range files {
				s.text += normalize(string(readFile(t, f))) + "\n"
			}
			out[name] = s
		}
	}
	return out
}

func checkHeldout2Set(t *testing.T, items []qaItem, prefix string, sources map[string]heldout2Source, computed map[string][]string) {
	t.Helper()
	for id := range computed {
		if !slices.ContainsFunc(items, func(it qaItem) bool { return it.ID == id }) {
			t.Errorf("computed value for %s, which is not in the set", id)
		}
	}
	for _, it := range items {
		if !strings.HasPrefix(it.ID, prefix) {
			t.Errorf("%s: id does not start with %s", it.ID, prefix)
		}
		for _, f := range it.Forbid {
			checkHeldout2Forbid(t, it.ID, f, sources)
		}
		if it.Abstain {
			continue
		}
		var text strings.Builder
		for _, s := range it.Sources {
			src, ok := sources[s]
			if !ok {
				t.Errorf("%s: source %s is not ingested", it.ID, s)
				continue
			}
			if it.Clearance == "public" && src.audience != "public" {
				t.Errorf("%s: asked at public clearance but cites %s (%s)", it.ID, s, src.audience)
			}
			text.WriteString(src.text + "\n")
		}
		values, isComputed := computed[it.ID]
		if slices.Contains(heldout2ComputedKinds, it.Kind) && !isComputed {
			t.Errorf("%s: kind %s needs a value recomputed from the files", it.ID, it.Kind)
		}
		checkHeldout2Groups(t, it, text.String(), values)
	}
}

// checkHeldout2Groups requires every recomputed value to match a group, and
// every group no value matched to occur in the question's sources.
func checkHeldout2Groups(t *testing.T, it qaItem, text string, values []string) {
	t.Helper()
	matched := make([]bool, len(it.Expect))
	for _, v := range values {
		hit := false
		for i, g := range it.Expect {
			if slices.ContainsFunc(g, func(alt string) bool { return heldout2Matches(v, alt) }) {
				matched[i], hit = true, true
			}
		}
		if !hit {
			t.Errorf("%s: recomputed value %q matches no expect group %v", it.ID, v, it.Expect)
		}
	}
	for i, g := range it.Expect {
		if !matched[i] && !containsAny(text, g) {
			t.Errorf("%s: no alternative of %v occurs in its sources %v", it.ID, g, it.Sources)
		}
		if matched[i] {
			checkHeldout2Numbers(t, it.ID, g, values)
		}
	}
}

var hasDigit = regexp.MustCompile(`[0-9]`)

// checkHeldout2Numbers rejects a group that a recomputed number matched but
// that also holds an alternative stating another number: any one alternative
// passes an answer, so each must be right.
func checkHeldout2Numbers(t *testing.T, id string, group, values []string) {
	t.Helper()
	numeric := slices.ContainsFunc(values, func(v string) bool {
		return numberLike.MatchString(normalize(v)) && slices.ContainsFunc(group, func(a string) bool { return heldout2Matches(v, a) })
	})
	if !numeric {
		return
	}
	for _, a := range group {
		if hasDigit.MatchString(a) && !slices.ContainsFunc(values, func(v string) bool { return heldout2Matches(v, a) }) {
			t.Errorf("%s: alternative %q states none of the recomputed values %v", id, a, values)
		}
	}
}

var (
	numberLike = regexp.MustCompile(`^[0-9][0-9.]*$`)
	wan        = regexp.MustCompile(`[0-9.]+ ?万`) // ten thousand, as Chinese writes large sums
)

// heldout2Matches says whether an expected alternative states a recomputed
// value: a number must stand alone in it ("8 条" states 8, "48 m³/h" does not
// state 8), a name may be written in full or in part.
func heldout2Matches(value, alt string) bool {
	v, a := normalize(value), normalize(alt)
	if !numberLike.MatchString(v) {
		return strings.Contains(a, v) || strings.Contains(v, a)
	}
	a = wan.ReplaceAllStringFunc(strings.ReplaceAll(a, ",", ""), func(m string) string {
		x, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(m, "万")), 64)
		return num(math.Round(x * 10000))
	})
	for i := strings.Index(a, v); i >= 0; {
		end := i + len(v)
		before := i == 0 || !isNumberByte(a[i-1])
		after := end == len(a) || !isNumberByte(a[end]) || (a[end] == '.' && (end+1 == len(a) || !isNumberByte(a[end+1])))
		if before && after {
			return true
		}
		next := strings.Index(a[i+1:], v)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isNumberByte(b byte) bool { return b >= '0' && b <= '9' || b == '.' }

func checkHeldout2Forbid(t *testing.T, id, f string, sources map[string]heldout2Source) {
	t.Helper()
	internal := false
	for name, s := range sources {
		if !strings.Contains(s.text, normalize(f)) {
			continue
		}
		if s.audience == "public" {
			t.Errorf("%s: forbidden %q occurs in public file %s, so it is no leak", id, f, name)
		} else {
			internal = true
		}
	}
	if !internal {
		t.Errorf("%s: forbidden %q occurs in no internal file", id, f)
	}
}

func h2Round2(v float64) float64 { return math.Round(v*100) / 100 }

func h2Count[T any](xs []T, keep func(T) bool) string {
	n := 0
	for _, x := range xs {
		if keep(x) {
			n++
		}
	}
	return strconv.Itoa(n)
}

func h2Distinct(values []string) []string {
	var out []string
	for _, v := range values {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// countModes counts the FMEA's failure modes keep holds, as a figure.
func (f *demoFacts) countModes(keep func(fmeaFact) bool) string { return h2Count(f.fmea, keep) }

// countLog counts the maintenance log's rows keep holds, as a figure.
func (f *demoFacts) countLog(keep func([]string) bool) string { return h2Count(f.log, keep) }
