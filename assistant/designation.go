package assistant

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/retrieval"
)

// A question for a type or model ("推荐什么型号", "which bearing type")
// or for a part's or a fixture's number ("导套工装，编号是多少")
// is answered by a designation, which a passage in either language writes
// as a code ("6308 C3", "HC-10") or after its own word for it ("25 A,
// type gG"): the asker's word need not be there.
var designationWords = map[string][]string{
	"zh": {"型号", "规格型号", "编号", "代号", "图号"},
	"en": {"type", "model", "designation", "tool number"},
}

// asksDesignation reports an attribute that asks for a type or model.
func asksDesignation(attr string) bool {
	lower := strings.ToLower(attr)
	for _, words := range designationWords {
		for _, w := range words {
			if strings.Contains(lower, w) {
				return true
			}
		}
	}
	return false
}

// statesDesignation reports a text that gives a designation: a code, or a
// word for one in either language.
func statesDesignation(text string) bool {
	have := retrieval.TokenSet(text)
	for _, words := range designationWords {
		for _, w := range words {
			if strings.Contains(text, w) || have[w] {
				return true
			}
		}
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if isDesignationCode(w) {
			return true
		}
	}
	return false
}

// isDesignationCode reports a word mixing Latin letters and digits ("C3",
// "HC-10", "M3x8").
func isDesignationCode(w string) bool {
	if strings.ContainsAny(w, " \t") {
		return false // "25 A" is a figure and its unit
	}
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r < unicode.MaxASCII && unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0 && digits > 0
}

// A question for which part ("用的是什么步进电机", "what stepper motor
// does it use") asks the noun of a part the question names: a sentence
// naming that part by its code ("3 28BYJ-48 micro geared stepper motors")
// answers it, where one naming only the kind ("low cost geared stepper
// motors") shares as many of its words.

// asksWhichPart reports an asked attribute that names a part the
// question links to the graph.
func asksWhichPart(ev *retrieval.Evidence, attr string, asked bool) bool {
	if !asked {
		return false
	}
	lower := strings.ToLower(attr)
	for _, l := range ev.Linked {
		if l.Entity.Type == "Part" && l.Surface != "" && strings.Contains(lower, strings.ToLower(l.Surface)) {
			return true
		}
	}
	return false
}

// namesPartCode reports a sentence holding a part's code the question
// does not: letters and digits together, not a figure and its unit
// ("100nm"), which states a size, not which part.
func namesPartCode(s, question string) bool {
	lowerQ := strings.ToLower(question)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",;:()[]（）。，；：", r) }) {
		w = strings.Trim(w, ".-")
		if isDesignationCode(w) && !figureWithUnit.MatchString(w) && !strings.Contains(lowerQ, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

var figureWithUnit = regexp.MustCompile(`^[\d.,]+\s*[a-zA-Zµ°Ω]{1,3}$`)

// A thread is given by its designation ("Drain plug G1/4", "M10x30",
// "Rp 1/2"), which a parts list writes in the part's name without the
// word: "what thread is the drain plug" is answered so.
var (
	threadAsked = regexp.MustCompile(`(?i)\bthreads?\b|螺纹|丝扣|牙型`)
	threadGiven = regexp.MustCompile(`(?i)(?:^|[^\pL\d])(?:G|R|Rp|Rc|NPT|NPTF|BSPP?|M)\s?\d+(?:[./]\d+)?(?:\s?[x×]\s?\d+(?:\.\d+)?)?(?:$|[^\pL\d/])`)
)

// threadProduct is a product for threads, not a thread: a thread locker
// (螺纹胶) is asked by its name, which a bolt's designation does not give.
var threadProduct = regexp.MustCompile(`(?i)thread\s*-?(?:locker|lock|locking|sealant|seal|tape|glue|compound)|螺纹(?:紧固|锁固|密封)?胶|螺纹密封|生料带`)

func asksThread(attr string) bool {
	return threadAsked.MatchString(attr) && !threadProduct.MatchString(attr)
}

// statesThread reports a text giving a thread's designation or naming the
// thread.
func statesThread(text string) bool {
	return threadGiven.MatchString(text) || threadAsked.MatchString(text)
}
