package retrieval_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/hashembed"
	"github.com/kgassist/kgassist/retrieval"
)

// A Chinese question names an English sheet's item by its Chinese word;
// the glossary links it, so the FMEA rows computed are that item's alone,
// as they are for the English question.
func TestChineseQuestionLinksEnglishSheetItems(t *testing.T) {
	st := openPaths(t, kg.Public, filepath.Join("testdata", "english_sheets", "truck_fmea.csv"))
	r := retrieval.New(st, hashembed.New(0), retrieval.Options{})
	for _, c := range []struct{ question, item string }{
		{"涡轮增压器有哪些失效模式？", "Turbocharger"},
		{"What failure modes does the turbocharger have?", "Turbocharger"},
		{"轮胎磨损的严重度是多少？", "Tyre"},
		{"散热器的失效模式有哪些？", "Radiator"},
		{"what's the detection rating for turbo failure?", "Turbocharger"},
	} {
		ev := retrieve(t, r, kg.Public, c.question)
		if len(ev.Computed) == 0 || len(ev.Computed[0].Lines) == 0 {
			t.Errorf("%q: no FMEA rows computed", c.question)
			continue
		}
		for _, l := range ev.Computed[0].Lines {
			if !strings.Contains(l.Name, c.item) {
				t.Errorf("%q: row %q is not about %s", c.question, l.Name, c.item)
			}
		}
	}
}

// Outside FMEA, count and price questions a glossary word links nothing:
// "夹紧件" is any clamp, and the item the question names is found by its
// own words.
func TestGlossaryWordsLinkOnlyForFMEA(t *testing.T) {
	st := openPaths(t, kg.Public, filepath.Join("testdata", "english_sheets", "truck_fmea.csv"))
	r := retrieval.New(st, hashembed.New(0), retrieval.Options{})
	ev := retrieve(t, r, kg.Public, "涡轮增压器是做什么用的？")
	for _, l := range ev.Linked {
		if l.Via == "glossary" {
			t.Errorf("linked %s through the glossary outside an FMEA question", l.Entity.Name)
		}
	}
}

// A Chinese count of one part links the English list's part by the
// glossary, so "火星车有几个轮子" is counted as "how many wheels" is.
func TestChinesePartCountLinksEnglishListPart(t *testing.T) {
	st := openPaths(t, kg.Public, filepath.Join("testdata", "english_sheets", "rover_parts_list.csv"))
	r := retrieval.New(st, hashembed.New(0), retrieval.Options{})
	for _, q := range []string{"how many wheels does the rover have", "火星车有几个轮子", "漫游车一共有多少个车轮"} {
		ev := retrieve(t, r, kg.Public, q)
		if !countsSix(ev, "wheel") {
			t.Errorf("%q: no total of 6 wheels computed; linked %v, computed %+v", q, ev.Trace.Linked, ev.Computed)
		}
	}
}

// A Chinese price question naming nothing by name links the English
// list's part by the glossary, as "what does one rover wheel cost" links
// "wheel": a price is one item's, and without the link no passage is
// about the item asked.
func TestChinesePriceLinksEnglishListPart(t *testing.T) {
	st := openPaths(t, kg.Public, filepath.Join("testdata", "english_sheets", "rover_parts_list.csv"))
	r := retrieval.New(st, hashembed.New(0), retrieval.Options{})
	for q, want := range map[string]string{
		"漫游车的轮子单价多少钱？":   "wheel",
		"火星车轮子的价格是多少？":   "wheel",
		"驱动轮整车算下来要花多少钱？": "drive wheel",
	} {
		ev := retrieve(t, r, kg.Public, q)
		if !slices.ContainsFunc(ev.Linked, func(l retrieval.Linked) bool { return l.Entity.Name == want }) {
			t.Errorf("%q: linked %v, want %s", q, ev.Trace.Linked, want)
		}
	}
}

// countsSix reports whether a total of 6 of the part was computed, as a
// roll-up or as a where-used list's top.
func countsSix(ev *retrieval.Evidence, part string) bool {
	for _, c := range ev.Computed {
		if c.Target != part {
			continue
		}
		if c.Total == 6 {
			return true
		}
		for _, top := range c.Tops {
			if top.Qty == 6 {
				return true
			}
		}
	}
	return false
}

// A Chinese count of something else links none of the words around it:
// "轮子要打几个孔" counts holes, and the wheel is found by its own words.
func TestChineseCountLinksOnlyTheCountedWord(t *testing.T) {
	st := openPaths(t, kg.Public, filepath.Join("testdata", "english_sheets", "rover_parts_list.csv"))
	r := retrieval.New(st, hashembed.New(0), retrieval.Options{})
	ev := retrieve(t, r, kg.Public, "轮子要打几个孔")
	for _, l := range ev.Linked {
		if l.Via == "glossary" {
			t.Errorf("linked %s through the glossary, though the question counts holes", l.Entity.Name)
		}
	}
}
