package tableq

import (
	"regexp"
	"strconv"
	"strings"
)

// Months named as a span of one year: "from January to June 2026",
// "between Jan and Mar 2025", "Jan-Jun 2026", "2026 年 1 到 6 月",
// "2026年1月至6月", "2026 年 1-6 月", the first half or a quarter of a year.
var (
	monthName    = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`
	reMonthsEN   = regexp.MustCompile(`(?:\b(?:from|between)\s+)?\b` + monthName + `\s*(?:to|through|thru|till|until|and|-|–|—)\s*` + monthName + `,?\s+((?:19|20)\d\d)\b`)
	reMonthsZH   = regexp.MustCompile(`((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月?\s*(?:到|至|-|–|—|~|～)\s*(\d{1,2})\s*月`)
	reHalfEN     = regexp.MustCompile(`\b(?:in\s+)?(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+((?:19|20)\d\d)\b|\b(h1|h2)\s+((?:19|20)\d\d)\b`)
	reHalfZH     = regexp.MustCompile(`((?:19|20)\d\d)\s*年?\s*(上|下)半年`)
	reQuarterEN  = regexp.MustCompile(`\b(?:in\s+)?(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+((?:19|20)\d\d)\b|\bq([1-4])\s+((?:19|20)\d\d)\b`)
	reQuarterZH  = regexp.MustCompile(`((?:19|20)\d\d)\s*年?\s*第?\s*([一二三四1-4])\s*季度`)
	ordinalIndex = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
		"h1": 1, "h2": 2, "上": 1, "下": 2, "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
)

// monthRange reads the months a question spans, as the span of text
// that says them, the year and the first and last month; ok is false
// where it names none.
func monthRange(text string) (s span, year string, from, to int, ok bool) {
	s, year, from, to, ok = monthRangeSaid(text)
	if ok {
		s = withGloss(text, s)
	}
	return s, year, from, to, ok
}

// reGloss is what an asker adds in brackets to say a span again ("第三季度
// （7 到 9 月）"): it is the same span, not one more filter.
var reGloss = regexp.MustCompile(`^\s*[（(][^（()）]{1,24}[）)]`)

// withGloss extends s over a bracketed gloss right after it.
func withGloss(text string, s span) span {
	if m := reGloss.FindStringIndex(text[s.end:]); m != nil {
		s.end += m[1]
	}
	return s
}

// monthRangeSaid is monthRange without the gloss.
func monthRangeSaid(text string) (s span, year string, from, to int, ok bool) {
	if !strings.Contains(text, "19") && !strings.Contains(text, "20") {
		return span{}, "", 0, 0, false // every span names its year; most questions name none
	}
	if m := reMonthsEN.FindStringSubmatchIndex(text); m != nil {
		a, _ := strconv.Atoi(monthNumbers[text[m[2]:m[2]+3]])
		b, _ := strconv.Atoi(monthNumbers[text[m[4]:m[4]+3]])
		return span{m[0], m[1]}, text[m[6]:m[7]], a, b, true
	}
	if m := reMonthsZH.FindStringSubmatchIndex(text); m != nil {
		a, _ := strconv.Atoi(text[m[4]:m[5]])
		b, _ := strconv.Atoi(text[m[6]:m[7]])
		return span{m[0], m[1]}, text[m[2]:m[3]], a, b, true
	}
	for _, r := range []struct {
		re     *regexp.Regexp
		months int
	}{{reHalfEN, 6}, {reHalfZH, 6}, {reQuarterEN, 3}, {reQuarterZH, 3}} {
		m := r.re.FindStringSubmatchIndex(text)
		if m == nil {
			continue
		}
		var which, y string
		for g := 2; g+3 < len(m); g += 4 {
			if m[g] >= 0 {
				which, y = text[m[g]:m[g+1]], text[m[g+2]:m[g+3]]
				break
			}
		}
		if r.re == reHalfZH || r.re == reQuarterZH {
			y, which = text[m[2]:m[3]], text[m[4]:m[5]]
		}
		n := ordinalIndex[strings.ToLower(which)]
		if n == 0 {
			continue
		}
		return span{m[0], m[1]}, y, (n-1)*r.months + 1, n * r.months, true
	}
	return span{}, "", 0, 0, false
}

// monthRangeFilter reads a span of months as the rows dated within it:
// "from January to June 2026" is six months, not June alone.
func (t *Table) monthRangeFilter(q *question, ms []mention, used map[int]bool) ([]Filter, bool) {
	s, year, from, to, ok := monthRange(q.text)
	if !ok || from < 1 || to > 12 || from > to || !q.free(s) {
		return nil, false
	}
	col := t.dateColumn(ms, used)
	if col < 0 {
		return nil, false
	}
	name := t.Columns[col].Name
	fs := []Filter{
		{Column: name, Op: "month_ge", Value: year + "-" + pad2(strconv.Itoa(from))},
		{Column: name, Op: "month_le", Value: year + "-" + pad2(strconv.Itoa(to))},
	}
	q.take(s)
	t.takeDateWords(q, col)
	return fs, true
}
