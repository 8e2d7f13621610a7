package retrieval

import "strings"

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
func rowsNamed(rows []fmeaRow, q fmeaQuery, terms []string) []fmeaRow {
	if q.op != "list" || q.hasThresh {
		return rows
	}
	var asked []string
	for _, t := range terms {
		if !fmeaSheetWords[t] {
			asked = append(asked, t)
		}
	}
	if len(asked) == 0 {
		return rows
	}
	var kept []fmeaRow
	for _, r := range rows {
		if carriesAll(ContentTerms(r.item+" "+r.mode), asked) {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		return rows
	}
	return kept
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
