package tableq

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// question is a question prepared for matching: lower-cased, with its
// Latin words stemmed and located.
type question struct {
	text  string
	words []word
	taken []bool // bytes already explained by a mention or cue
	// sumsCost: "what do the drive wheel parts cost" asks what several
	// rows cost together.
	sumsCost bool
	// asksHolder: "装在哪个组件里" asks which assembly holds the lines, a
	// listing whether or not a listing word remains.
	asksHolder bool
	// subject are words that name what the sheet is about: "rover" of
	// a rover's parts list that never says it.
	subject map[string]bool
	// costsWhole: "how much does the whole rover cost" asks what the
	// product the list builds costs, every assembly as often as it is
	// built in.
	costsWhole bool
}

// reSpanTakes asks how long a span of steps takes: "how long does
// assembly take from op 30 through op 70", "从轴承装配到泵体装配要多久".
// The steps' times add up.
// Steps said on one side of a named one, or by their numbers, add up
// too: "how long do the steps before the hydrostatic test take", "how
// long do ops 60 through 110 take", "水压试验之前的工序要多久".
var reSpanTakes = regexp.MustCompile(`\bhow long\b[^?]*\bfrom\b[^?]+\b(?:to|through|thru|till|until)\b|从[^？?]+(?:到|至)[^？?]*(?:多久|多长时间|多少时间|几分钟)|` +
	`\bhow long\b[^?]*\b(?:steps|operations|ops|stages|everything)\b[^?]*\b(?:before|after|prior to|following)\b|` +
	`\bhow long\b[^?]*\bops?\s*\d+\s*(?:-|–|to|through|thru|till|until)\s*(?:op\s*)?\d+|` +
	`(?:之前|以前|之后|以后)的(?:所有)?(?:工序|步骤)[^？?]*(?:多久|多长时间|多少时间|几分钟)`)

// reEachStep asks each step's time, not the span's: "how long do they take each".
var reEachStep = regexp.MustCompile(`\beach\b|\bper (?:step|op|operation)\b|每道|各自|分别`)

// rePluralCost is "what/how much do (the) … cost", the plural verb: the
// rows' cost summed. "What does … cost" asks one row's.
// "If we stock every spare …, what does that cost" sums over every row
// too.
// "What does it cost to stock all the spares", "备件都备齐要花多少钱": buying
// every row's stock.
var rePluralCost = regexp.MustCompile(`\b(?:what|how much) do (?:the |all |all the |these |those )?[^?]*\bcost\b|\b(?:what|how much) did (?:the |all |all the |these |those )[^?]*\bcost\b|\b(?:every|all)\b[^?]*\b(?:what|how much) (?:does|would|will) (?:that|this|it) cost\b|` +
	`\b(?:what|how much) (?:does|would|will) it cost to (?:stock|buy|order|keep)\b[^?]*\b(?:every|all)\b|(?:备|买|配|购|补)(?:齐|足|全)[^？?]*(?:多少钱|花多少|要花)`)

func (q *question) asksSum() bool {
	return q.sumsCost || q.has(cueSum) || reHowLongOverYear.MatchString(q.text)
}

// reHowLongOverYear asks how long something lasted over a whole year
// ("泵去年停机了多久", "how long was it down last year"): the year's
// times added up, as "in total" would say.
var reHowLongOverYear = regexp.MustCompile(`(?i)(?:\bhow long\b|多久|多长时间|多少时间)[^?？]*(?:\b(?:last|previous) year\b|去年|上一年)|(?:\b(?:last|previous) year\b|去年|上一年)[^?？]*(?:\bhow long\b|多久|多长时间|多少时间)`)

// reUnitsAsked is a count of units, not of rows: "how many hours of
// downtime", "lost the most hours", "停了多少小时" add a column up.
var reUnitsAsked = regexp.MustCompile(`\b(?:how many|the most|most|the fewest|fewest) (?:hours|hrs|minutes|mins|days|weeks)\b|多少(?:个)?(?:小时|分钟|天)|最多的?(?:小时|工时)`)

func (q *question) countsUnits() bool { return reUnitsAsked.MatchString(q.text) }

type word struct {
	raw, stem  string
	start, end int
}

// a gloss is Latin only: "（写的是 none）" is a remark, not a gloss; and
// a word: "发生度(O)" abbreviates the column, which the Chinese still names.
// The Chinese it glosses is the word just before it, not the run up to
// the last 的 ("哪个子系统的平均发生度（Occurrence）" glosses 发生度, and the
// subsystem is still asked), and not an average or an extreme said
// before the word ("平均", "最").
var reGlossed = regexp.MustCompile(`(?:平均|最高|最低|最大|最小|总|最)?([^\P{Han}的]+)\s*\([^)\p{Han}]*[a-z]{2}[^)\p{Han}]*\)`)

// reExamples is an aside listing examples of what is asked about ("(every
// bolt, washer, set screw, key)"): the kinds it names explain the words
// before it and single out no rows of their own; a code among them
// ("GB/T numbered bolts") still does.
var reExamples = regexp.MustCompile(`\(([^()]*,[^()]*,[^()]*)\)`)

func examplesCodes(m string) string {
	var codes []string
	for _, w := range strings.Fields(strings.Trim(m, "()")) {
		w = strings.Trim(w, ",;")
		if strings.ContainsAny(w, "/0123456789") {
			codes = append(codes, w)
		}
	}
	return " " + strings.Join(codes, " ") + " "
}

var reWord = regexp.MustCompile(`[\p{L}\p{N}#]+(?:[-'][\p{L}\p{N}]+)*(?:/t\b)?`)

func newQuestion(s string) *question {
	p := prepared(s)
	return &question{text: p.text, words: p.words, taken: slices.Clone(p.taken), sumsCost: p.sumsCost}
}

// preparedQuestion is what newQuestion reads from a text: its words and
// the bytes a gloss takes. Callers must not change the words: they are
// shared.
type preparedQuestion struct {
	text     string
	words    []word
	taken    []bool
	sumsCost bool
}

// maxPrepared bounds the remembered questions; when full the memory
// starts over.
const maxPrepared = 1 << 12

// preparedQuestions remembers the texts read: a question is parsed over
// every table, mostly as the same text, and reading it runs a dozen
// regexps.
var preparedQuestions struct {
	m sync.Map // string -> *preparedQuestion
	n atomic.Int64
}

func prepared(s string) *preparedQuestion {
	if v, ok := preparedQuestions.m.Load(s); ok {
		return v.(*preparedQuestion)
	}
	p := prepare(s)
	if preparedQuestions.n.Add(1) > maxPrepared {
		preparedQuestions.m.Clear()
		preparedQuestions.n.Store(1)
	}
	preparedQuestions.m.Store(s, p)
	return p
}

// reNoPartsZh says in everyday Chinese that a job replaced no parts.
var reNoPartsZh = regexp.MustCompile(`(?:一个|一件|一样)?(?:零件|配件|备件)(?:都|也)没(?:有)?(?:换|更换|用)(?:过)?|没(?:有)?(?:换|用)(?:过)?(?:零件|配件|备件)`)

// zhOrBeyond joins a bound's "or" to it: "或以上", "及以上" say the bound
// is included, as 以上 alone does in a specification.
var zhOrBeyond = strings.NewReplacer("或以上", "以上", "及以上", "以上", "或以下", "以下", "及以下", "以下", "或更高", "以上", "或更低", "以下")

// reOrFigureAside is a bracketed "or" giving the figure before it again,
// in the unit some rows count in: "只备 1 个（或 1 升）".
var reOrFigureAside = regexp.MustCompile(`[（(]\s*(?:或者?|or)\s*[0-9]+(?:\.[0-9]+)?\s*[\p{L}]{0,6}\s*[）)]`)

// reNoneGloss is a bracketed gloss of a None the question quotes:
// "（没有措施）" after "写的是 None".
var reNoneGloss = regexp.MustCompile(`(none|无|空)\s*[（(]\s*(?:没有|无|空|nothing|no )[^）)]{0,8}[）)]`)

// reLookingAt opens a question with where the asker looks: the table
// read is that, and "looking" is no word of its rows.
var reLookingAt = regexp.MustCompile(`^\s*(?:looking|going|glancing|scanning)\s+(?:at|by|through|over)\s+`)

func prepare(s string) *preparedQuestion {
	s = numberWords.Replace(" " + strings.ToLower(norm.NFKC.String(s)) + " ")
	s = reLookingAt.ReplaceAllString(s, " ")          // "looking at the work orders by …": where the asker looks
	s = strings.ReplaceAll(s, "任何", "")               // "没有更换任何零件" says "更换零件"
	s = strings.ReplaceAll(s, "实际", "")               // "实际费用", "有实际建议措施": the cells as they are
	s = strings.ReplaceAll(s, "出厂的", "")              // "出厂的水压试验": the factory's own steps are the routing's
	s = reStepsAdded.ReplaceAllString(s, "${1}和${2}") // "水压试验加性能试验": the two steps, added up
	s = reTwoSteps.ReplaceAllString(s, "")            // "两道工序标准工时": the steps just named
	s = reTheOneIs.ReplaceAllString(s, "的是")          // "停机最久的一单是哪单": the one that is, not a count of one
	s = reHanCount.ReplaceAllStringFunc(s, hanCount)
	s = reSpanWordAgain.ReplaceAllStringFunc(s, spanWordOnce)
	s = reExamples.ReplaceAllStringFunc(s, examplesCodes)
	s = reNeededNoParts.ReplaceAllString(s, "replaced no $1") // a job that needed no parts replaced none
	s = reNoPartsZh.ReplaceAllString(s, "没有更换零件")             // "一个零件都没换", "没换零件": replaced no parts
	s = reOrFigureAside.ReplaceAllString(s, " ")              // "1 个（或 1 升）": the same figure in another unit
	s = zhOrBeyond.Replace(s)                                 // "40 N·m 或以上" is "40 N·m 以上", the bound included
	s = reNoneGloss.ReplaceAllString(s, "$1 ")                // "写的是 None（没有措施）": the gloss says None again
	s = strings.ReplaceAll(s, "stock qty", "stock")           // "the recommended stock qty" is the recommended stock
	s = strings.ReplaceAll(s, "list every ", "list all ")     // a listing, not a grouping "for every"
	s = reWhatPlural.ReplaceAllStringFunc(s, whichPlural)
	s = rePossessive.ReplaceAllStringFunc(s, withoutPossessive)
	if !strings.Contains(s, "最") { // "哪几台设备的工单最多" ranks them
		s = reWhichSome.ReplaceAllString(s, "哪些") // "分成哪几个装配" lists them; it does not count them
	}
	s = strings.TrimSpace(reLatinHan.ReplaceAllString(reHanLatin.ReplaceAllString(s, "$1 $2"), "$1 $2"))
	q := &question{text: s, taken: make([]bool, len(s)), sumsCost: rePluralCost.MatchString(s) || reSpanTakes.MatchString(s) && !reEachStep.MatchString(s) || stocksUp(s)}
	// "液压系统（Hydraulic System）": the gloss in brackets says it
	for _, m := range reGlossed.FindAllStringSubmatchIndex(s, -1) {
		q.take(span{m[2], m[3]})
	}
	for _, m := range reWord.FindAllStringIndex(s, -1) {
		w := s[m[0]:m[1]]
		if hasHan(w) {
			continue
		}
		q.words = append(q.words, word{raw: w, stem: Stem(w), start: m[0], end: m[1]})
	}
	return &preparedQuestion{text: q.text, words: slices.Clip(q.words), taken: q.taken, sumsCost: q.sumsCost}
}

// reStepsAdded joins two named steps with 加, "plus": "水压试验加性能试验".
var reStepsAdded = regexp.MustCompile(`(试验|检验|测试|装配|安装|工序|清洗|包装)加([^起上在])`)

// reTwoSteps points back at the steps named ("两道工序"), naming no row.
var reTwoSteps = regexp.MustCompile(`[两二三]道工序`)

// reTheOneIs is "the one … that is" said with a count of one ("最久的一单
// 是哪单"), which names a row rather than counting any.
var reTheOneIs = regexp.MustCompile(`的一[单次台张条个项件]是`)

// reNeededNoParts is a job that did not need, use or take parts, or was
// done without replacing any: in a log it is one whose parts replaced are
// none.
var reNeededNoParts = regexp.MustCompile(`\b(?:(?:didn'?t|did not|never) (?:need|use|require|take)|without (?:replacing|using|needing|changing|fitting))(?: any)? (parts|spares|spare parts)\b`)

// rePossessive is a noun's possessive: "the bearing assembly's failure
// modes" are the failure modes of the row named "Bearing assembly".
var rePossessive = regexp.MustCompile(`\b([a-z0-9-]+)(?:'|’)s\b`)

// contracted are the words whose "'s" is "is" or "has", not a possessive.
var contracted = map[string]bool{"what": true, "that": true, "it": true, "there": true, "here": true,
	"who": true, "where": true, "how": true, "which": true, "let": true, "he": true, "she": true}

func withoutPossessive(m string) string {
	w := strings.TrimSuffix(strings.TrimSuffix(m, "'s"), "’s")
	if contracted[w] {
		return m
	}
	return w
}

// reWhatPlural is "what" before a plural noun and its verb: "what
// components are in the Power Train subsystem" asks which components,
// as "which components are in …" does; so does "what failure modes are
// listed for …", the noun with the word before it.
var reWhatPlural = regexp.MustCompile(`\bwhat (?:[a-z]{3,} )?([a-z]{3,}s) (?:are|were|do|does|did|have|has|had)\b`)

func whichPlural(m string) string {
	noun := reWhatPlural.FindStringSubmatch(m)[1]
	if notPlural[noun] {
		return m
	}
	return "which" + strings.TrimPrefix(m, "what")
}

// notPlural end in s without naming things.
var notPlural = map[string]bool{"does": true, "goes": true, "this": true, "was": true, "has": true, "its": true, "less": true}

// reLatinHan and reHanLatin are where a Latin word touches Chinese: "RPN合计"
// is the column RPN and 合计, as "RPN 合计" is.
var (
	reLatinHan = regexp.MustCompile(`([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(\p{Han})`) // "cpl-03的": the code whole
	reHanLatin = regexp.MustCompile(`(\p{Han})([a-z])`)
)

var reWhichSome = regexp.MustCompile(`哪几[个种台张家条位款项类]?`)

// reHanCount is a Chinese numeral before a unit or measure word: "两周",
// "三个小时", "十天".
var reHanCount = regexp.MustCompile(`([一二两三四五六七八九十])(个?(?:周|星期|天|日|小时|钟头|分钟|月))`)

func hanCount(m string) string {
	for w, n := range map[string]int{"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10} {
		if strings.HasPrefix(m, w) {
			return strconv.Itoa(n) + strings.TrimPrefix(m, w)
		}
	}
	return m
}

// numberWords writes a threshold spelled out ("five hours or longer") as
// its figure. "one" stays a word: "which one" is not a threshold.
var numberWords = func() *strings.Replacer {
	var pairs []string
	for i, w := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		for _, sep := range []string{" ", ",", "?", "."} {
			pairs = append(pairs, " "+w+sep, " "+strconv.Itoa(i+2)+sep)
		}
	}
	return strings.NewReplacer(pairs...)
}()

// span is a located phrase.
type span struct{ start, end int }

// find locates phrase: Latin phrases word by word with stems, so
// "subsystems" finds "subsystem"; Chinese as a substring.
func (q *question) find(phrase string) []span { return q.locate(phrase, true) }

// findExact locates phrase without stemming: "parts" is not "part".
func (q *question) findExact(phrase string) []span { return q.locate(phrase, false) }

func (q *question) locate(phrase string, stem bool) []span {
	f := formOf(phrase, stem)
	if f.text == "" {
		return nil
	}
	if f.han {
		var out []span
		for i := 0; i < len(q.text); {
			j := strings.Index(q.text[i:], f.text)
			if j < 0 {
				break
			}
			out = append(out, span{i + j, i + j + len(f.text)})
			i += j + len(f.text)
		}
		return out
	}
	return q.matchWords(f.words, stem)
}

// matchWords locates a phrase given as its words (stemmed when stem is).
func (q *question) matchWords(pw []string, stem bool) []span {
	if len(pw) == 0 {
		return nil
	}
	var out []span
	for i := 0; i+len(pw) <= len(q.words); i++ {
		ok, exact := true, 0
		for k, w := range pw {
			have := q.words[i+k].raw
			if stem {
				have = q.words[i+k].stem
			}
			switch {
			case have == w:
				exact++
			case stem && len(pw) > 1 && abbreviates(w, q.words[i+k].raw):
			case len(pw) > 1 && len(q.words[i+k].raw) >= 4 && abbreviates(q.words[i+k].raw, w): // "hydro test" for "Hydrostatic test"
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && exact > 0 {
			out = append(out, span{q.words[i].start, q.words[i+len(pw)-1].end})
		}
	}
	return out
}

// abbreviates reports a word that is the start of a longer one: a
// header's "act" in "ACtStartDate" for the question's "actual", or the
// question's "hydro" for a value's "hydrostatic". Only inside a name of
// several words, another of which the question says as written.
func abbreviates(short, word string) bool {
	return len(short) >= 3 && len(short) < len(word) && strings.HasPrefix(word, short)
}

// findCue locates a cue phrase literally (cues carry their own spacing).
func (q *question) findCue(cue string) []span {
	var out []span
	for i := 0; i < len(q.text); {
		j := strings.Index(q.text[i:], cue)
		if j < 0 {
			break
		}
		s := i + j
		// a Latin cue starts at a word boundary
		e := s + len(cue)
		if (s > 0 && isLatin(cue[0]) && isLatin(q.text[s-1])) || (e < len(q.text) && isLatin(cue[len(cue)-1]) && isLatin(q.text[e])) {
			i = s + 1
			continue
		}
		if inLongerWord(q.text[s:], cue) || namesADesignation(q.text[:s], cue) {
			i = s + len(cue)
			continue
		}
		out = append(out, span{s, s + len(cue)})
		i = s + len(cue)
	}
	return out
}

// cueWords are words that start with a cue but are not it: "总装" is final
// assembly, not a total.
var cueWords = map[string][]string{"总": {"总装", "总成", "总体", "总线", "总图", "总部"}}

func inLongerWord(rest, cue string) bool {
	for _, w := range cueWords[cue] {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

func isLatin(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

func (q *question) has(cues []string) bool {
	for _, c := range cues {
		if len(q.findCue(c)) > 0 {
			return true
		}
	}
	return false
}

func (q *question) take(s span) {
	for i := s.start; i < s.end && i < len(q.taken); i++ {
		q.taken[i] = true
	}
}

func (q *question) free(s span) bool {
	for i := s.start; i < s.end; i++ {
		if q.taken[i] {
			return false
		}
	}
	return true
}

func (q *question) takeAll(cues []string) {
	for _, c := range cues {
		for _, s := range q.findCue(c) {
			q.take(s)
		}
	}
}

// mention is a column named, or a value of it, at a place in the question.
type mention struct {
	col     int
	value   string // set for a value mention
	partial bool   // the value's leading words, without its code
	span
}

// mentions finds the columns and the categorical values the question
// names, longest first, never two over the same words.
func (t *Table) mentions(q *question) []mention {
	type cand struct {
		m    mention
		size int
	}
	var cands []cand
	for i, c := range t.Columns {
		for _, name := range t.columnNames(i) {
			for _, s := range q.find(name) {
				if t.modifiesMissing(q, s) {
					continue
				}
				cands = append(cands, cand{mention{col: i, span: s}, s.end - s.start + 1})
			}
		}
		for _, s := range t.letterNames(q, i) {
			cands = append(cands, cand{mention{col: i, span: s}, s.end - s.start + 1})
		}
		if c.Numeric || c.Distinct == 0 || c.Distinct > maxCategories(c) {
			continue
		}
		for _, f := range t.forms(i) {
			for _, s := range q.findForm(f) {
				cands = append(cands, cand{mention{col: i, value: f.value, partial: f.partial, span: s}, s.end - s.start})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].size > cands[b].size })
	var out []mention
	for _, c := range cands {
		if q.free(c.m.span) {
			if c.m.value == "" {
				c.m.end = labelAfter(q, c.m.end)
			}
			q.take(c.m.span)
			out = append(out, c.m)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// columnLabels are the words that call a column a column: "the notes
// column", "the cost field", "备注栏". Not 列, which begins 列出 (list).
var columnLabels = []string{"columns", "column", "fields", "field", "一栏", "栏", "字段"}

// labelAfter is end moved past a column label said just after a
// column's name, so the label is no word a row must hold and what
// follows it ("is empty") reads as said of the column.
func labelAfter(q *question, end int) int {
	rest := strings.TrimLeft(q.text[end:], " ")
	at := len(q.text) - len(rest)
	for _, l := range columnLabels {
		if !strings.HasPrefix(rest, l) {
			continue
		}
		next := at + len(l)
		if hasHan(l) || next == len(q.text) || !isLatin(q.text[next]) {
			if q.free(span{at, next}) {
				return next
			}
		}
	}
	return end
}

// modifiesMissing reports a column's name said as the first word of a
// column the table lacks: "unit" of "unit price" in a sheet with a Unit
// column and no price is no question about units.
func (t *Table) modifiesMissing(q *question, s span) bool {
	next := strings.Fields(q.text[s.end:])
	if len(next) == 0 {
		return false
	}
	w := strings.Trim(next[0], ",.?!;:")
	for role, words := range roleWords {
		if t.roleColumn(role) < 0 && slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// valueForm is a way a question names a value, prepared once per table.
type valueForm struct {
	value   string   // what the filter keeps
	partial bool     // the value's leading words, without the rest
	words   []string // lower-cased words; nil for a Chinese value
	han     string   // a Chinese value, matched as a substring
}

// forms lists the ways a question may name the values of column i: as
// written ("cover" is not the value "Covers"), by their leading words
// ("Shanghai Baoli Fasteners" for "… Co."), or without their codes
// ("control box" for "Control box CP200-CTL-00").
func (t *Table) forms(i int) []valueForm {
	t.memo.Lock()
	if t.valueForms == nil {
		t.valueForms = make([][]valueForm, len(t.Columns))
	}
	known := t.valueForms[i]
	t.memo.Unlock()
	if known != nil {
		return known
	}
	out := []valueForm{}
	add := func(v string, partial bool) {
		f := valueForm{value: v, partial: partial}
		lower := strings.ToLower(strings.TrimSpace(v))
		if hasHan(lower) {
			f.han = lower
		} else {
			f.words = reWord.FindAllString(lower, -1)
			if len(f.words) == 0 {
				return
			}
		}
		out = append(out, f)
	}
	for _, v := range t.values(i) {
		if !valueWorthy(v) {
			continue
		}
		add(v, false)
		if m := reSpecLast.FindStringSubmatch(v); m != nil {
			// "the 5–25 N·m torque wrench" names "Torque wrench 5–25 N·m"
			out = append(out, valueForm{value: v, words: reWord.FindAllString(strings.ToLower(m[2]+" "+m[1]), -1)})
		}
		for _, short := range append(leadingWords(v), shortValue(v)) {
			if short != "" {
				add(short, true)
			}
		}
	}
	t.memo.Lock()
	t.valueForms[i] = out
	t.memo.Unlock()
	return out
}

// reSpecLast is a value naming a thing and then its size or range
// ("Torque wrench 5–25 N·m"), which people say size first.
var reSpecLast = regexp.MustCompile(`^(\p{L}[^\d]*?)\s+(\d[\d.,]*\s*(?:[–~-]\s*\d[\d.,]*)?\s*\S*)$`)

// findForm locates a value form in the question, words as written.
func (q *question) findForm(f valueForm) []span {
	if f.han != "" {
		return q.findExact(f.han)
	}
	return q.matchWords(f.words, false)
}

func maxCategories(c Column) int {
	if n := c.Filled / 2; n > 40 {
		return n
	}
	return 40
}

func valueWorthy(v string) bool {
	if strings.IndexFunc(v, unicode.IsLetter) < 0 {
		return false // "±5%" is a figure, not a name a question says
	}
	n := utf8.RuneCountInString(v)
	if hasHan(v) {
		return n >= 2 && n <= 30
	}
	if n < 3 || n > 60 || stopWords[strings.ToLower(v)] {
		return false
	}
	_, num := Number(v)
	return !num
}

// columnNames are the header and the mapped role's header words, less
// one- and two-letter abbreviations that would match anywhere. They are
// read once per column: every question looks for them in every table.
// Callers must not change them.
func (t *Table) columnNames(i int) []string {
	t.memo.Lock()
	defer t.memo.Unlock()
	if t.names == nil {
		t.names = make([][]string, len(t.Columns))
	}
	if t.names[i] == nil {
		t.names[i] = slices.Clip(t.readColumnNames(i))
	}
	return t.names[i]
}

func (t *Table) readColumnNames(i int) []string {
	c := t.Columns[i]
	names := []string{normHeader(c.Name)}
	if strings.Contains(c.Name, "-") {
		names = append(names, strings.ReplaceAll(names[0], " ", "-")) // "sub-component", as the sheet writes it
	}
	if short := strings.TrimPrefix(names[0], "potential "); short != names[0] {
		names = append(names, short)
	}
	// "total actual cost" names "Work_Order_Total_Actual_Cost"
	if w := strings.Fields(names[0]); len(w) > 2 {
		for k := 1; k+1 < len(w); k++ {
			names = append(names, strings.Join(w[k:], " "))
		}
	}
	if acronym(c.Name) {
		names = append(names, names[0]+"s") // "add up the RPNs"
	}
	names = append(names, roleWords[c.Role]...)
	for _, s := range t.synonyms[c.Role] {
		if hasHan(s) || len(s) >= 3 {
			names = append(names, s)
		}
	}
	if t.machinesByAsset() {
		switch c.Role {
		case "asset":
			names = append(names, machineWords...)
		case "equipment":
			names = slices.DeleteFunc(names, func(n string) bool { return slices.Contains(machineWords, n) })
		}
	}
	return names
}

// machineWords call a row's machine by what it is.
var machineWords = []string{"设备", "机器", "机台", "machine", "machines", "equipment"}

// machinesByAsset reports a log whose equipment column is a functional
// location's description (the brake, the hydraulics) beside an asset
// column: the machine the asker calls 设备 is the asset, not the place on it.
func (t *Table) machinesByAsset() bool {
	asset, equip := t.roleColumn("asset"), t.roleColumn("equipment")
	return asset >= 0 && equip >= 0 && strings.Contains(normHeader(t.Columns[equip].Name), "location")
}

// acronym reports a header that is an upper-case abbreviation ("RPN",
// "SKU"), which a question may write in the plural.
func acronym(h string) bool {
	if len(h) < 2 {
		return false
	}
	for _, r := range h {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// normHeader reads "Downtime (h)" as "downtime" and "Work_Order_Type" as
// "work order type".
func normHeader(h string) string {
	h = strings.ToLower(splitCamel(norm.NFKC.String(h)))
	if i := strings.IndexAny(h, "(（"); i > 0 {
		if j := strings.IndexAny(h[i:], ")）"); j > 0 && j < 12 {
			_, n := utf8.DecodeRuneInString(h[i+j:])
			h = h[:i] + " " + h[i+j+n:]
		}
	}
	h = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '#' {
			return r
		}
		return ' '
	}, h)
	return strings.Join(strings.Fields(h), " ")
}

// splitCamel reads "WorkCentre" as "Work Centre" and "PONumber" as "PO
// Number": headers written as one word still name their words.
func splitCamel(h string) string {
	rs := []rune(h)
	var b strings.Builder
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			// "PONumber" is "PO Number"; "ACtStartDate" keeps "ACt"
			runBefore := i >= 2 && unicode.IsUpper(rs[i-2])
			if unicode.IsLower(prev) || (unicode.IsUpper(prev) && nextLower && runBefore) {
				b.WriteByte(' ')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// values lists the distinct filled values of column i, in sheet order.
func (t *Table) values(i int) []string {
	t.memo.Lock()
	defer t.memo.Unlock()
	if t.distinct == nil {
		t.distinct = make([][]string, len(t.Columns))
	}
	if t.distinct[i] == nil {
		t.distinct[i] = t.readValues(i)
	}
	return t.distinct[i]
}

func (t *Table) readValues(i int) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range t.Rows {
		v := strings.TrimSpace(r.Cells[i])
		if isNull(v) || seen[strings.ToLower(v)] {
			continue
		}
		seen[strings.ToLower(v)] = true
		out = append(out, v)
	}
	return out
}

// leadingWords are a value's first words, two or more and not all of
// them: a name is often said without its last word ("Co.", "Ltd").
func leadingWords(v string) []string {
	if hasHan(v) {
		return nil
	}
	w := strings.Fields(v)
	var out []string
	for k := len(w) - 1; k >= 2; k-- {
		s := strings.TrimRight(strings.Join(w[:k], " "), ",;:")
		if valueWorthy(s) {
			out = append(out, s)
		}
	}
	return out
}

// shortValue is a value without its codes and bracketed notes, when that
// leaves words: "Control box CP200-CTL-00" → "Control box".
func shortValue(v string) string {
	if i := strings.IndexAny(v, "(（"); i > 0 {
		v = v[:i]
	}
	var keep []string
	for _, w := range strings.Fields(v) {
		if strings.ContainsAny(w, "0123456789") {
			break
		}
		keep = append(keep, w)
	}
	s := strings.Join(keep, " ")
	if s == "" || strings.EqualFold(s, strings.TrimSpace(v)) || !valueWorthy(s) {
		return ""
	}
	return s
}

// reLetterCompared is a one- or two-letter word a comparison follows:
// "S=4", "O >= 3", "D<2".
var reLetterCompared = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])([a-z]{1,2})\s*(?:[=<>≥≤]|==)`)

// letterNames finds the short names of a numeric column ("s" of
// severity, "o" of occurrence) where a comparison follows them: alone,
// a letter is no name, but an FMEA's "S=4" is its severity.
func (t *Table) letterNames(q *question, i int) []span {
	if !t.Columns[i].Numeric {
		return nil
	}
	var out []span
	for _, m := range reLetterCompared.FindAllStringSubmatchIndex(q.text, -1) {
		said := q.text[m[2]:m[3]]
		for _, s := range t.synonyms[t.Columns[i].Role] {
			if s == said && len(s) < 3 {
				out = append(out, span{m[2], m[3]})
			}
		}
	}
	return out
}

// namesADesignation reports "number of" read as the name of a thing's
// number, not a count: "the station number of the control box".
func namesADesignation(before, cue string) bool {
	if cue != "number of" {
		return false
	}
	fields := strings.Fields(before)
	return len(fields) > 0 && designatedNumbers[fields[len(fields)-1]]
}

var designatedNumbers = map[string]bool{"station": true, "serial": true, "part": true, "model": true, "phone": true,
	"order": true, "catalog": true, "catalogue": true, "article": true, "reference": true, "slave": true, "node": true,
	"batch": true, "lot": true, "drawing": true, "version": true, "revision": true, "register": true, "pin": true,
	"port": true, "channel": true, "asset": true, "tag": true, "id": true, "identification": true, "code": true}
