package retrieval

import (
	"regexp"
	"strconv"
	"strings"
)

// countWords are the small counts a ranking is asked with in words.
var countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

// reRankedCount is how many of the highest or lowest rows a question
// asks for: "top 3", "the 5 riskiest", "highest three", "前3", "前五项".
var reRankedCount = regexp.MustCompile(`\b(?:top|bottom|first|highest|lowest|worst|riskiest)[ -](\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b` +
	`|\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:highest|lowest|largest|smallest|worst|riskiest|most critical|most severe|top|biggest)\b` +
	`|前(\d{1,2}|[二两三四五六七八九十])(?:个|项|条|名|位|种)?`)

// rankedCount is the count reRankedCount reads, 0 when none is asked.
func rankedCount(lower string) int {
	m := reRankedCount.FindStringSubmatch(lower)
	if m == nil {
		return 0
	}
	for _, g := range m[1:] {
		if g == "" {
			continue
		}
		if n, ok := countWords[g]; ok {
			return n
		}
		n, _ := strconv.Atoi(g)
		return n
	}
	return 0
}

// withoutRankedCount leaves the count of a ranking out of a question, so
// that "top 3 above 100" reads 100 as the bound and "top 3" none.
func withoutRankedCount(lower string) string {
	return reRankedCount.ReplaceAllStringFunc(lower, func(s string) string { return strings.Repeat(" ", len(s)) })
}

// rankedRows keeps the first n rows of the ranking and every row tied
// with the last of them: "the top 3" where two share the third figure
// names both, and a cut between them would pick one at random.
func rankedRows(c Computed, kept []fmeaRow, vals []float64, idx []int, n int) Computed {
	if c.Op == "max" {
		c.Op = "top"
	} else {
		c.Op = "bottom"
	}
	for k, i := range idx {
		if k >= n && vals[i] != vals[idx[n-1]] {
			break
		}
		c.Lines = append(c.Lines, rowLine(kept[i]))
	}
	c.Value = vals[idx[0]]
	c.Count = n
	modes := map[string]bool{}
	for _, l := range c.Lines {
		modes[l.ID] = true
		c.facts = append(c.facts, l.facts...)
	}
	c.Distinct = len(modes)
	return c
}
