package load

import (
	"regexp"
	"strings"
)

var (
	mdOpenTag = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>`)
	mdAttr    = regexp.MustCompile(`([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?`)
)

// mdDropHidden removes raw HTML elements of a Markdown paragraph that a
// renderer would hide (hidden, aria-hidden, display:none, white or tiny
// text, <font color=white>), with everything up to their closing tag.
func mdDropHidden(s string) string {
	for guard := 0; guard < 100; guard++ {
		loc := mdHiddenOpen(s)
		if loc == nil {
			return s
		}
		name := strings.ToLower(s[loc[2]:loc[3]])
		end := mdCloseOf(s[loc[1]:], name)
		if end < 0 {
			s = s[:loc[0]] // unclosed: hidden to the end
		} else {
			s = s[:loc[0]] + " " + s[loc[1]+end:]
		}
	}
	return s
}

// mdHiddenOpen finds the first opening tag that hides its content.
func mdHiddenOpen(s string) []int {
	for _, loc := range mdOpenTag.FindAllStringSubmatchIndex(s, -1) {
		name := strings.ToLower(s[loc[2]:loc[3]])
		if name == "style" || name == "script" || name == "template" {
			return loc
		}
		for _, a := range mdAttr.FindAllStringSubmatch(s[loc[4]:loc[5]], -1) {
			key, val := strings.ToLower(a[1]), strings.Trim(a[2], `"'`)
			switch {
			case key == "hidden",
				key == "aria-hidden" && strings.EqualFold(val, "true"),
				key == "style" && cssHidden(val),
				key == "color" && name == "font" && colourInvisible(val):
				return loc
			}
		}
	}
	return nil
}

// mdCloseOf returns the offset just past the tag closing an element named
// name in s, counting nested elements of the same name; -1 if none.
func mdCloseOf(s, name string) int {
	depth := 1
	lower := strings.ToLower(s)
	for i := 0; i < len(lower); {
		j := strings.Index(lower[i:], "<")
		if j < 0 {
			return -1
		}
		i += j
		switch {
		case strings.HasPrefix(lower[i:], "</"+name):
			depth--
			end := strings.IndexByte(lower[i:], '>')
			if end < 0 {
				return -1
			}
			i += end + 1
			if depth == 0 {
				return i
			}
		case strings.HasPrefix(lower[i:], "<"+name) && len(lower) > i+1+len(name) && strings.ContainsRune(" \t\n>/", rune(lower[i+1+len(name)])):
			depth++
			i++
		default:
			i++
		}
	}
	return -1
}
