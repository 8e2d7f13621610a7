package assistant

import (
	"regexp"
	"slices"
	"strings"
)

// The asker's lead labels a value with the words of the part that asked
// for it ("每次加：15 g" for "每次加多少"); that part is then answered, and
// the closing note must not list it as left open beside its own answer.

// reAskingTail is what a part ends with that asks rather than names.
var reAskingTail = regexp.MustCompile(`(?:是)?(?:多少|几|多大|多长|多久|多重|什么)[个次克升]?[？?。]*$`)

// withoutLabelledMissing drops from text's closing note the parts the
// lead's labels answer, and the note when none is left.
func withoutLabelledMissing(text, lang string) string {
	head := msgPartMissing.in(lang)
	i := strings.LastIndex(text, "\n\n"+head)
	if i < 0 {
		return text
	}
	labels := leadLabels(text[:i])
	parts := strings.Split(text[i+2+len(head):], msgListSep.in(lang))
	kept := slices.DeleteFunc(slices.Clone(parts), func(p string) bool {
		label := strings.TrimSpace(reAskingTail.ReplaceAllString(strings.TrimSpace(p), ""))
		return label != "" && label != strings.TrimSpace(p) && labels[label]
	})
	if len(kept) == len(parts) {
		return text
	}
	if len(kept) == 0 {
		return text[:i]
	}
	return text[:i] + "\n\n" + head + strings.Join(kept, msgListSep.in(lang))
}

// leadLabels are the labels that open the lines of text ("每次加：…").
func leadLabels(text string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		for _, sep := range []string{"：", ": "} {
			if label, _, ok := strings.Cut(line, sep); ok && label != "" && len([]rune(label)) <= 12 {
				out[strings.TrimSpace(label)] = true
			}
		}
	}
	return out
}
