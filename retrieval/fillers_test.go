package retrieval

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// withoutFillers skips a step whose phrases cannot be in the text; what it
// leaves must be what running every step leaves.
func TestWithoutFillersSkipsOnlyWhatCannotMatch(t *testing.T) {
	every := func(s string) string {
		s = askerTrades.ReplaceAllStringFunc(spokenEnPhrases.ReplaceAllString(s, " "), func(m string) string {
			aux, _, _ := strings.Cut(m, " ")
			return aux + " "
		})
		return zhStopPhrases.Replace(zhDemonstratives.ReplaceAllString(s, " "))
	}
	for _, s := range []string{
		"", "How do I replace the seal?", "What's WRONG with the pump, any IDEAS", "it stopped totally, even though oiled",
		"Completely blank display", "an idealist evenly wronged", "whatever", "这台泵为啥不转", "那些螺丝是什么规格？",
		"HF-CP200的额定电压是多少", "pump 额定，电压。", "what fuse should the ELECTRICIAN fit", "does our inſtaller need it", "can an electrician wire it", "EVEN IF the motor trips 这张工单", "ſeal K-type", "这",
	} {
		if got, want := withoutFillers(s), every(s); got != want {
			t.Errorf("withoutFillers(%q) = %q, want %q", s, got, want)
		}
	}
}

// The skips rest on two facts about the phrases, checked here so that a
// phrase added later cannot slip past them.
func TestFillerSkipsHoldForEveryPhrase(t *testing.T) {
	for i := 0; i < len(zhStopPairs); i += 2 {
		if r, _ := utf8.DecodeRuneInString(zhStopPairs[i]); r < utf8.RuneSelf {
			t.Errorf("Chinese stop phrase %q starts in ASCII", zhStopPairs[i])
		}
	}
	for _, a := range slices.Concat(spokenEnAnchors, askerTradeAnchors, figuresSeenAnchors) {
		for _, r := range a {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if f >= utf8.RuneSelf {
					t.Errorf("anchor %q: %q folds to %q, which containsAnyFold misses", a, r, f)
				}
			}
		}
	}
	src := spokenEnPhrases.String()
	inner := src[strings.Index(src, "(?:")+3 : strings.LastIndex(src, ")")]
	if strings.ContainsAny(inner, "()[]\\.*+") {
		t.Fatalf("spoken phrases %q are no longer plain alternatives: check the anchors by hand", inner)
	}
	for _, alt := range strings.Split(inner, "|") {
		held := false
		for _, a := range spokenEnAnchors {
			held = held || strings.Contains(alt, a)
		}
		if !held {
			t.Errorf("spoken phrase %q holds none of %q", alt, spokenEnAnchors)
		}
	}
}

func BenchmarkContentTerms(b *testing.B) {
	texts := []string{
		"Mechanical seal CP200-SEL-01 leaks at the shaft after 5000 h of running",
		"Impeller, Motor", "HF-CP200离心泵的额定流量是多少？", "What's wrong with the pump, it stopped totally",
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			ContentTerms(s)
		}
	}
}

// termOverlap counts each question term found, a repeated one each time,
// as a set of the text's terms would.
func TestTermOverlapCountsEachQuestionTerm(t *testing.T) {
	for _, c := range []struct {
		terms []string
		s     string
		want  int
	}{
		{nil, "pump seal", 0},
		{[]string{"pump", "seal"}, "", 0},
		{[]string{"pump", "seal", "weight"}, "Pump seal, seal kit of the pump", 2},
		{[]string{"seal", "seal"}, "seal", 2},
		{ContentTerms("水泵的额定电压"), "额定电压 220 V", 3},
	} {
		if got := termOverlap(c.terms, c.s); got != c.want {
			t.Errorf("termOverlap(%q, %q) = %d, want %d", c.terms, c.s, got, c.want)
		}
	}
}

func TestContainsAnyFold(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"", false}, {"wron", false}, {"WRONG", true}, {"it went Wrong.", true}, {"泵Idea", true},
		{"eve", false}, {"@VEN", false}, {"totall", false}, {"xxCOMPLETELY", true},
	} {
		if got := containsAnyFold(c.s, spokenEnAnchors); got != c.want {
			t.Errorf("containsAnyFold(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// The names termOverlap reads are cut into terms once: remembered terms
// are the terms, seen once, seen again and after the memory starts over.
func TestNamesTermsAreContentTerms(t *testing.T) {
	names := []string{"", "Mechanical seal CP200-SEL-01", "叶轮 impeller", "What's wrong totally", "Pump P-100 Motor"}
	check := func(when string) {
		for _, s := range names {
			if got, want := namesTerms(s), ContentTerms(s); !slices.Equal(got, want) {
				t.Errorf("%s, %q: %q, want %q", when, s, got, want)
			}
		}
	}
	check("first")
	check("again")
	for i := 0; i <= maxNamesTerms; i++ {
		namesTerms(strconv.Itoa(i))
	}
	check("after starting over")
	if allocs := testing.AllocsPerRun(20, func() { termOverlap([]string{"seal"}, names[1]) }); allocs > 0 {
		t.Errorf("overlap with a name read before allocates %.0f times", allocs)
	}
}
