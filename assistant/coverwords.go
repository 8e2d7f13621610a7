package assistant

import (
	"regexp"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// zhFillers are the ways Chinese asks around what it asks: adverbs of
// degree and time ("分别", "一直", "明显", "本身") and the A-not-A forms of a
// yes/no question ("对不对", "会不会"). Their characters pair with content
// characters into terms no passage holds, so a question is not called
// uncovered for them.
var zhFillers = []string{
	"对不对", "是不是", "会不会", "能不能", "可不可以", "有没有", "行不行", "好不好", "要不要",
	"分别", "一直", "老是", "总是", "明显", "本身", "到底", "究竟", "大概", "大约", "其实", "实际上", "真的", "特别", "有点", "得厉害", "很厉害", "厉害",
	"的时候", "以后", "之后", "自己",
	// Asking what something means, what is wrong or what to do: the
	// passage that answers says so in its own words.
	"是什么意思", "什么意思", "啥意思", "什么毛病", "啥毛病", "什么问题", "啥问题", "咋办", "怎么办", "有什么办法", "什么办法", "的东西",
	// Asking how big, long or heavy: a passage gives the figure, not the
	// adjective ("噪音多大" is answered by "≤ 72 dB(A)"); and asking what
	// is required of a thing ("漆膜厚度要求多少").
	"多大", "多高", "多长", "多宽", "多厚", "多重", "多远", "多快", "要求",
	// Joining clauses ("通电了但是屏幕不亮"), grading an adjective
	// ("海拔比较高") and asking what is going on or how a figure is worked
	// out: the passage states the case and its rule, not these words.
	"但是", "可是", "虽然", "比较", "相当", "非常", "的地方", "怎么回事", "咋回事", "怎么算", "如何计算", "怎么计算",
	// Grading a symptom ("振动很大", "温度太高"): the passage gives its
	// limit ("振动超过 4.5 mm/s"), not the grade.
	"很大", "太大", "挺大", "好大", "偏大", "很高", "太高", "挺高", "偏高", "很低", "太低", "偏低", "很小", "太小",
	// Asking for a procedure: the passage gives the steps ("先关闭出口阀，
	// 再按停止"), not the word.
	"步骤是什么", "有哪些步骤", "什么步骤", "的步骤", "流程是什么", "的流程",
	// Asking what a document says ("FMEA里怎么写的"): the passage is what
	// it says, in words of its own.
	"是怎么写的", "怎么写的", "怎么写", "是怎么说的", "怎么说的", "怎么说", "写了什么", "写的什么", "说了什么",
}

// fillerChars are the characters of q that stand only in its fillers.
func fillerChars(q string) map[rune]bool {
	if !strings.ContainsFunc(q, func(r rune) bool { return r >= 0x3400 }) {
		return nil
	}
	rest := q
	in := map[rune]bool{}
	for _, f := range zhFillers {
		if strings.Contains(rest, f) {
			for _, r := range f {
				in[r] = true
			}
			rest = strings.ReplaceAll(rest, f, " ")
		}
	}
	rest = unitsAfterFigures(rest, in)
	rest = unitsAsked(rest, in)
	for r := range in {
		if strings.ContainsRune(rest, r) {
			delete(in, r)
		}
	}
	return in
}

// unitsAfterFigures marks in the characters of a Chinese unit written
// after a figure ("离 1 米", "80度") and returns q without them: the figure
// is the term a passage holds, and it writes the unit its own way ("1 m").
func unitsAfterFigures(q string, in map[rune]bool) string {
	for _, m := range figureUnit.FindAllStringSubmatch(q, -1) {
		for _, r := range m[1] {
			in[r] = true
		}
	}
	return figureUnit.ReplaceAllString(q, " ")
}

var figureUnit = regexp.MustCompile(`\d\s*(` + zhUnitNames + `)`)

// zhUnitNames are units Chinese spells out where a passage writes a symbol
// ("分贝" for dB, "伏" for V), longest first.
const zhUnitNames = `毫米|厘米|公里|千米|米|小时|分钟|秒|摄氏度|度|公斤|千克|克|千瓦|瓦|伏特|伏|安培|安|赫兹|分贝`

// unitsAsked marks in the characters of a unit the question asks a figure
// in ("多少分贝", "几伏") and returns q without them: the passage answers
// with the figure and the unit's symbol ("≤ 72 dB(A)"), never its name.
func unitsAsked(q string, in map[rune]bool) string {
	for _, m := range askedUnit.FindAllStringSubmatch(q, -1) {
		for _, r := range m[1] {
			in[r] = true
		}
	}
	return askedUnit.ReplaceAllString(q, " ")
}

var askedUnit = regexp.MustCompile(`(?:多少|几)\s*(` + zhUnitNames + `)`)

// getOutOfAsked is English asking how much a thing gives: "the most flow
// I can get out of the CP200". "out" there is the asking, and no
// specification holds it; "getting out of alignment" names a state.
var getOutOfAsked = regexp.MustCompile(`(?i)\b(?:get|got)\b[^.?!,]{0,20}?\bout\s+of\s+(?:it|this|that|these|those|the|a|an|one|each|your|my|our)\b`)

func getOutOf(q string) bool { return getOutOfAsked.MatchString(q) }

// withoutAskingOut is q without the "out" of a "get … out of" question,
// and without the verbs that ask what a thing needs ("what voltage does it
// need"): a passage states the requirement ("380 V"), not the asking.
func withoutAskingOut(q retrieval.Question) retrieval.Question {
	out := getOutOf(q.Text)
	procedure := asksProcedure.MatchString(q.Text)
	return withoutTermsWhere(q, func(t string) bool {
		return out && t == "out" || askingNeed[t] || procedure && strings.ContainsAny(t, "步骤流程")
	})
}

// asksProcedure is a Chinese question for the steps of a job ("停机步骤是
// 什么"): the section that gives them says what to do, not "步骤".
var asksProcedure = regexp.MustCompile(`步骤是什么|有哪些步骤|什么步骤|的步骤|流程是什么|的流程|步骤$|步骤？$|步骤\?$`)

// askingNeed are the stems of the English verb of needing ("required" is
// left: "NPSH required" names a measure).
var askingNeed = map[string]bool{"need": true}
