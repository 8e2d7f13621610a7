package textseg

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// eachWordByRunes is EachWord written the plain way, a rune at a time
// into a builder: the reading EachWord must keep while it slices s.
func eachWordByRunes(s string, fn func(tok, word string)) {
	s = norm.NFKC.String(s)
	var word strings.Builder
	var cjk []rune
	flushWord := func() {
		if word.Len() > 0 {
			if w := strings.TrimRight(word.String(), ".-_"); w != "" {
				fn(stem(w), w)
			}
			word.Reset()
		}
	}
	flushCJK := func() {
		switch len(cjk) {
		case 0:
		case 1:
			fn(string(cjk), string(cjk))
		default:
			for i := 0; i+1 < len(cjk); i++ {
				fn(string(cjk[i:i+2]), string(cjk[i:i+2]))
			}
		}
		cjk = cjk[:0]
	}
	for _, r := range s {
		switch {
		case IsCJK(r):
			flushWord()
			cjk = append(cjk, r)
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			flushCJK()
			word.WriteRune(unicode.ToLower(r))
		case (r == '.' || r == '-' || r == '_') && word.Len() > 0:
			word.WriteRune(r)
		default:
			flushCJK()
			flushWord()
		}
	}
	flushCJK()
	flushWord()
}

func collect(each func(string, func(tok, word string)), s string) [][2]string {
	var out [][2]string
	each(s, func(tok, word string) { out = append(out, [2]string{tok, word}) })
	return out
}

// EachWord reads words and CJK runs as slices of the text; what it yields
// must be what the rune-by-rune reading yields, case, width, hyphens,
// trailing stops and bigrams alike.
func TestEachWordSlicesAsRunesRead(t *testing.T) {
	for _, s := range []string{
		"", " ", "...", "-p", "Impeller P-100 torque 25 N·m", "Seal leaks. Replace it-",
		"HF-CP200水泵的额定功率是多少", "叶轮松动", "泵", "泵 pump 阀", "额定电压12V", "ＡＢＣ１２ Ｐ-１００",
		"1.5 mm.", "m8_x_ 0.25-", "İstanbul KELVIN \u212a ſeal ÀÉÎ", "ポンプの定格電圧 한국어 텍스트",
		"电机.5", "A.泵", "word\xffbroken \xe6\xb3 泵\xff泵", "Ⅻ ½ ² ＡＢ泵ｃｄ", "e\u0301té CAFÉ",
		"Motor rated power: 7.5 kW (IE3, 2-pole). 电机额定功率：7.5 kW。",
	} {
		got, want := collect(EachWord, s), collect(eachWordByRunes, s)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("EachWord(%q) = %q, want %q", s, got, want)
		}
	}
}

// Passage text is tokenised for every passage ranked: lower-case English
// and Chinese runs cost no allocation per token.
func TestEachWordAllocatesNothingForPlainText(t *testing.T) {
	for _, s := range []string{"the seal leaks at the shaft of pump p-100 after 5000 h", "叶轮松动时停机检查"} {
		n := 0
		if allocs := testing.AllocsPerRun(50, func() { EachWord(s, func(tok, word string) { n += len(tok) }) }); allocs > 1 {
			t.Errorf("EachWord(%q) allocates %.0f times, want at most 1", s, allocs)
		}
	}
}

func BenchmarkEachWord(b *testing.B) {
	texts := []string{
		"Replace the mechanical seal CP200-SEL-01 when it leaks at the shaft; torque the impeller nut to 25 N·m.",
		"HF-CP200离心泵的额定流量是多少？电机额定功率7.5 kW，防护等级IP55。",
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			EachWord(s, func(tok, word string) {})
		}
	}
}
