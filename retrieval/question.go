// Package retrieval turns a question into numbered evidence: it detects the
// language and intent, links the entities the question names, gathers
// passages by fulltext, vector and graph expansion, computes structural
// answers (BOM roll-ups, where-used, routings, fault trees, FMEA figures)
// exactly by traversal, fuses the lists and cuts them to a token budget.
// Every store call carries the caller's clearance.
package retrieval

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/kg/textseg"
)

// Intent is what kind of answer the question wants.
type Intent string

const (
	General         Intent = "general"
	Troubleshooting Intent = "troubleshooting"
	Specification   Intent = "specification"
	BOM             Intent = "bom"
	WhereUsed       Intent = "where_used"
	ProcessIntent   Intent = "process"
	FMEA            Intent = "fmea"
)

// Question is the analysed question.
type Question struct {
	Text   string   `json:"text"`
	Lang   string   `json:"lang"`
	Intent Intent   `json:"intent"`
	Terms  []string `json:"terms"` // content tokens, stopwords removed
	// Alts are other-language forms of terms, from the glossary.
	Alts map[string][][]string `json:"alts,omitempty"`
	// Learned are other-language words of terms the glossary lacks,
	// from the lexicon learned from the store's parallel documents.
	Learned map[string][]string `json:"learned,omitempty"`
	// words are the question's words behind its terms, and altWords the
	// glossary forms behind Alts: a search is given words, since the
	// store stems what it is given.
	words    map[string]string
	altWords map[string][]string
}

// intentCues are matched as lower-case substrings. Order matters: the first
// intent with a cue wins, so the more specific intents come first.
var intentCues = []struct {
	intent Intent
	cues   []string
}{
	{FMEA, []string{"rpn", "severity", "occurrence rating", "detection rating", "failure mode", "fmea", "风险顺序数", "严重度", "频度", "探测度", "失效模式", "风险优先"}},
	{WhereUsed, []string{"where is", "where's", "where are", "where-used", "where used", "used in", "which assembl", "which product", "supplie", "supply", "made of", "用在", "用于哪", "哪些部件使用", "哪些组件使用", "在哪些", "供应", "提供哪些", "上级", "父项", "属于哪个", "装在哪个", "parent assembly", "parent of", "which assembly", "what assembly", "its parent", "direct parent", "immediate parent", "parent in the bom", "上一级", "上层组件"}},
	{BOM, []string{"how many", "how much", "quantity", "qty", "bom", "bill of material", "parts list", "components of", "parts of", "assemblies of", "make up", "makes up", "which parts", "what parts", "first-level", "top-level", "consist", "made up of", "contain", "what's inside", "what is inside", "what's in the", "what is in the", "what goes into", "里面有什么", "里面有哪些", "由什么组成", "包括什么", "包含什么", "多少个", "几个", "数量", "组成", "由哪些", "包含哪些", "包括哪些", "组件有哪些", "部件有哪些", "一级组件", "物料清单", "零件清单", "用量", "多少米", "多少升", "多少千克"}},
	{ProcessIntent, []string{"step", "procedure", "routing", "operation", "how to assemble", "how do i assemble", "how to install", "assembly sequence", "sequence of operations", "order of operations", "operations in order", "torque", "tighten", "工序", "步骤", "流程", "工艺路线", "装配顺序", "装配", "安装步骤", "拧紧", "扭矩", "力矩"}},
	{Troubleshooting, []string{"not start", "won't", "doesn't", "does not", "wont ", "doesnt ", "hums", "humming", "fail", "noise", "leak", "vibrat", "overheat", "error", "fault", "alarm", "trip", "why", "what should i do", "has dropped", "have dropped", "below normal", "lower than normal", "lower than usual", "problem", "broken", "故障", "不启动", "无法", "异响", "噪音", "泄漏", "漏", "振动", "过热", "报警", "原因", "怎么办", "咋整", "怎么整", "不出水", "排除", "错误", "坏", "哪里的问题", "哪儿的问题", "出了问题", "怎么处理", "如何处理", "怎么解决", "如何解决", "出问题", "有问题"}},
	{Specification, []string{"rated", " rate", "max", "min", "voltage", "current", "power", "speed", "weight", "flow", "head", "pressure", "temperature", "dimension", "spec", "payload", "reach", "what is the", "额定", "最大", "最小", "电压", "电流", "功率", "转速", "重量", "流量", "扬程", "压力", "温度", "尺寸", "规格", "参数", "负载", "工作半径"}},
}

// Analyze detects language, intent and content terms.
func Analyze(text string) Question {
	q := Question{Text: withoutSituation(withSizeAfterNoun(withoutPointingCount(withoutRatingLetter(strings.TrimSpace(text))))), Lang: textseg.Lang(text), Intent: General}
	if q.Lang == "" {
		q.Lang = "en"
	}
	lower := supplyStatus.Replace(strings.ToLower(withoutCircumstance(q.Text)))
	for _, ic := range intentCues {
		if anyCue(lower, ic.cues) {
			q.Intent = ic.intent
			break
		}
	}
	if q.Intent == Troubleshooting && valueAtWhich.MatchString(lower) {
		q.Intent = Specification
	}
	if q.Intent == Troubleshooting && asksCodeMeaning(q.Text) {
		q.Intent = General
	}
	if q.Intent == BOM && howMuchOfALimit.MatchString(lower) {
		q.Intent = Specification
	}
	if q.Intent == General && countsPiecesInTotal(lower) {
		q.Intent = BOM
	}
	spelled := withReplaceSpelledOut(q.Text)
	termed := withoutCircumstance(withoutLimitVerb(withoutPurpose(withoutUserDates(withoutSourceComparison(askedPart(asMeasureChecked(spelled)))))))
	if q.Intent == Specification || reMeasureAsked.MatchString(lower) {
		termed = withoutLeftOut(termed)
	}
	q.Terms, q.words = contentWords(termed)
	q = withJointCodes(q)
	q.Alts, q.altWords = expand(spelled, q.Terms)
	return withParaphrases(withPurposeAsked(withEitherTerm(withOrdinalNumbers(withHyphenParts(withOtherSpellings(withAngleTerms(withSpacedQuantities(q))))))))
}

// reLeftOut leaves things out of the value asked: "how heavy is just the
// pump end, without the motor or the base?" is answered by the pump's
// 48 kg, which the motor's and the base's words would only push down.
// A closing bracket ends what is left out: "泵头本身（不算电机）有多重" still
// asks how heavy.
var reLeftOut = regexp.MustCompile(`(?i)[,，]?\s*\b(?:without|excluding|not counting|not including|minus|except(?: for)?)\s+([^,.;?!)）]+)|[,，]?(?:不含|不包括|不算|除去|去掉)([^，。；？！,.;?!)）]+)`)

// LeftOut lists the things a question leaves out of what it asks: "the
// motor or the base" of "without the motor or the base".
func LeftOut(question string) []string {
	var out []string
	for _, m := range reLeftOut.FindAllStringSubmatch(question, -1) {
		out = append(out, m[1]+m[2])
	}
	return out
}

// reMeasureAsked asks how big, heavy or long a thing is.
var reMeasureAsked = regexp.MustCompile(`\bhow (?:heavy|big|large|long|tall|wide|high)\b|\bweigh|\bweight\b|\bsize\b|多重|多大|多长|多高|重量|尺寸`)

// withoutLeftOut drops what a specification question leaves out.
func withoutLeftOut(s string) string {
	if out := strings.TrimSpace(reLeftOut.ReplaceAllString(s, " ")); out != "" {
		return out
	}
	return s
}

// valueAtWhich asks for the value at which something happens ("at what
// temperature do the PTC sensors trip", "what voltage does it trip at"):
// a setting to look up, though the question names a trip or a fault.
var valueAtWhich = regexp.MustCompile(`\b(?:at|to) what (?:temp|temperature|pressure|voltage|current|speed|level|value|point|setting|flow)\b|^\W*what (?:temp|temperature|pressure|voltage|current|speed|level|value|setting) (?:does|do|will|would|should|is|are)\b`)

// asksCodeMeaning asks what a displayed code means ("it tripped and shows
// E06 - what does it mean?"): the code list defines it, where a fault tree
// would give one log entry's cause of seeing it.
func asksCodeMeaning(text string) bool {
	if !codeMeaningAsked.MatchString(text) {
		return false
	}
	for _, c := range shortCodes(text) {
		if listedCode(c) {
			return true
		}
	}
	return false
}

// supplyStatus says whether a machine is powered, which asks for no power
// rating: "blank even though power is on" is no specification question.
var supplyStatus = strings.NewReplacer("power is on", "", "power's on", "", "has power", "", "have power", "",
	"got power", "", "power is fine", "", "no power", "",
	// The electrical supply is no supplier: "what supply cable", "the
	// supply fuses", "supply voltage" ask for a rating, not who sells it.
	"supply cable", "cable", "supply fuse", "fuse", "supply voltage", "voltage", "power supply", "power",
	"supply phase", "phase", "supply line", "line", "supply terminal", "terminal", "mains supply", "mains")

// withSpacedQuantities lets a figure the question writes against its unit
// ("60Hz", "380V") match the documents, which write it apart ("60 Hz"),
// and so index it as two tokens.
// A figure written apart from its unit ("500 g") likewise matches a
// document's "500g".
func withSpacedQuantities(q Question) Question {
	add := func(t string, seq []string, words string) {
		if q.Alts == nil {
			q.Alts, q.altWords = map[string][][]string{}, map[string][]string{}
		}
		q.Alts[t] = append(q.Alts[t], seq)
		q.altWords[t] = append(q.altWords[t], words)
	}
	lower := strings.ToLower(q.Text)
	for i, t := range q.Terms {
		if figure, unit, ok := GluedQuantity(t); ok {
			add(t, []string{figure, unit}, figure+" "+unit)
			for _, m := range readingMeasures[unit] {
				add(t, textseg.Tokens(m), m)
			}
			continue
		}
		if i+1 < len(q.Terms) && strings.Contains(lower, t+" "+q.Terms[i+1]) {
			if (spacedUnits[q.Terms[i+1]] || modelSuffix.MatchString(q.Terms[i+1])) && isFigure(t) {
				glued := t + q.Terms[i+1]
				add(t, []string{glued}, glued)
				add(q.Terms[i+1], []string{glued}, glued)
			}
		}
	}
	return q
}

// readingMeasures are the measures a reading in a unit of its own gives:
// "the bearing housing reads 85C" tells a temperature, as the limit it is
// held to names it ("bearing temperature above 80 °C").
var readingMeasures = map[string][]string{
	"c": {"temperature", "温度"}, "°c": {"temperature", "温度"}, "℃": {"temperature", "温度"},
}

// spacedUnits are the units a question may write after a figure; any
// other word after one ("myCobot 280 need") is not its unit.
var spacedUnits = map[string]bool{
	"g": true, "kg": true, "mm": true, "cm": true, "m": true, "v": true, "a": true, "w": true,
	"kw": true, "hz": true, "bar": true, "mpa": true, "kpa": true, "nm": true, "rpm": true, "db": true,
}

// modelSuffix is the short code after a model's number ("280 M5", "320
// Pi4"), which a manual as often writes glued to it ("2021年280m5").
var modelSuffix = regexp.MustCompile(`^[a-z]{1,2}\d$`)

func isFigure(t string) bool {
	_, err := strconv.ParseFloat(t, 64)
	return err == nil
}

// AnswerLang is the language an answer should be written in: Chinese when
// the question is Chinese or mixed, else English.
func (q Question) AnswerLang() string {
	if q.Lang == "zh" || q.Lang == "mixed" {
		return "zh"
	}
	return "en"
}

// ContentTerms returns the search tokens of s without stopwords, deduplicated.
func ContentTerms(s string) []string {
	terms, _ := contentWords(s)
	return terms
}

// contentWords is ContentTerms with the word each term came from.
func contentWords(s string) ([]string, map[string]string) {
	words := map[string]string{}
	var out []string
	textseg.EachWord(withoutFillers(s), func(tok, word string) {
		tok = strings.TrimRight(tok, ".-_")
		if _, seen := words[tok]; tok == "" || Stopword(tok) || seen {
			return
		}
		words[tok] = word
		out = append(out, tok)
	})
	return out, words
}

// zhStopPhrases splits Chinese questions at function words before bigramming,
// so "额定电压是多少" yields 额定/定电/电压 and not the noise bigram 压是.
var zhStopPhrases = strings.NewReplacer(zhStopPairs...)

var zhStopPairs = slices.Concat(zhMeasureAsks, spokenZhFillers, []string{
	// "保修到什么时候" asks when, as "when does it end" does: 时候 and 修到
	// are in no passage that states the warranty.
	"到什么时候", " ", "什么时候", " ",
	// "E01代表什么": asks what the code means, a word no code list holds.
	"代表什么", " ", "表示什么", " ", "什么意思", " ", "啥意思", " ",
	"是什么", " ", "为什么", " ", "怎么办", " ", "什么", " ", "多少", " ", "怎么", " ", "如何", " ",
	"哪些", " ", "哪个", " ", "请问", " ", "可以", " ", "应该", " ", "需要", " ", "一下", " ",
	"的", " ", "是", " ", "了", " ", "吗", " ", "呢", " ", "吧", " ", "啊", " ", "和", " ", "与", " ",
	"及", " ", "或", " ", "有", " ", "个", " ", "在", " ", "哪", " ", "请", " ", "我", " ", "要", " ",
	"该", " ", "几", " ", "？", " ", "，", " ", "。", " ", "范围", " ",
})

// zhMeasureAsks ask for a thing by its measure word alone: "哪批变送器"
// asks which batch (批次) of them, a word a passage states ("此批次",
// "批号"), where the bigram 批变 would match nothing.
var zhMeasureAsks = []string{"哪一批", " 批次 ", "哪批", " 批次 "}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// anyCue reports whether one of the cues occurs in lower. An English cue
// starts a word ("trip" is not in "strip"), and one of three letters or
// fewer is a whole word ("bom" is not in "bomb", "min" not in "mining").
// Chinese cues match anywhere.
func anyCue(lower string, cues []string) bool {
	for _, c := range cues {
		if cueIn(lower, c) {
			return true
		}
	}
	return false
}

func cueIn(lower, cue string) bool {
	if cue == "" || !isWordByte(cue[0]) {
		return strings.Contains(lower, cue)
	}
	whole := len(cue) <= 3
	for from := 0; ; {
		i := strings.Index(lower[from:], cue)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(cue)
		if (i == 0 || !isWordByte(lower[i-1])) && (!whole || end == len(lower) || !isWordByte(lower[end])) {
			return true
		}
		from = i + 1
	}
}

// howMuchOfALimit asks how much of a deviation is allowed ("how much
// axial run-out is acceptable", "how much play is allowed"): a limit the
// documents state, not a quantity of parts in the BOM.
var howMuchOfALimit = regexp.MustCompile(`\bhow much\b[^?,.]{0,40}?\b(?:is|are)\s+(?:acceptable|allowed|permitted|permissible|tolerable|tolerated|ok|okay)\b|\bhow much (?:axial |radial |angular |end )?(?:play|run-?out|clearance|misalignment|backlash|offset|gap|tolerance|deviation|leakage|float)\b`)
