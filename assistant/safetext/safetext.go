// Package safetext keeps answer text plain: whatever a client could render
// as a request to another host (HTML, Markdown images and links, anything
// URL-like) is removed unless it points at an allowed host. It is an
// allowlist: answer text is plain text, so every tag goes, and a URL is
// recognised in all the forms a browser or Markdown renderer would still
// follow — fullwidth punctuation, ideographic full stops, scheme-relative
// "//host/" — not only as "https://".
package safetext

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	// tag is any HTML tag, comment or declaration; "a < b" and "<5 bar"
	// are not tags.
	tag     = regexp.MustCompile(`(?s)<!--.*?(?:-->|$)|</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^>]*)?/?>|<![A-Za-z][^>]*>`)
	mdImage = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink  = regexp.MustCompile(`\[([^\]]*)\]\(\s*<?([^)\s>]*)>?[^)]*\)`)
	// urlish, matched on the folded text: a scheme with "//", a
	// scheme-relative "//host.tld", "www.host", a script or data scheme,
	// and a Markdown reference definition.
	urlish = regexp.MustCompile(`(?i)\b[a-z][a-z0-9+.-]*:\s*[/\\]{2}[^\s<>()\[\]"'` + "`" + `]*` +
		`|(?:^|[^\w:/\\])[/\\]{2}[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>()\[\]"'` + "`" + `]*` +
		`|\bwww\.[^\s<>()\[\]"'` + "`" + `]+` +
		`|\b(?:javascript|vbscript|data|file|blob):[^\s<>()\[\]"'` + "`" + `]*`)
)

// Removal is one thing Clean took out, for the trace.
type Removal struct {
	Kind string // "html", "image", "link"
	Text string
}

// Clean returns s as plain text with every tag, image and URL-like run
// removed, except Markdown links and URLs whose host allowed accepts
// (allowed may be nil: nothing is allowed).
func Clean(s string, allowed func(host string) bool) (string, []Removal) {
	// Removing one run can join its neighbours into another ("<<b>img
	// src=…>"), so clean until nothing changes.
	var out []Removal
	for range 8 {
		next, rem := cleanOnce(s, allowed)
		out = append(out, rem...)
		if len(rem) == 0 {
			return next, out
		}
		s = next
	}
	return strings.NewReplacer("<", "", ">", "", "//", "/", ":", " ").Replace(s), append(out, Removal{"html", "nested markup"})
}

func cleanOnce(s string, allowed func(host string) bool) (string, []Removal) {
	var out []Removal
	s = tag.ReplaceAllStringFunc(s, func(m string) string {
		out = append(out, Removal{"html", m})
		return ""
	})
	s = mdImage.ReplaceAllStringFunc(s, func(m string) string {
		out = append(out, Removal{"image", m})
		return ""
	})
	s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := mdLink.FindStringSubmatch(m)
		if hostAllowed(sub[2], allowed) {
			return m
		}
		out = append(out, Removal{"link", sub[2]})
		return sub[1]
	})
	s, urls := removeURLs(s, allowed)
	return s, append(out, urls...)
}

// removeURLs finds URL-like runs on a folded copy of s, where fullwidth
// and other look-alike punctuation is ASCII, and cuts the same runs out
// of s itself, so CJK punctuation elsewhere is left as written.
func removeURLs(s string, allowed func(string) bool) (string, []Removal) {
	folded, offsets := fold(s)
	locs := urlish.FindAllStringIndex(folded, -1)
	if locs == nil {
		return s, nil
	}
	var b strings.Builder
	var out []Removal
	last := 0
	for _, l := range locs {
		start, end := l[0], l[1]
		m := folded[start:end]
		if c := m[0]; c != '/' && c != '\\' && !isWord(c) {
			start, m = start+1, m[1:] // the boundary matched before "//"
		}
		if hostAllowed(m, allowed) {
			continue
		}
		from, to := offsets[start], offsets[end]
		b.WriteString(s[last:from])
		out = append(out, Removal{"link", s[from:to]})
		last = to
	}
	b.WriteString(s[last:])
	return b.String(), out
}

func isWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// fold maps look-alikes of URL punctuation and fullwidth ASCII to ASCII,
// one folded byte per original rune where it changes, and returns for
// each folded byte offset the original one (plus the end).
func fold(s string) (string, []int) {
	var b strings.Builder
	offsets := make([]int, 0, len(s)+1)
	for i, r := range s {
		w := utf8.RuneLen(r)
		if r == utf8.RuneError {
			w = 1
		}
		if f, ok := foldRune(r); ok {
			b.WriteByte(f)
			offsets = append(offsets, i)
			continue
		}
		b.WriteString(s[i : i+w])
		for k := range w {
			offsets = append(offsets, i+k)
		}
	}
	offsets = append(offsets, len(s))
	return b.String(), offsets
}

func foldRune(r rune) (byte, bool) {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // fullwidth ASCII
		return byte(r - 0xFF01 + 0x21), true
	case r == 0x3002 || r == 0xFF61 || r == 0xFE52 || r == 0x2024: // full stops a browser takes as dots
		return '.', true
	case r == 0x2044 || r == 0x2215 || r == 0x29F8: // slashes
		return '/', true
	case r == 0xFE55 || r == 0xA789 || r == 0x2236: // colons
		return ':', true
	}
	return 0, false
}

// hostAllowed reports whether raw (a URL in any of the recognised forms)
// names a host that allowed accepts.
func hostAllowed(raw string, allowed func(string) bool) bool {
	if allowed == nil || raw == "" {
		return false
	}
	folded, _ := fold(raw)
	folded = strings.ReplaceAll(folded, `\`, "/")
	lower := strings.ToLower(folded)
	switch {
	case strings.HasPrefix(lower, "http://"), strings.HasPrefix(lower, "https://"):
	case strings.HasPrefix(folded, "//"):
		folded = "https:" + folded
	case strings.HasPrefix(lower, "www."):
		folded = "https://" + folded
	default:
		return false // other schemes never pass
	}
	u, err := url.Parse(folded)
	if err != nil || u.Hostname() == "" || u.User != nil {
		return false
	}
	return allowed(strings.ToLower(u.Hostname()))
}

// HostIn returns the allowed function for a list of hosts and their
// subdomains.
func HostIn(hosts []string) func(string) bool {
	if len(hosts) == 0 {
		return nil
	}
	return func(host string) bool {
		for _, h := range hosts {
			h = strings.ToLower(h)
			if host == h || strings.HasSuffix(host, "."+h) {
				return true
			}
		}
		return false
	}
}
