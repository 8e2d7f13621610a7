package retrieval

import (
	"regexp"
	"strings"
	"unicode"
)

// In a Chinese question a capitalised word in Latin letters is a name: a product
// ("OpenFlexure 电动版用的啥步进电机"), a supplier, a standard. A passage of
// a document that never says it is about something else, however many
// of the question's Chinese words it shares: the robot arm's 电机 PID
// page does not answer about the microscope's motors. Such passages are
// demoted, where some passage does say the name, so the English pages
// about the named product are not crowded out by Chinese pages about
// another.

// otherNameFactor scales a passage that says none of the question's names.
const otherNameFactor = 0.5

// latinName is a word in Latin letters of four or more, perhaps with
// digits after a letter: "OpenFlexure", "myCobot280".
var latinName = regexp.MustCompile(`[A-Za-z][A-Za-z0-9]{3,}`)

// questionNames are the Latin-letter words of a Chinese question.
func questionNames(q Question) []string {
	if q.Lang != "zh" {
		return nil
	}
	var out []string
	for _, m := range latinName.FindAllString(q.Text, -1) {
		if capitalised(m) && !hasDigitRune(m[:4]) { // "myCobot280", not "E07x"
			out = append(out, strings.ToLower(m))
		}
	}
	return out
}

// capitalised reports a word written as a name is, with a capital
// ("OpenFlexure", "myCobot"): "tube lens" in a Chinese question is the
// thing's English word, not a name.
func capitalised(w string) bool { return strings.IndexFunc(w, unicode.IsUpper) >= 0 }

// demoteOtherNames lowers the passages that say none of a Chinese
// question's names, where another passage says one.
func demoteOtherNames(q Question, f *fusion) {
	names := documentNames(questionNames(q), f)
	if len(names) == 0 {
		return
	}
	says := func(c *candidate) bool {
		place := strings.ToLower(c.chunk.Text + " " + c.chunk.DocTitle + " " + c.chunk.SectionPath() + " " + c.chunk.DocURI)
		for _, n := range names {
			if strings.Contains(place, n) {
				return true
			}
		}
		return false
	}
	saying := map[string]bool{}
	for id, c := range f.byID {
		saying[id] = says(c)
	}
	if countTrue(saying) < minNamedPassages {
		return // a name few passages say is a detail of the answer, not its scope
	}
	for id, c := range f.byID {
		if !c.forced && !saying[id] {
			c.score *= otherNameFactor
		}
	}
}

// documentNames keeps the names some passage's document is titled or
// filed under: "OpenFlexure" names a set of documents, "ThorLabs" only a
// supplier that some lines mention.
func documentNames(names []string, f *fusion) []string {
	var out []string
	for _, n := range names {
		for _, c := range f.byID {
			if strings.Contains(strings.ToLower(c.chunk.DocTitle+" "+c.chunk.DocURI), n) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// minNamedPassages is how many passages must say a name for it to set
// the question's scope.
const minNamedPassages = 3

func countTrue(m map[string]bool) int {
	n := 0
	for _, v := range m {
		if v {
			n++
		}
	}
	return n
}
