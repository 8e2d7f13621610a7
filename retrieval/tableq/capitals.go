package tableq

import (
	"strings"
	"unicode"
)

// A question typed in lower case ("which lines mention gb/t") reads its
// words lower-cased, and the answer names the value as read: “gb/t”. A
// standard, a material grade or an acronym the rows write in capitals
// (GB/T, EPDM, PTFE) is named as they write it.

// inCapitals sets a word filter's value to the rows' form where they
// write it in capitals only. Codes ("e07") are matched and named by the
// code readers, as asked.
func (t *Table) inCapitals(fs []Filter) {
	for i, f := range fs {
		if (f.Op != "match" && f.Op != "mention") || f.Value != strings.ToLower(f.Value) || !hasLetterRune(f.Value) || strings.ContainsAny(f.Value, "0123456789") {
			continue
		}
		if form, ok := t.capitalForm(f.Value); ok {
			fs[i].Value = form
		}
	}
}

// capitalForm is the first form of lower the rows write, where it holds
// no lower-case letter.
func (t *Table) capitalForm(lower string) (string, bool) {
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			i := strings.Index(strings.ToLower(c), lower)
			if i < 0 || len(strings.ToLower(c)) != len(c) {
				continue
			}
			form := c[i : i+len(lower)]
			return form, form == strings.ToUpper(form)
		}
	}
	return "", false
}

func hasLetterRune(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }
