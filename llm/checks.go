package llm

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kgassist/kgassist/assistant/safetext"
	"github.com/kgassist/kgassist/retrieval"
)

// Check kinds, counted in the trace.
const (
	checkBadCitation      = "bad_citation"
	checkLink             = "link"
	checkUncited          = "uncited"
	checkUnsupported      = "unsupported"
	checkPromptEcho       = "prompt_echo"
	checkUnsupportedWords = "unsupported_words"
)

var (
	citeMark    = regexp.MustCompile(`\[(\d{1,3})\]`)
	number      = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	partCode    = regexp.MustCompile(`\b[A-Za-z][A-Za-z0-9]*(?:[-_/.]?[A-Za-z0-9]+)*\b`)
	thousands   = regexp.MustCompile(`^\d{1,3}(,\d{3})+(\.\d+)?$`)
	listOrdinal = regexp.MustCompile(`^\s*(?:[-*•]\s*)?\d{1,2}[.)、]\s`)
)

// Checker verifies what a model wrote against the evidence it was given.
// Every method is a pure function of the evidence and the text.
type Checker struct {
	items   int
	hosts   []string
	numbers map[string]bool
	flat    string // evidence text folded for part-number lookups
	support supportSets
}

// NewChecker prepares the checks for ev. Links may point only at hosts
// (and their subdomains).
func NewChecker(ev *retrieval.Evidence, hosts []string) *Checker {
	support := supportText(ev)
	c := &Checker{items: len(ev.Items), hosts: hosts, numbers: map[string]bool{}, flat: fold(support), support: newSupportSets(ev)}
	for _, n := range figures(norm.NFKC.String(support)) {
		c.numbers[normNumber(n)] = true
	}
	return c
}

// supportText is everything a figure in the answer may come from: the
// passages, the graph facts and computed values (without their [n]
// markers, so item numbers support nothing), and the question itself.
func supportText(ev *retrieval.Evidence) string {
	var b strings.Builder
	b.WriteString(ev.Question.Text + "\n")
	for _, it := range ev.Items {
		b.WriteString(it.Chunk.DocTitle + "\n" + it.Chunk.SectionPath() + "\n" + it.Chunk.Text + "\n")
	}
	for _, l := range append(factLines(ev), computedLines(ev)...) {
		b.WriteString(citeMark.ReplaceAllString(l, " ") + "\n")
	}
	return b.String()
}

// verdict is the outcome of checking one sentence.
type verdict struct {
	text    string // the sentence as kept; "" when dropped
	cited   bool   // it carries at least one valid citation
	leadIn  bool   // an uncited list lead-in, kept only if cited text follows
	removed []string
	kinds   []string
}

func (v *verdict) note(kind, reason string) {
	v.kinds = append(v.kinds, kind)
	v.removed = append(v.removed, reason)
}

// sentence checks one sentence: it strips links to hosts outside the
// allowlist, drops citations of items that do not exist, and drops the
// sentence if it states figures or part numbers found in no evidence, or
// makes a claim without a citation.
func (c *Checker) sentence(s string) verdict {
	var v verdict
	s = c.stripLinks(s, &v)
	s = citeMark.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		if n < 1 || n > c.items {
			v.note(checkBadCitation, "citation "+m+" points at no evidence item")
			return ""
		}
		v.cited = true
		return m
	})
	claim := strings.TrimSpace(citeMark.ReplaceAllString(s, " "))
	if claim == "" || strings.Trim(claim, " .。,，;；:：-*•#") == "" {
		v.text = s
		v.cited = false
		return v
	}
	if echoesPrompt(claim) {
		v.note(checkPromptEcho, fmt.Sprintf("sentence dropped: repeats the system prompt: %q", quote(claim)))
		return v
	}
	if bad := c.unsupported(claim); len(bad) > 0 {
		v.note(checkUnsupported, fmt.Sprintf("sentence dropped: %s found in no evidence: %q", strings.Join(bad, ", "), quote(claim)))
		return v
	}
	if v.cited {
		if why := c.support.unsupportedWords(claim, citedItems(s)); why != "" {
			v.note(checkUnsupportedWords, fmt.Sprintf("sentence dropped: %s: %q", why, quote(claim)))
			return v
		}
	}
	if !v.cited {
		if isLeadIn(claim) {
			v.text, v.leadIn = s, true
			return v
		}
		v.note(checkUncited, fmt.Sprintf("sentence dropped: no citation: %q", quote(claim)))
		return v
	}
	v.text = s
	return v
}

// isLeadIn is a heading or a line introducing a list: it states nothing
// by itself.
func isLeadIn(claim string) bool {
	if strings.ContainsAny(claim, "0123456789") {
		return false
	}
	return strings.HasPrefix(claim, "#") || strings.HasSuffix(claim, ":") || strings.HasSuffix(claim, "：")
}

func (c *Checker) stripLinks(s string, v *verdict) string {
	s, removed := safetext.Clean(s, safetext.HostIn(c.hosts))
	for _, r := range removed {
		what := map[string]string{"html": "HTML", "image": "image", "link": "link"}[r.Kind]
		v.note(checkLink, what+" removed: "+quote(r.Text))
	}
	return s
}

// unsupported lists the figures and part numbers of claim that appear in
// no evidence. List ordinals ("2. Close the valve") are not figures.
func (c *Checker) unsupported(claim string) []string {
	claim = listOrdinal.ReplaceAllString(norm.NFKC.String(claim), " ")
	var bad []string
	for _, code := range partCode.FindAllString(claim, -1) {
		if strings.ContainsAny(code, "0123456789") && !strings.Contains(c.flat, fold(code)) {
			bad = append(bad, code)
		}
	}
	for _, n := range figures(claim) {
		if !c.numbers[normNumber(n)] {
			bad = append(bad, n)
		}
	}
	return bad
}

// figures returns the free-standing numbers of s. Digits glued to letters
// ("HF-CP200", "m3/h") belong to a part number or unit and are checked as
// such.
func figures(s string) []string {
	var out []string
	for _, loc := range number.FindAllStringIndex(s, -1) {
		if glued(s, loc[0]) {
			continue
		}
		out = append(out, s[loc[0]:loc[1]])
	}
	return out
}

// glued reports whether the number at i continues a code: it follows a
// letter, or a joiner that follows a letter or digit ("CP-200", but not
// "-20 °C").
func glued(s string, i int) bool {
	if i == 0 {
		return false
	}
	if letter(s[i-1]) {
		return true
	}
	return i >= 2 && strings.IndexByte("-_/", s[i-1]) >= 0 && (letter(s[i-2]) || s[i-2] >= '0' && s[i-2] <= '9')
}

func letter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// normNumber makes "2,200", "2200" and "2200.0" one figure.
func normNumber(n string) string {
	if thousands.MatchString(n) {
		n = strings.ReplaceAll(n, ",", "")
	}
	if strings.Contains(n, ".") && !strings.Contains(n, ",") && strings.Count(n, ".") == 1 {
		n = strings.TrimRight(strings.TrimRight(n, "0"), ".")
	}
	return n
}

// fold makes part-number lookups ignore case, width and spacing.
func fold(s string) string {
	s = strings.ToUpper(norm.NFKC.String(s))
	return strings.Join(strings.Fields(s), "")
}

func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}
