package assistant

import (
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// attributeElsewhere reports a parameter fact whose own name does not
// state the asked attribute while a line of its passage does, with
// another value: asked the tube lens's diameter, the fact "Focal length:
// 50mm" is cited from the passage that says "Outer diameter: 12.7mm", and
// that line, not the fact, answers.
func attributeElsewhere(ev *retrieval.Evidence, f retrieval.Fact, aq retrieval.Question, names *namer) bool {
	own := f.ToName + " " + strings.Join(names.aliases(f.To), " ")
	if statesAttribute(aq, true, own) {
		return false
	}
	value := strings.TrimSpace(valueText(f.Props))
	if value == "" {
		return false
	}
	for _, line := range strings.Split(supportText(ev, f.Cites), "\n") {
		if statesAttribute(aq, true, line) && !strings.Contains(line, value) {
			return true
		}
	}
	return false
}
