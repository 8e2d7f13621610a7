package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// "how many bolts hold the casing together" counts bolts: the casing
// gasket, which the casing's word found in the parts list, is no bolt, and
// its one piece is no number of bolts. A BOM total of a part that is not
// the thing counted is left out, whatever else it matched.

var (
	enCountedPart = regexp.MustCompile(`(?i)\bhow\s+many\s+([a-z][a-z-]+)`)
	zhCountedPart = regexp.MustCompile(`(?:几|多少)\s*(?:个|根|颗|只|件|套|片)\s*(\p{Han}{2,3})`)
)

// genericCounts count anything: the part is named elsewhere in the
// question ("how many pieces of the M10 bolt").
var genericCounts = map[string]bool{
	"pieces": true, "pcs": true, "parts": true, "items": true, "units": true, "components": true,
	"of": true, "more": true, "spare": true, "spares": true, "in": true, "total": true,
}

// totalOfOtherPart reports a BOM total whose part is not the thing the
// question counts.
func totalOfOtherPart(ev *retrieval.Evidence, c retrieval.Computed) bool {
	if c.Kind != "bom" || c.TargetID == "" {
		return false
	}
	noun := countedPart(ev.Question.Text)
	if noun == "" {
		return false
	}
	names := []string{c.Target}
	if e, ok := ev.Entities[c.TargetID]; ok {
		names = append(names, e.Name, e.Props["description"], e.Props["名称"], e.Props["name"])
		names = append(names, e.Aliases...)
	}
	asked := retrieval.Analyze(noun)
	if len(asked.Terms) == 0 {
		return false
	}
	return asked.Covered(retrieval.TokenSet(strings.Join(names, " "))) == 0
}

// countedPart is the noun a question counts, or "".
func countedPart(q string) string {
	if m := enCountedPart.FindStringSubmatch(q); m != nil && !genericCounts[strings.ToLower(m[1])] {
		return m[1]
	}
	if m := zhCountedPart.FindStringSubmatch(q); m != nil {
		return m[1]
	}
	return ""
}
