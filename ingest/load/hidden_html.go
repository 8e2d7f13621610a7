package load

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var cssRule = regexp.MustCompile(`([^{}]+)\{([^{}]*)\}`)

// htmlPruneHidden removes the elements a browser would draw invisibly:
// inline styles (white, transparent, zero-sized, off-screen), <font
// color=white>, and classes or ids that the page's own <style> hides.
func htmlPruneHidden(root *html.Node) {
	classes, ids := htmlHiddenSelectors(root)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && htmlStyledHidden(c, classes, ids) {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(root)
}

func htmlStyledHidden(n *html.Node, classes, ids map[string]bool) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "style":
			if cssHidden(a.Val) {
				return true
			}
		case "color":
			if n.DataAtom == atom.Font && colourInvisible(a.Val) {
				return true
			}
		case "class":
			for _, c := range strings.Fields(a.Val) {
				if classes[c] {
					return true
				}
			}
		case "id":
			if ids[a.Val] {
				return true
			}
		}
	}
	return false
}

// htmlHiddenSelectors reads the page's <style> elements for rules that
// hide a class or an id (".note{display:none}", "p#x{color:#fff}").
func htmlHiddenSelectors(root *html.Node) (classes, ids map[string]bool) {
	classes, ids = map[string]bool{}, map[string]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Style {
			var css strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				css.WriteString(c.Data)
			}
			for _, m := range cssRule.FindAllStringSubmatch(css.String(), -1) {
				if !cssHidden(m[2]) {
					continue
				}
				for _, sel := range strings.Split(m[1], ",") {
					fields := strings.Fields(sel)
					if len(fields) == 0 {
						continue
					}
					last := fields[len(fields)-1]
					if i := strings.LastIndexAny(last, ".#"); i >= 0 {
						name := last[i+1:]
						if j := strings.IndexAny(name, ":[>~+"); j >= 0 {
							name = name[:j]
						}
						if last[i] == '.' {
							classes[name] = true
						} else {
							ids[name] = true
						}
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return classes, ids
}
