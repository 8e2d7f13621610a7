package assistant

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
)

// A question names a field of a record by the header's own words, by any
// synonym the table mappings give its column role, or by the words people
// ask for that role with ("who supplies", "what happens", "哪家").

// fieldNames are the names a header goes by: itself and, when the table
// mappings know it, every synonym of its column role and the words a
// question asks for that role with ("who supplies", "哪家", "why").
func fieldNames(header string) []string {
	names := append([]string{header}, synonymIndex()[normHeader(header)]...)
	names = append(names, withoutSymbol(header)...)
	return append(names, glossedName(header)...)
}

// reQuantitySymbol is a quantity's symbol written after its name ("Power
// P2", "Speed n", "Flow Q"): a letter and at most two digits.
var reQuantitySymbol = regexp.MustCompile(`^[a-z][0-9]{0,2}$`)

// withoutSymbol is a header's name without the symbol after it, which
// no asker says: "shaft power" names "Power P2 (kW)".
func withoutSymbol(header string) []string {
	words := strings.Fields(normHeader(header))
	if len(words) < 2 || !reQuantitySymbol.MatchString(words[len(words)-1]) {
		return nil
	}
	return []string{strings.Join(words[:len(words)-1], " ")}
}

var glossedNames sync.Map // normalised header → its glossary translation

// glossedName is a header's name in the other language when the glossary
// holds the whole name: a Chinese question names the column "Head (m)" of
// an English curve table by 扬程, an English one "处理方法" by its gloss.
func glossedName(header string) []string {
	name := normHeader(header)
	if v, ok := glossedNames.Load(name); ok {
		return v.([]string)
	}
	var out []string
	lang := "en"
	if !isASCII(name) {
		lang = "zh"
	}
	for _, g := range retrieval.Gloss(name, lang, 1) {
		if own, other, ok := strings.Cut(g, " = "); ok && own == name {
			out = append(out, other)
		}
	}
	glossedNames.Store(name, out)
	return out
}

// roleAsks are the words a question asks for a role's value with, when it
// does not name the column: they are asked of a record, so they count
// only where the mappings give the header that role.
var roleAsks = map[string][]string{
	"supplier":    {"who makes", "who manufactures", "who builds", "made by", "buy", "get from", "sourced", "sourced from", "source from", "purchase", "sells", "sell", "sold", "哪家", "谁家", "谁供应", "供应的", "供货", "厂家", "卖", "哪里买", "在哪买"},
	"cost":        {"pay", "paid", "charge", "charges", "charged", "多少钱", "价钱", "价格", "贵"},
	"action":      {"fix", "fixed", "repair", "repaired", "propose", "proposed", "suggest", "suggested", "recommend", "recommended", "did do", "to do", "should do", "was done", "were done", "怎么修", "如何修", "怎么处理", "如何处理", "修复", "建议", "怎么办", "做了什么", "怎么修好", "修好的", "怎么解决的"},
	"remedy":      {"fix", "fixed", "repair", "did do", "to do", "should do", "怎么修", "如何修", "怎么处理", "如何处理", "修复", "怎么办"},
	"cause":       {"why", "为什么", "为何", "起因", "原因", "did the tech find", "did the technician find", "did they find", "did we find", "was found", "turned out to be", "查出", "发现了什么", "发现什么问题"},
	"effect":      {"happen", "happens", "consequence", "consequences", "后果", "会怎样", "会怎么样", "影响"},
	"lead_time":   {"wait", "delivery", "deliver", "arrive", "arrives", "take to get", "take to come in", "take to get here", "how long to get one", "how long to get a new", "how long to get a spare", "till it shows up", "until it shows up", "till it arrives", "until it arrives", "ship", "ships", "多久能到", "多久到", "多久到货", "几天到货", "到货", "几天能到", "多少天能到", "要等多少天", "等多少天", "要等几天", "等几天", "要等多久", "等多久", "订货周期"},
	"description": {"about", "was for", "were for", "job", "是做什么的", "做什么用", "是做啥的", "什么问题", "报告了什么", "干了什么", "关于什么", "干什么", "干嘛", "修的什么", "修的是什么", "修了什么", "修什么", "什么活", "做的是什么"},
	"part_no":     {"件号"}, // 零件号 shortened, as a Chinese drawing or BOM heads it
	"part":        {"换了什么", "换了哪些", "换过什么", "换过哪些", "换了啥", "更换了什么", "更换了哪些", "换的是什么"},
}

var (
	synonymsOnce sync.Once
	synonymsOf   map[string][]string
)

// synonymIndex maps each normalised header synonym to all the synonyms of
// the roles it belongs to, and their question words; built once from the
// table mappings.
func synonymIndex() map[string][]string {
	synonymsOnce.Do(func() {
		synonymsOf = map[string][]string{}
		for _, c := range mappings.Columns() {
			for _, s := range c.Synonyms {
				k := normHeader(s)
				synonymsOf[k] = append(synonymsOf[k], c.Synonyms...)
				synonymsOf[k] = append(synonymsOf[k], roleAsks[c.Role]...)
			}
		}
	})
	return synonymsOf
}

// headerSeparators join the words of a header; built once, as a replacer
// is costly to build and normHeader runs for every cell of every row.
var headerSeparators = strings.NewReplacer("_", " ", "-", " ")

// normHeader reads a header as the table mappings do: a short bracketed
// qualifier ("(s)", "(CNY)", "(days)") goes, so "Potential Cause(s) of
// Failure" is the synonym "potential cause of failure"; a longer one ends
// the name.
func normHeader(h string) string {
	h = textseg.DropShortParens(h)
	if i := strings.IndexAny(h, "(（"); i > 0 {
		h = h[:i]
	}
	h = headerSeparators.Replace(h) // Work_Order_Basic_Start_Date, Sub-Component
	words := strings.Fields(strings.ToLower(h))
	for i, w := range words {
		words[i] = strings.TrimSuffix(w, ".") // "Part No." is the synonym "part no"
	}
	return strings.Join(words, " ")
}

// namesField reports whether the question names a field by one of names:
// a Chinese name as a substring, an English one word by word, each word
// matching a question word on a common stem ("supplies" names
// "supplier", "mean" names "Meaning").
func namesField(q string, qWords []string, names []string) bool {
	return fieldIn(q, qWords, names, true, false)
}

// namesFieldNear is namesField with the words of a name of several words
// close together, as a column's name is said: "every time the pump is
// shut down" says no down time.
func namesFieldNear(q string, qWords []string, names []string) bool {
	return fieldIn(q, qWords, names, true, true)
}

// mentionsField reports a passage that names the field anywhere.
func mentionsField(text string, words []string, names []string) bool {
	return fieldIn(text, words, names, false, false)
}

// fieldIn finds one of names in q; in a question, a name that only
// classifies the code after it does not count.
func fieldIn(q string, qWords []string, names []string, question, near bool) bool {
	for _, n := range names {
		n = normHeader(n)
		if n == "" {
			continue
		}
		if !isASCII(n) {
			if len([]rune(n)) >= 2 && strings.Contains(q, n) && !(question && (classifierZH(q, n) || predicateZH(q, n))) {
				return true
			}
			continue
		}
		words := strings.Fields(n)
		if len(words) == 1 && len(words[0]) < 3 { // s, o, d, qty codes of a sheet
			continue
		}
		all := true
		for _, w := range words {
			all = all && anyStem(qWords, w)
		}
		if all && near && len(words) > 1 && !wordsNear(qWords, words) {
			continue
		}
		if all && !(question && len(words) == 1 && (classifierEN(qWords, words[0]) || predicateEN(qWords, words[0]))) {
			return true
		}
	}
	return false
}

// wordsNear reports the words of a name of several words close together
// in a question, in any order ("action recommended", "cost in total"): the
// words of one name far apart name something else.
func wordsNear(qWords, words []string) bool {
	span := len(words) + 2
	for i, x := range qWords {
		if !sameStem(x, words[0]) {
			continue
		}
		near := true
		for _, w := range words[1:] {
			found := false
			for j := max(0, i-span); j < min(len(qWords), i+span+1); j++ {
				found = found || sameStem(qWords[j], w)
			}
			near = near && found
		}
		if near {
			return true
		}
	}
	return false
}

// classifierEN reports a word that only says what kind of thing the code
// after it is ("fault E09", "work order 2346"): it names the key, not the
// field asked for.
func classifierEN(words []string, w string) bool {
	found := false
	for i, x := range words {
		if !sameStem(x, w) {
			continue
		}
		if i+1 >= len(words) || !hasDigit(words[i+1]) {
			return false
		}
		found = true
	}
	return found
}

// predicateEN reports a name the question only says something has ("which
// batch has a problem", "units that had faults"): it describes what is
// asked about, it does not ask for the field of that name.
func predicateEN(words []string, w string) bool {
	found := false
	for i, x := range words {
		if !sameStem(x, w) {
			continue
		}
		j := i - 1
		if j >= 0 && slices.Contains([]string{"a", "an", "any", "some"}, words[j]) {
			j--
		}
		if j < 0 || !slices.Contains([]string{"has", "have", "had", "having"}, words[j]) {
			return false
		}
		found = true
	}
	return found
}

// predicateZH is predicateEN for a Chinese name said right after 有 or
// 出 ("哪批变送器有问题", "出故障"); "有什么问题" still asks for it.
func predicateZH(q, n string) bool {
	found := false
	for rest := q; ; {
		i := strings.Index(rest, n)
		if i < 0 {
			return found
		}
		before := strings.TrimSuffix(strings.TrimRight(rest[:i], " "), "了")
		said := strings.HasSuffix(before, "有") && !strings.HasSuffix(before, "所有") || strings.HasSuffix(before, "出")
		if !said { // "所有问题" is every problem, asked for
			return false
		}
		found = true
		rest = rest[i+len(n):]
	}
}

// classifierZH is classifierEN for a Chinese name ("故障 E06"). A code
// holds a figure: "后果FMEA里" names the document, not a code.
func classifierZH(q, n string) bool {
	found := false
	for rest := q; ; {
		i := strings.Index(rest, n)
		if i < 0 {
			return found
		}
		after := strings.TrimLeft(rest[i+len(n):], " ")
		if !hasDigit(leadingCode(after)) {
			return false
		}
		found = true
		rest = rest[i+len(n):]
	}
}

// leadingCode is the run of ASCII letters, digits and hyphens s starts with.
func leadingCode(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool {
		return !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-'))
	})
	if end < 0 {
		return s
	}
	return s[:end]
}

func anyStem(words []string, w string) bool {
	for _, x := range words {
		if sameStem(x, w) {
			return true
		}
	}
	return false
}

// sameStem compares two English words on their common prefix.
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	short := min(len(a), len(b))
	// "mean" is all of "meaning"'s start; "supplies" and "supplier" share
	// six letters; "supply" and "supplier" only five, and a power supply
	// is no supplier; "work" is a word of its own beside "workcentre".
	// The longer word must go on by an ending, not by a word of its own:
	// "down" is not "downtime", "work" not "workshop".
	long := a
	if len(b) > len(a) {
		long = b
	}
	if isAdjective(a) != isAdjective(b) {
		return false // "effective" is no "effect(s)", "protective" no "protection"
	}
	return n >= 4 && (n == short && wordEndings[long[short:]] || n >= 6 && n >= short-2)
}

// isAdjective reports a word made an adjective by its ending, which gives
// it another meaning than its stem's: an effective gripping range asks for
// no failure effect.
func isAdjective(w string) bool {
	for _, e := range []string{"ive", "ively", "iveness"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// wordEndings are the endings an English word takes without becoming
// another word ("mean", "meaning"; "supplier", "suppliers").
var wordEndings = map[string]bool{
	"s": true, "es": true, "d": true, "ed": true, "r": true, "er": true, "ers": true,
	"ing": true, "ings": true, "ment": true, "ments": true, "ion": true, "ions": true, "al": true, "ly": true,
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func questionWords(q string) []string {
	return strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	})
}
