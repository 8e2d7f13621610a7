package assistant

import (
	"slices"

	"github.com/kgassist/kgassist/retrieval"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// "What does E06 mean?" is answered where a code table defines the code:
// the line that opens with it ("E06 欠电压：电源电压低于 342 V…"). Such a
// line shares no word with the asking ("控制箱上显示", "是什么意思"), while a
// work order that only reports the code shown shares many, so the
// definition is ranked as covering the question.

var meaningAsked = regexp.MustCompile(`(?i)什么意思|啥意思|含义|代表什么|表示什么|指什么|是什么故障|是啥|\bmean(?:s|ing)?\b|\bstands? for\b|\bwhat(?:'s|’s|\s+is)\s+(?:that|this|it)\s*[?？]?\s*$`)

func asksMeaning(question string) bool { return meaningAsked.MatchString(question) }

// definesCode reports a sentence that opens with one of the question's
// codes followed by its definition, not by more of a longer code.
func definesCode(s string, codes []string) bool {
	lower := strings.ToLower(strings.TrimSpace(s))
	for _, c := range identifiers(codes) {
		rest, ok := strings.CutPrefix(lower, c)
		if !ok {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if rest != "" && !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
			return true
		}
	}
	return false
}

// asksHowAboutCode reports a question that names a code and asks how to
// deal with it ("how do I restore … after E09", "E09怎么恢复"): the code
// list's entry says how, where a work order only reports what was done once.
func asksHowAboutCode(question string, codes []string) bool {
	if len(identifiers(codes)) == 0 {
		return false
	}
	return procedural.MatchString(notHowTo.Replace(question)) || asksWhatToDo(question)
}

// inCodeEntry reports a sentence that follows the head of a code list's
// entry for an asked code, in the same line ("E09 参数存储错误：EEPROM 校验
// 失败。同时按住…恢复出厂参数"): the head says what the code is, the rest
// what to do about it.
func inCodeEntry(text, s string, codes []string) bool {
	if reEntryHead.MatchString(strings.TrimSpace(s)) {
		return false // "E04 电机过热：…" after E03's entry opens the next one
	}
	return definesCode(sentenceBefore(text, s), codes)
}

// inDescribedCodeEntry reports a sentence that carries on a code list's
// entry whose head the question describes without naming the code ("参数
// 存储出错（EEPROM 校验失败）怎么处理" of "E09 参数存储错误：EEPROM 校验失败。
// 同时按住…"): the head is what the asker sees, the rest what to do.
func inDescribedCodeEntry(q retrieval.Question, text, s string) bool {
	head := sentenceBefore(text, s)
	if !codeHead.MatchString(head) {
		return false
	}
	// Most of the head's words, its code aside, are the asker's: a
	// question also says where it happens and what it asks.
	asked := retrieval.TokenSet(q.Text)
	terms := retrieval.ContentTerms(codeHead.ReplaceAllString(head, ""))
	held := 0
	for _, t := range terms {
		if asked[t] {
			held++
		}
	}
	return len(terms) > 0 && 2*held >= len(terms)
}

// codeHead opens a code list's entry: a fault or alarm code ("E09",
// "AL-12") before its meaning.
var codeHead = regexp.MustCompile(`^[A-Z]{1,3}-?\d{1,4}\b`)

// sentenceBefore is the sentence before s in text, which may run several
// entries of a list together on one line.
func sentenceBefore(text, s string) string {
	i := strings.Index(text, s)
	if i < 0 {
		return ""
	}
	before := strings.TrimRightFunc(strings.TrimSpace(text[:i]), isSentenceEnd)
	if r := lastSentenceEnd(before); r >= 0 {
		_, size := utf8.DecodeRuneInString(before[r:])
		before = before[r+size:]
	}
	return strings.TrimSpace(before)
}

// lastSentenceEnd is where the last sentence of s ends before its own
// last one starts, or -1: the point of a decimal ("默认 1.2 MPa") ends
// none.
func lastSentenceEnd(s string) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		decimal := r == '.' && i > 0 && i+1 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1])
		if isSentenceEnd(r) && !decimal {
			return i
		}
	}
	return -1
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// linkedCodes are the question's codes that codeTerms leaves out: one
// that names an entity of the graph ("E07" where the FMEA has a failure
// mode "Pressure signal fault (E07)"), or that most passages hold, as
// every passage about E07 does.
func linkedCodes(ev *retrieval.Evidence) []string {
	var out []string
	codes := codeTerms(ev)
	for _, t := range ev.Question.Terms {
		if hasDigit(t) && !isNumber(t) && !isQuantity(t) && !slices.Contains(codes, t) {
			out = append(out, t)
		}
	}
	return out
}

// reEntryHead is the code a code list's entry opens with ("E04 电机过热：…"),
// its letters apart.
var reEntryHead = regexp.MustCompile(`^([A-Za-z]{1,4}[-_]?)\d{1,4}\b`)

// maxEntryRest bounds what an entry may add after its head sentence.
const maxEntryRest = 240

// wholeEntry is, for the head sentence of a code list's entry, the entry
// up to the next code ("E04 电机过热：PTC 动作。检查风扇罩…"): asked what to
// do about the fault the head names, the entry's own instruction is the
// answer, and it shares no word with the question.
func wholeEntry(text, s string) string {
	m := reEntryHead.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	next := regexp.MustCompile(`\s` + regexp.QuoteMeta(m[1]) + `\d{1,4}\b`)
	return carriedOn(text, s, func(rest string) int {
		if loc := next.FindStringIndex(rest); loc != nil {
			return loc[0]
		}
		return -1
	})
}

// restOfEntry is s, a sentence inside a code list's entry, carried on to
// the entry's end: an instruction cut at its semicolon leaves out what
// to do when it fails.
func restOfEntry(text, s string) string {
	return carriedOn(text, s, func(rest string) int {
		if loc := reNextEntry.FindStringSubmatchIndex(rest); loc != nil {
			return loc[2]
		}
		return -1
	})
}

// reNextEntry is where the next code's entry opens.
// "无效时更换保护器 HC-10" names a part, not the next entry.
var reNextEntry = regexp.MustCompile(`[。.!?！？]\s*([A-Za-z]{1,4}[-_]?\d{1,4}\b)`)

// carriedOn is s carried on in text to where next says the entry ends,
// or the line does; s alone where nothing follows or too much would.
func carriedOn(text, s string, next func(rest string) int) string {
	i := strings.Index(text, s)
	if i < 0 {
		return s
	}
	rest := text[i+len(s):]
	if j := next(rest); j >= 0 {
		rest = rest[:j]
	}
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		rest = rest[:j]
	}
	if strings.TrimSpace(rest) == "" || len(rest) > maxEntryRest {
		return s
	}
	return strings.TrimSpace(text[i : i+len(s)+len(rest)])
}
