package retrieval

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// glossaryWordsByScan is glossaryWords trying every form of the glossary,
// as it first did: the index must find the very same words.
func glossaryWordsByScan(zh string) []glossWord {
	var hits []glossWord
	for _, e := range glossary {
		for _, f := range e.zhRaw {
			if f != "" && strings.Contains(zh, f) && len(e.enRaw) > 0 {
				hits = append(hits, glossWord{f, e.enRaw[0]})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return len(hits[i].zh) > len(hits[j].zh) })
	var out []glossWord
	for _, h := range hits {
		if strings.Contains(zh, h.zh) {
			zh = strings.ReplaceAll(zh, h.zh, " ")
			out = append(out, h)
		}
	}
	return out
}

func TestGlossaryIndexFindsWhatAScanFinds(t *testing.T) {
	texts := []string{"", "pump", "水泵的额定电压是多少", "涡轮增压器漏油", "液压系统（Hydraulic System）有哪几个零件",
		"\xe6水泵\xff电机", "维修记录里有哪些轴承更换", "机械密封泄漏怎么办？叶轮松动，电机过热。"}
	var all []string
	for _, e := range glossary {
		all = append(all, e.zhRaw...)
	}
	texts = append(texts, all...)
	for i := 0; i+3 < len(all); i += 3 {
		texts = append(texts, all[i]+all[i+1]+"的"+all[i+2]+all[i+3])
	}
	for _, s := range texts {
		if got, want := glossaryWords(s), glossaryWordsByScan(s); !reflect.DeepEqual(got, want) {
			t.Errorf("glossaryWords(%q) = %v, want %v", s, got, want)
		}
	}
}

func BenchmarkGlossaryWords(b *testing.B) {
	zh := "液压系统的液压泵漏油后要更换哪些密封件"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for size := 2; size <= 6; size++ {
			rs := []rune(zh)
			for j := 0; j+size <= len(rs); j++ {
				glossaryWords(string(rs[j : j+size]))
			}
		}
	}
}
