package assistant

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Asked how to deal with a code, the code list's entry says how: the
// sentences after the entry's head belong to the code, the head itself
// only names it, and another code's entry does not.
func TestCodeEntryAnswersHow(t *testing.T) {
	list := "F03 过电流：电流超过额定值 15 %。 F04 参数丢失：存储校验失败。同时按住\"设定\"和\"停止\"键 5 秒恢复出厂设置；无效时更换主板。\n"
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"How do I get the factory settings back after F04?", "同时按住\"设定\"和\"停止\"键 5 秒恢复出厂设置", true},
		{"F04之后怎么恢复出厂设置？", "同时按住\"设定\"和\"停止\"键 5 秒恢复出厂设置", true},
		{"How do I get the factory settings back after F03?", "同时按住\"设定\"和\"停止\"键 5 秒恢复出厂设置", false},
		{"When did F04 last happen?", "同时按住\"设定\"和\"停止\"键 5 秒恢复出厂设置", false},
		{"Panel shows F04 after a power cut, how do we recover it?", "同时按住\"设定\"和\"停止\"键 5 秒恢复出厂设置", true},
		{"F03 keeps tripping, what should we check?", "F04 参数丢失：存储校验失败。", false},
	} {
		codes := codeTerms(evidence(c.q))
		got := asksHowAboutCode(c.q, codes) && inCodeEntry(list, c.s, codes)
		if got != c.want {
			t.Errorf("%s / %s: got %v, want %v (codes %q)", c.q, c.s, got, c.want, codes)
		}
	}
}

// A fault code stays a code the passages must hold, however many of them
// name it: it is no model number printed on every page.
func TestFaultCodeInEveryPassageStaysACode(t *testing.T) {
	var items []retrieval.Item
	for i, s := range []string{"E03 干转保护：液位开关断开。", "Control box shows E03 — Remedy Refill the tank.", "E03 is the dry-running protection."} {
		items = append(items, retrieval.Item{N: i + 1, Chunk: kg.Chunk{ID: strconv.Itoa(i), Text: s, Lang: "en"}})
	}
	if codes := codeTerms(evidence("E03 keeps tripping, what should we check?", items...)); !slices.Contains(codes, "e03") {
		t.Errorf("codes %q lack e03", codes)
	}
}

// A code read off the display is what a later part asks about by "it":
// "how do we get it back to normal" is asked of E09.
func TestLaterPartAsksOfTheCode(t *testing.T) {
	parts := questionParts("control box on one of our pumps threw E09 - what does that code mean and how do we get it back to normal?")
	if len(parts) != 2 || !strings.Contains(parts[1], "E09") {
		t.Errorf("parts %q: the second part lost its code", parts)
	}
}
