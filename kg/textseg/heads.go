package textseg

import (
	"slices"
	"strings"
)

// SegmentHeads is the segmented heading of a passage that both stores
// index beside its text: the document's title and the passage's section
// path, each distinct heading once.
func SegmentHeads(title string, section []string) string {
	heads := make([]string, 0, len(section)+1)
	for _, h := range append([]string{title}, section...) {
		h = strings.TrimSpace(h)
		if h != "" && !slices.Contains(heads, h) {
			heads = append(heads, h)
		}
	}
	return Segment(strings.Join(heads, " \n "))
}
