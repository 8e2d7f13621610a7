package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/retrieval"
)

// reClauseBreak parts a Chinese sentence's clauses. An English semicolon
// is left alone: a table row parts its cells with it ("Name: Weight;
// parallel gripper: 84g").
var reClauseBreak = regexp.MustCompile(`[；。]`)

// figureApart reports a sentence that names the asked attribute in one
// clause and gives figures only in others: "接地电阻应不大于 4 Ω；测量绕组
// 绝缘电阻" states the earthing resistance, and only says to measure the
// insulation resistance.
func figureApart(a retrieval.Question, s string, sets tokenSets) bool {
	clauses := reClauseBreak.Split(stripCites(s), -1)
	if len(clauses) < 2 {
		return false
	}
	named, figured := false, false
	for _, c := range clauses {
		hasAttr := share(a, sets.of(c)) >= 0.999 // by its words: a figure in its unit may be another's
		hasFigure := figure.MatchString(c)
		if hasAttr && hasFigure {
			return false
		}
		named = named || hasAttr
		figured = figured || hasFigure
	}
	return named && figured
}
