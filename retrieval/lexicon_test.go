package retrieval

import (
	"os"
	"strings"
	"testing"
)

// markdownSections splits a Markdown document at its headings.
func markdownSections(doc string) []Section {
	var out []Section
	for _, line := range strings.Split(doc, "\n") {
		if h := strings.TrimLeft(line, "#"); h != line && strings.HasPrefix(h, " ") {
			out = append(out, Section{Heading: strings.TrimSpace(h), Level: len(line) - len(h)})
			continue
		}
		if len(out) == 0 {
			out = append(out, Section{Level: 0})
		}
		out[len(out)-1].Text += line + "\n"
	}
	return out
}

const parallelZh = `# 1. 概述
叶轮为闭式，直径 174 mm。
# 2. 轴承
轴承 6308 需要润滑脂。
# 3. 检查
每 4000 h 检查叶轮和轴承。
# 4. 电机
电机功率 7.5 kW。
# 5. 防护
电机防护等级 IP55。
`

// The English version has a section the Chinese one lacks: alignment
// skips it instead of shifting every pair after it.
const parallelEn = `# 1. Overview
The impeller is closed, diameter 174 mm.
# 2. Bearings
Bearing 6308 needs grease.
# 2a. Note
Read the whole manual first.
# 3. Inspection
Check the impeller and the bearing every 4000 h.
# 4. Motor
Motor power 7.5 kW.
# 5. Protection
Motor protection class IP55.
`

func TestAlignSectionsSkipsAnAddedSection(t *testing.T) {
	zh, en := markdownSections(parallelZh), markdownSections(parallelEn)
	got := AlignSections(zh, en)
	want := []SectionPair{{0, 0}, {1, 1}, {2, 3}, {3, 4}, {4, 5}}
	if len(got) != len(want) {
		t.Fatalf("pairs %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("pairs %v, want %v", got, want)
		}
	}
}

func TestLearnLexiconFromAlignedSections(t *testing.T) {
	zh, en := markdownSections(parallelZh), markdownSections(parallelEn)
	lex := LearnLexicon(AlignPassages(zh, en, AlignSections(zh, en)))
	got := map[string]string{}
	for _, p := range lex {
		got[p.Zh] = p.En
		if len(p.Evidence) != p.Together {
			t.Errorf("%s = %s: %d passages of evidence for %d together", p.Zh, p.En, len(p.Evidence), p.Together)
		}
	}
	for zh, en := range map[string]string{"叶轮": ContentTerms("impeller")[0], "轴承": ContentTerms("bearing")[0], "电机": ContentTerms("motor")[0]} {
		if got[zh] != en {
			t.Errorf("learned %s = %q, want %q (lexicon %v)", zh, got[zh], en, lex)
		}
	}
	if en, ok := got["直径"]; ok {
		t.Errorf("learned 直径 = %q from one section", en)
	}
}

// The demo's two manuals are parallel by structure; what they teach is
// logged for review.
func TestLearnLexiconFromDemoManuals(t *testing.T) {
	zhDoc, err := os.ReadFile("../examples/demo/public/manual_zh.md")
	if err != nil {
		t.Fatal(err)
	}
	enDoc, err := os.ReadFile("../examples/demo/public/manual_en.md")
	if err != nil {
		t.Fatal(err)
	}
	zh, en := markdownSections(string(zhDoc)), markdownSections(string(enDoc))
	pairs := AlignSections(zh, en)
	if len(pairs) < len(zh)-1 {
		t.Fatalf("aligned %d of %d sections: %v", len(pairs), len(zh), pairs)
	}
	for _, p := range pairs {
		t.Logf("%q ↔ %q", zh[p.Zh].Heading, en[p.En].Heading)
	}
	lex := LearnLexicon(AlignPassages(zh, en, pairs))
	for _, p := range lex {
		t.Logf("%s = %s (together %d, dice %.2f)", p.Zh, p.En, p.Together, p.Dice)
	}
}
