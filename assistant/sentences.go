package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// maxSentenceBytes keeps quoted sentences readable; longer ones are cut.
const maxSentenceBytes = 400

// splitSentences splits a passage for quoting. A table row is one
// sentence, read as one: its header labels are what make its values
// meaningful.
func splitSentences(c kg.Chunk) []string { return splitSentencesMin(c, 4) }

// splitSentencesMin splits keeping fragments of at least min tokens: an
// FAQ's answer may be no more than a figure ("70mm", "5V @ 500mA"),
// which its question makes meaningful.
func splitSentencesMin(c kg.Chunk, min int) []string {
	if c.Kind == "table_row" {
		return []string{Snippet(quotable(rowSentence(c)), maxSentenceBytes)}
	}
	var out []string
	var b strings.Builder
	flush := func() {
		s := strings.TrimSpace(quotable(b.String()))
		b.Reset()
		// A heading-like fragment ("myCobot 280 M5") states nothing, nor
		// does a list number left by the split ("2.").
		if toks := textseg.Tokens(s); (len(toks) >= min || labelledFigure(s)) && !(len(toks) == 1 && isNumber(toks[0])) {
			out = append(out, Snippet(s, maxSentenceBytes))
		}
	}
	rs := []rune(c.Text)
	for i, r := range rs {
		switch {
		case r == '\n':
			flush()
		case r == '。' || r == '！' || r == '？' || r == '；':
			b.WriteRune(r)
			flush()
		case (r == '.' || r == '!' || r == '?') && (i+1 == len(rs) || rs[i+1] == ' ' || rs[i+1] == '\n'):
			b.WriteRune(r)
			flush()
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return out
}

// reLabelled is a "Label: value" line whose value carries a figure with
// its unit ("Outer diameter: 34mm", "焦距：50mm"): a data sheet's whole
// statement, however short.
var reLabelled = regexp.MustCompile(`^[\p{L}][\p{L}\p{N} ()/\-]{1,40}[:：]\s*[^\s:：]*\d+(?:\.\d+)?\s*[\p{L}°%Ω][^:：]*$`)

func labelledFigure(s string) bool { return reLabelled.MatchString(s) }
