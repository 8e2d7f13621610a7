package tableq

import (
	"regexp"
	"slices"
	"strings"
)

// translatedFilter reads the English form of a Chinese word of the
// question as an English question's word would be read: a value of the
// column the question names beside it ("液压系统": 系统 names Subsystem,
// 液压 its "Hydraulic System"), else the one column holding it as a whole
// value ("腐蚀" is the failure mode "Corrosion"), else any column.
// A word that names a column ("工作中心": WorkCentre) labels the value
// beside it, as an English column name would, and filters nothing.
func (t *Table) translatedFilter(w, op string, ms []mention, used map[int]bool) (Filter, bool) {
	if t.isColumnName(w) || t.onlyHeaderWord(w) {
		return Filter{}, false
	}
	if op == "mention" {
		return Filter{Column: AnyColumn, Op: op, Value: w}, true
	}
	for i, m := range ms {
		if used[i] || m.value != "" || t.Columns[m.col].Numeric {
			continue
		}
		if t.holdsMatch(m.col, w) {
			used[i] = true
			return Filter{Column: t.Columns[m.col].Name, Op: "match", Value: w}, true
		}
	}
	col, value := -1, ""
	for i, c := range t.Columns {
		if c.Numeric {
			continue
		}
		for _, v := range t.values(i) {
			if !strings.EqualFold(v, w) {
				continue
			}
			if col >= 0 && col != i {
				return Filter{Column: AnyColumn, Op: op, Value: w}, true // two columns: no telling which
			}
			col, value = i, v
		}
	}
	if col >= 0 {
		op := "eq"
		if t.widerValues(col, value) && !placeRoles[t.Columns[col].Role] {
			op = "match" // "leaking" also finds "cracked or leaking"
		}
		return Filter{Column: t.Columns[col].Name, Op: op, Value: value}, true
	}
	return Filter{Column: AnyColumn, Op: op, Value: w}, true
}

// onlyHeaderWord reports a word no row holds that is a word of a header:
// 推荐备件 are the spares of "Recommended stock", the list itself, as an
// English question's "the recommended spares list" is.
func (t *Table) onlyHeaderWord(w string) bool {
	if strings.Contains(w, " ") || t.anyRow(Filter{Column: AnyColumn, Op: "match", Value: w}) {
		return false
	}
	return t.headerWord(Stem(w))
}

// isColumnName reports an English word that is one of the table's column
// names, as a question would write it.
func (t *Table) isColumnName(w string) bool {
	q := newQuestion(w)
	for i := range t.Columns {
		for _, name := range t.columnNames(i) {
			for _, s := range q.find(name) {
				if s.start == 0 && s.end == len(q.text) {
					return true
				}
			}
		}
	}
	return false
}

// boundsColumn reports an aside that sets a limit on a numeric column
// ("(lead time 7 days or less)"): a condition on the rows, said in
// brackets.
func (t *Table) boundsColumn(w string) bool {
	if !strings.ContainsAny(w, "0123456789") {
		return false
	}
	q := newQuestion(w)
	for i, c := range t.Columns {
		if !c.Numeric {
			continue
		}
		for _, name := range t.columnNames(i) {
			if len(q.find(name)) > 0 {
				return true
			}
		}
	}
	return false
}

// holdsMatch reports whether a value of column col matches w.
func (t *Table) holdsMatch(col int, w string) bool {
	for _, v := range t.values(col) {
		if matches(v, w) {
			return true
		}
	}
	return false
}

var reHanRun = regexp.MustCompile(`\p{Han}+`)

// withSheetWords writes in English each glossary word of a Chinese
// question that is itself a value or a column name of the sheet
// ("液压系统" is the Subsystem "Hydraulic System", "工作中心" the column
// WorkCentre), so it is read as the English question's word would be:
// the value filters its own column and the name labels its column. It
// returns the words written.
func (t *Table) withSheetWords(text string, tr Translate) (string, map[string]bool) {
	named := map[string]bool{}
	if tr == nil {
		return text, named
	}
	own := t.hanNamesIn(text)
	for _, run := range reHanRun.FindAllString(text, -1) {
		rs := []rune(run)
		for size := len(rs); size >= 2; size-- {
			for i := 0; i+size <= len(rs); i++ {
				zh := string(rs[i : i+size])
				en, rest := tr(zh)
				if len(en) != 1 || hasHan(rest) || !strings.Contains(text, zh) || insideAny(zh, own) || !(t.isColumnName(en[0]) || t.isValue(en[0]) || t.isSizedName(en[0])) {
					continue
				}
				named[strings.ToLower(en[0])] = true
				if slices.Contains(cueWhich, zh) {
					en[0] = "which " + en[0] // "哪家" is "which supplier": the asking stays
				}
				text = strings.Replace(text, zh, " "+en[0]+" ", 1)
			}
		}
	}
	return text, named
}

// isValue reports a whole value of a categorical column equal to w.
func (t *Table) isValue(w string) bool {
	for i, c := range t.Columns {
		if c.Numeric || c.Distinct == 0 || c.Distinct > maxCategories(c) {
			continue
		}
		for _, v := range t.values(i) {
			if strings.EqualFold(v, w) || strings.EqualFold(withoutCode(v), w) {
				return true
			}
		}
	}
	return false
}

// isSizedName reports w as the name of a value that is a thing and its
// size or range ("torque wrench" of "Torque wrench 5–25 N·m"): written in
// English, the question's size beside it names that value.
func (t *Table) isSizedName(w string) bool {
	return remembered(t, &t.sizedHits, w, func() bool { return t.scanSizedName(w) })
}

// scanSizedName is isSizedName reading every category value.
func (t *Table) scanSizedName(w string) bool {
	for i, c := range t.Columns {
		if c.Numeric || c.Distinct == 0 || c.Distinct > maxCategories(c) {
			continue
		}
		for _, v := range t.values(i) {
			if m := reSpecLast.FindStringSubmatch(v); m != nil && strings.EqualFold(strings.TrimSpace(m[1]), w) {
				return true
			}
		}
	}
	return false
}

// withoutCode is a value without the code in brackets after its name:
// "Data Collection Unit (DCU)" is named "data collection unit".
func withoutCode(v string) string {
	if i := strings.LastIndex(v, " ("); i > 0 && strings.HasSuffix(v, ")") {
		return v[:i]
	}
	return v
}

// readAlready reports w among the sheet words added, or inside one
// ("hydraulic" of "hydraulic system").
func readAlready(named map[string]bool, w string) bool {
	lw := strings.ToLower(w)
	for n := range named {
		if n == lw || matches(n, lw) {
			return true
		}
	}
	return false
}

// hanNamesIn are the sheet's Chinese column names and the Chinese
// nouns for a kind of sheet that text holds ("功能位置描述", "维修记录"):
// the question's own words for a column or for the rows, never read
// through the glossary as a value or another column.
func (t *Table) hanNamesIn(text string) []string {
	var out []string
	for i := range t.Columns {
		for _, name := range t.columnNames(i) {
			if hasHan(name) && strings.Contains(text, name) {
				out = append(out, name)
			}
		}
	}
	for _, nouns := range kindNouns {
		for _, n := range nouns {
			if hasHan(n) && strings.Contains(text, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// insideAny reports zh inside one of names, or one of them.
func insideAny(zh string, names []string) bool {
	for _, n := range names {
		if strings.Contains(n, zh) {
			return true
		}
	}
	return false
}

// withoutTitleHan is text without the Chinese words that only name the
// sheet by its title: "维护保养表" of the table under "4.维护和保养" calls
// the sheet by its heading, and 保养 is no word its rows hold. A word
// that is also part of a column's name or a value is kept.
func (t *Table) withoutTitleHan(text string, tr Translate) string {
	title := t.Ref.DocTitle + " " + strings.Join(t.Ref.Section, " ")
	if !hasHan(title) {
		return text
	}
	for _, run := range reHanRun.FindAllString(text, -1) {
		rs := []rune(run)
		for size := len(rs); size >= 2; size-- {
			for i := 0; i+size <= len(rs); i++ {
				zh := string(rs[i : i+size])
				if !strings.Contains(title, zh) || !strings.Contains(text, zh) || t.holdsHan(zh) || insideAny(zh, kindNouns[t.Kind]) || t.namesOwnWord(zh, tr) {
					continue
				}
				text = strings.Replace(text, zh, "", 1)
			}
		}
	}
	return text
}

// namesOwnWord reports a Chinese word whose English is one of t's column
// names or values: "扭矩" of "扭矩表里扭矩超过30" is the torque column.
func (t *Table) namesOwnWord(zh string, tr Translate) bool {
	if tr == nil {
		return false
	}
	en, _ := tr(zh)
	for _, w := range en {
		if t.isColumnName(w) || t.isValue(w) || t.headerWord(Stem(strings.ToLower(w))) {
			return true
		}
	}
	return false
}

// holdsHan reports a Chinese word inside one of t's column names or
// categorical values.
func (t *Table) holdsHan(zh string) bool {
	for i, c := range t.Columns {
		if strings.Contains(c.Name, zh) || insideAny(zh, t.columnNames(i)) {
			return true
		}
		if !c.Numeric && insideAny(zh, t.values(i)) {
			return true
		}
	}
	return false
}
