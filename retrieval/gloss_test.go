package retrieval

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/testlines"
)

func TestGlossNamesTheOtherLanguagesWords(t *testing.T) {
	got := strings.Join(Gloss("浇注地脚螺栓后以 120 N·m 的扭矩拧紧。", "zh", 3), "; ")
	if !strings.Contains(got, "扭矩 = torque") {
		t.Fatalf("Gloss = %q", got)
	}
	got = strings.Join(Gloss("Tighten to the rated torque.", "en", 3), "; ")
	if !strings.Contains(got, "torque = 扭矩") {
		t.Fatalf("Gloss = %q", got)
	}
	if g := Gloss("nothing here", "en", 3); len(g) != 0 {
		t.Fatalf("Gloss = %q", g)
	}
}

// Customers ask with everyday words; each must reach the form the other
// language's documents use.
func TestGlossaryReachesCustomerWords(t *testing.T) {
	files, err := filepath.Glob("testdata/customer_words*.tsv")
	if err != nil || len(files) == 0 {
		t.Fatalf("no customer word lists: %v", err)
	}
	for _, f := range files {
		for _, line := range testlines.Read(t, f) {
			question, want, _ := strings.Cut(line, "\t")
			if forms := altForms(Analyze(question)); !containsFold(forms, want) {
				t.Errorf("%q: other-language forms %q lack %q", question, forms, want)
			}
		}
	}
}

// A Chinese question reaches the other Chinese forms of its words: the
// documents say 材料 where the customer says 材质.
func TestGlossaryReachesSameLanguageForms(t *testing.T) {
	for _, line := range testlines.Read(t, "testdata/same_language_words.tsv") {
		question, want, _ := strings.Cut(line, "\t")
		q := Analyze(question)
		if forms := altForms(q); !containsFold(forms, want) {
			t.Errorf("%q: forms %q lack %q", question, forms, want)
		}
		if q.Covered(TokenSet(want)) == 0 {
			t.Errorf("%q: a passage saying %q covers none of its terms", question, want)
		}
	}
}

// altForms lists every form the question's words reach, in either language.
func altForms(q Question) []string {
	var forms []string
	for _, w := range q.altWords {
		forms = append(forms, w...)
	}
	return forms
}

func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, s) })
}

// A verb's ending reaches the glossary's form; a plural does only where
// the glossary lists it.
func TestGlossaryFormsTakeVerbEndingsOnly(t *testing.T) {
	if q := Analyze("Can it be installed outdoors?"); len(q.altWords["instal"]) == 0 {
		t.Errorf("installed: no other-language form, alts %v", q.altWords)
	}
	if q := Analyze("Which hex keys are needed?"); len(q.altWords["key"]) > 0 {
		t.Errorf("keys: other-language forms %v, want none", q.altWords["key"])
	}
}

func TestTokenSetHoldsHyphenatedParts(t *testing.T) {
	for _, c := range []struct {
		text, token string
		want        bool
	}{
		{"Shut-off head: 38 m", "shut", true},
		{"Shut-off head: 38 m", "off", true},
		{"Shut-off head: 38 m", "shut-off", true},
		{"The pump is not self-priming", "prime", true},
		{"mechanical seal CP200-SEL-01", "sel", false}, // a part number stays whole
		{"mechanical seal CP200-SEL-01", "cp200-sel-01", true},
		{"3x M3x25mm hexagon head screws", "m3x25", true},
		{"3x Viton O-ring, 30x2mm", "30x2", true},
		{"use 25mm screws", "25", false}, // a length is no designation

	} {
		if got := TokenSet(c.text)[c.token]; got != c.want {
			t.Errorf("TokenSet(%q)[%q] = %v, want %v", c.text, c.token, got, c.want)
		}
	}
}

// An inflected word is not glossed: "covered" is not the pump cover.
func TestGlossLeavesInflectedWords(t *testing.T) {
	for _, g := range Gloss("Wear parts are not covered by the warranty.", "en", 3) {
		if strings.HasPrefix(g, "cover") {
			t.Errorf("Gloss gave %q", g)
		}
	}
	if g := Gloss("Remove the pump cover.", "en", 3); len(g) == 0 || !strings.Contains(strings.Join(g, ";"), "泵盖") {
		t.Errorf("Gloss of the pump cover = %q", g)
	}
}
