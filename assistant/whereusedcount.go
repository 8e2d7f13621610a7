package assistant

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// renderWhereUsedCount answers "how many wheels does the rover have" from
// a where-used computation: the largest rolled-up total leads, since it
// is the count for the whole the question names, and the assemblies the
// part goes into follow as its breakdown. Without a cited total it is the
// plain where-used listing.
func renderWhereUsedCount(c retrieval.Computed, lang string, names *namer) string {
	tops := citedTops(c.Tops)
	if len(tops) == 0 {
		return renderWhereUsed(c, lang, names)
	}
	sort.SliceStable(tops, func(i, j int) bool { return tops[i].Qty > tops[j].Qty })
	target := names.display(c.TargetID, c.Target, lang)
	var b strings.Builder
	for i, t := range tops {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, msgWhereTop.in(lang)+" %s", names.display(t.ID, t.Name, lang), retrieval.FormatQty(t.Qty), unitOr(t.Unit, lang)+" "+target, marks(t.Cites))
	}
	listing := c
	listing.Tops = nil
	b.WriteString("\n" + renderWhereUsed(listing, lang, names))
	return b.String()
}

// citedTops are the totals a citation supports.
func citedTops(tops []retrieval.Line) []retrieval.Line {
	var out []retrieval.Line
	for _, t := range tops {
		if len(t.Cites) > 0 {
			out = append(out, t)
		}
	}
	return out
}
