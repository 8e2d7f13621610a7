package assistant

import (
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// statedTerms are the tokens of a sentence and its section, with the
// asked attribute's words where the sentence gives a value in a unit
// only that measure is given in: "heat the bearing to 100 °C" states the
// temperature the asker asks for ("what temp …") without the word. The
// sentence must name the item as well as any sentence must cover the
// question: the anchor bolts' 120 N·m is no torque of the impeller nut.
// A length is no particular dimension ("30mm" may be the inner diameter
// of the ring whose outer one is asked), so lengths get no such credit,
// and nor does a sentence in the other language, which matches the
// question through the glossary alone ("200g of plastic" for the weight
// of a whole microscope).
func statedTerms(aq, item retrieval.Question, asked bool, sentence, section string) map[string]bool {
	have := retrieval.TokenSet(sentence + " " + section)
	// A thread's designation ("Drain plug G1/4") is written in the part's
	// own name, which shares some word with the item asked or none.
	thread := asksThread(aq.Text) && threadOfItem(item, sentence)
	if asked && (thread || statesByUnit(aq.Text, sentence) && share(item, have) >= minSentenceCoverage) {
		for _, t := range aq.Terms {
			have[t] = true
		}
	}
	if rangeStated.MatchString(sentence) {
		// "32.000 to 32.025 mm" is the acceptable range, said by its figures.
		for t := range limitWords {
			have[t] = true
		}
	}
	if asksDirection(aq.Text) && reDirectionStated.MatchString(sentence) {
		// "Discharge flange: vertical, top" says which way it faces.
		for t := range directionWords {
			have[t] = true
		}
	}
	return have
}

// directionWords ask which way a thing faces; reDirectionStated gives it.
// Which way a shaft turns is another question, answered by its own words.
var (
	directionWords    = retrieval.TokenSet("orientation direction facing 朝向 方向 方位")
	reDirectionAsked  = regexp.MustCompile(`(?i)\b(?:orientation|orientated|oriented|direction|facing|which way)\b|朝向|方向|方位|朝哪`)
	reRotationAsked   = regexp.MustCompile(`(?i)\brotat|\bturn|\bspin|转向|旋转|转动`)
	reDirectionStated = regexp.MustCompile(`(?i)\b(?:axial|radial|vertical|horizontal|tangential|upwards?|downwards?|top|bottom|sideways)\b|轴向|径向|竖直|垂直|水平|朝上|朝下|向上|向下|顶部|底部|侧向`)
)

// asksDirection reports an attribute asking which way a thing faces.
func asksDirection(attr string) bool {
	return reDirectionAsked.MatchString(attr) && !reRotationAsked.MatchString(attr)
}

// limitWords ask for the bounds a value must keep, which a stated range
// gives: "what bore diameter range is acceptable".
var limitWords = retrieval.TokenSet("range acceptable allowable permissible permitted tolerance 范围 区间 允许 公差")

// statesByUnit reports text giving a value in a unit that belongs to the
// attribute alone.
func statesByUnit(attr, text string) bool {
	return slices.ContainsFunc(unitsOf(attr), func(u string) bool { return !sharedUnits[u] && unitValue(text, u) })
}

// sharedUnits state many measures (a diameter, a thickness, an offset):
// a value in them does not say which was asked.
var sharedUnits = map[string]bool{"mm": true, "cm": true, "µm": true, "μm": true, "mm²": true, "mm2": true}

// shortMeasure is a measure's word as askers shorten it ("what temp is
// the bearing heated to"), whole words only: "temporary" is no temperature.
var shortMeasure = regexp.MustCompile(`\btemps?\b`)

// spelledOut is a lower-case question with its shortened measure words
// written out, so that the measure's units are known by them too.
func spelledOut(lower string) string {
	return shortMeasure.ReplaceAllString(lower, "temperature")
}

// instruction marks a sentence that tells the reader what to do: a
// Chinese request or obligation, or an English imperative or obligation.
var instruction = regexp.MustCompile(`(?i)请|须|应当|应该|应|需要|选用|改用|\b(?:must|should|use|fit|choose|select|order|replace|contact|install|reduce|derate)\b`)

// instructs reports a sentence that prescribes an action.
func instructs(text string) bool {
	return instruction.MatchString(text)
}

// threadOfItem reports a thread's designation written right after the
// name the question gives the part ("Drain plug G1/4" of the drain plug
// asked), not after another part's ("Vent plug G1/4", "Casing bolts
// M10x30"): the words before it are all the question's.
func threadOfItem(item retrieval.Question, sentence string) bool {
	asked := retrieval.TokenSet(item.Text)
	for _, loc := range threadGiven.FindAllStringIndex(sentence, -1) {
		words := strings.Fields(sentence[:loc[0]])
		if len(words) > 2 {
			words = words[len(words)-2:]
		}
		named := 0
		for _, w := range words {
			switch t := firstTerm(w); {
			case t == "":
			case asked[t]:
				named++
			default:
				named = -len(words)
			}
		}
		if named > 0 {
			return true
		}
	}
	return false
}

// firstTerm is a word's term as the question's are cut ("plug" of "plug,").
func firstTerm(word string) string {
	if t := retrieval.ContentTerms(word); len(t) > 0 {
		return t[0]
	}
	return ""
}
