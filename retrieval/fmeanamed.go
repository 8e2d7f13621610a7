package retrieval

import (
	"slices"
	"strings"
	"unicode"
)

// fmeaSheetWords are the words an FMEA question uses for the sheet itself,
// not for any one row: "list the failure modes by RPN" names every row.
var fmeaSheetWords = map[string]bool{
	"rpn": true, "fmea": true, "riski": true, "risky": true, "failur": true, "failure": true, "mode": true, "risk": true,
	"prioriti": true, "priority": true, "number": true, "item": true, "list": true,
	"row": true, "sever": true, "severity": true, "occurr": true, "occurrence": true,
	"detect": true, "detection": true, "score": true, "valu": true, "value": true,
}

// rowsNamed keeps, for a plain listing, the rows whose item and failure
// mode together carry every other term of the question: "the RPN for the
// seal leaking" is the mechanical seal's leakage row, not the whole sheet
// by RPN. A question whose terms no row carries keeps every row.
func rowsNamed(rows []fmeaRow, q fmeaQuery, asked Question) []fmeaRow {
	if q.op != "list" || q.hasThresh {
		return rows
	}
	named := namedTerms(asked)
	if len(named) == 0 {
		return rows
	}
	var kept []fmeaRow
	for _, r := range rows {
		if carriesEach(ContentTerms(r.item+" "+r.mode), named) {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		return rows
	}
	return kept
}

// namedTerms are the question's terms that name a row, each with its
// glossary forms: "密封泄漏的RPN" names the seal's leakage in an English
// sheet. A Chinese term the glossary lacks is a bigram across two words
// (封泄) and names nothing; one the glossary reads as a sheet word
// (风险顺序数 is the RPN) names no row either.
func namedTerms(q Question) [][][]string {
	var out [][][]string
	for _, t := range q.Terms {
		if fmeaSheetWords[t] {
			continue
		}
		forms := [][]string{{t}}
		if hasHan(t) {
			if len(q.Alts[t]) == 0 || saysSheet(q.Alts[t]) {
				continue
			}
		}
		out = append(out, append(forms, q.Alts[t]...))
	}
	return out
}

// saysSheet reports whether one of a term's glossary forms is all sheet words.
func saysSheet(forms [][]string) bool {
	for _, f := range forms {
		all := len(f) > 0
		for _, w := range f {
			all = all && fmeaSheetWords[w]
		}
		if all {
			return true
		}
	}
	return false
}

func hasHan(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}

// carriesEach reports whether the row carries every named term in one of
// its forms, a form of several words carrying all of them.
func carriesEach(own []string, named [][][]string) bool {
	for _, forms := range named {
		if !slices.ContainsFunc(forms, func(f []string) bool { return carriesAll(own, f) }) {
			return false
		}
	}
	return true
}

// carriesAll reports whether every asked term is one of the row's terms
// or shares its stem: "leak" is said of a "leakage".
func carriesAll(own, asked []string) bool {
	for _, a := range asked {
		found := false
		for _, o := range own {
			if o == a || (len(a) >= 4 && strings.HasPrefix(o, a)) || (len(o) >= 4 && strings.HasPrefix(a, o)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
