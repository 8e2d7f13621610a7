package tableq

import (
	"regexp"
	"strings"
)

// A parts list seldom names the product it builds: the rover's BOM lists
// wheels and brackets, never "rover". A question that calls the product
// by name ("servos for the whole rover", "漫游车的零件") still means
// that list when it is the only parts list the question fits; the
// product's name is then the list's subject, not a word a row must hold.

// Where a question names the product a list builds: after "the whole",
// after "on the", "of the", "does the", or before what the list is of:
// "rover parts", "the rover body parts", "rover assembly".
var (
	subjectAfterOne = map[string]bool{"whole": true, "entire": true, "complete": true, "full": true}
	subjectAfterTwo = map[string]bool{"on": true, "for": true, "in": true, "of": true, "does": true, "do": true}
	subjectArticles = map[string]bool{"the": true, "our": true, "this": true, "my": true}
	subjectBefore   = map[string]bool{"parts": true, "part": true, "bom": true, "assembly": true, "assemblies": true, "build": true, "components": true}
)

// subjectPlace reports word i of q said where a product is named.
func (q *question) subjectPlace(i int) bool {
	w := func(k int) string {
		if k < 0 || k >= len(q.words) {
			return ""
		}
		return q.words[k].raw
	}
	return subjectAfterOne[w(i-1)] || subjectArticles[w(i-1)] && subjectAfterTwo[w(i-2)] ||
		subjectBefore[w(i+1)] || subjectBefore[w(i+2)] && !stopWords[w(i+1)]
}

// subjectWords are the words a question may call a parts list's product
// by that no visible table holds: in their place in an English question,
// or as the glossary reads a Chinese one. More than one is no product
// name but something the tables do not have.
func subjectWords(tables []*Table, question string, tr Translate) map[string]bool {
	q := newQuestion(question)
	var said []string
	for i, w := range q.words {
		if len(w.raw) >= 3 && !strings.ContainsAny(w.raw, "0123456789") && !stopWords[w.raw] && !isWordIn(w.raw, rowWords) && !cueWord(w.raw) && q.subjectPlace(i) {
			said = append(said, w.raw)
		}
	}
	if tr != nil {
		for _, h := range q.hanRuns() {
			if procedureHan.MatchString(h) || !hanSubjectPlace(question, h) {
				continue // "执行器装配" is a job, and 垫圈 in "要几个垫圈" what is counted
			}
			en, _ := tr(h)
			for _, w := range en {
				if !strings.Contains(w, " ") {
					said = append(said, strings.ToLower(w))
				}
			}
		}
	}
	out := map[string]bool{}
	for _, w := range said {
		if !anyTableHolds(tables, w) {
			out[w] = true
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// cueWord reports a word that is a cue by itself: "cheapest" of "the
// cheapest part on the rover" says what is computed, not what the list
// builds.
func cueWord(w string) bool {
	for _, set := range [][]string{cuePercent, cueAvg, cueSum, cueCount, cueMax, cueMin, cueMost, cueFewest, cueDistinct} {
		if isWordIn(w, set) {
			return true
		}
	}
	return false
}

// anyTableHolds reports a word some table's rows, headers or title hold.
func anyTableHolds(tables []*Table, w string) bool {
	for _, t := range tables {
		if t.anyRow(Filter{Column: AnyColumn, Op: "mention", Value: w}) || t.headerWord(Stem(w)) ||
			strings.Contains(strings.ToLower(t.Ref.DocTitle), w) {
			return true
		}
	}
	return false
}

// bySubject is the one parts list the question fits once its product's
// name is read as the list's subject; none when no list or several do.
// Where said is given, the name must be a word the caller's documents
// use: "the total cost of the impeller", asked where no document names
// an impeller, is about a thing they lack, not the rover its list builds.
func bySubject(tables []*Table, question string, tr Translate, said func(string) bool) (*Table, Parsed) {
	subject := subjectWords(tables, question, tr)
	if subject == nil {
		return nil, Parsed{}
	}
	for w := range subject {
		if said != nil && !said(w) {
			return nil, Parsed{}
		}
	}
	var best *Table
	var plan Parsed
	for _, t := range tables {
		if !partRows[t.Kind] {
			continue
		}
		p, ok := parse(t, question, tr, subject)
		if !ok {
			continue
		}
		if best != nil {
			return nil, Parsed{}
		}
		best, plan = t, p
	}
	return best, plan
}

// withoutSubject is text with the English words of subject read as the
// product the sheet builds: "the cost of the rover" is that of the whole
// rover, as "for the whole rover" says, and elsewhere the word is left
// out, so "which rover assembly" reads as "which assembly".
func withoutSubject(text string, subject map[string]bool) string {
	if subject == nil {
		return text
	}
	text = reSubjectOfThe.ReplaceAllStringFunc(text, func(s string) string {
		m := reSubjectOfThe.FindStringSubmatch(s)
		if !subject[strings.ToLower(m[3])] {
			return s
		}
		return m[1] + " the whole " + m[3]
	})
	var b strings.Builder
	last := 0
	for _, loc := range reWord.FindAllStringIndex(text, -1) {
		w := text[loc[0]:loc[1]]
		base := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
		if !subject[base] || strings.HasSuffix(strings.ToLower(text[:loc[0]]), "whole ") {
			continue
		}
		b.WriteString(text[last:loc[0]])
		last = loc[1]
	}
	return b.String() + text[last:]
}

// reSubjectOfThe is a product said with its article after a preposition.
var reSubjectOfThe = regexp.MustCompile(`(?i)\b(of|for|on|in)\s+(the|our|this|my)\s+([a-z]+)\b`)

// reProductName is a product's name as written: a word with a capital
// inside it ("myCobot", "OpenFlexure"), with its model number after.
var reProductName = regexp.MustCompile(`\b([A-Za-z]+[A-Z][A-Za-z]*)(?:\s*(\d{2,4}))?\b`)

// productNamed are the words of the product names a question says that
// t does not hold: "myCobot 280" asks about the arm a manual's tables
// are of, and its name singles out none of their rows.
func productNamed(t *Table, question string) map[string]bool {
	var out map[string]bool
	for _, m := range reProductName.FindAllStringSubmatch(question, -1) {
		w := strings.ToLower(m[1])
		if anyTableHolds([]*Table{t}, w) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[w] = true
		if m[2] != "" {
			out[m[2]] = true
		}
	}
	return out
}

// hanSubjectPlace reports a Chinese run said where a product is named:
// before 的 ("漫游车的零件") or after 整个, 整台, 这辆 ("整个漫游车").
func hanSubjectPlace(question, h string) bool {
	if strings.Contains(question, h+"的") {
		return true
	}
	for _, w := range []string{"整个", "整台", "整辆", "整套", "这台", "这辆", "这个", "这套"} {
		if strings.Contains(question, w+h) {
			return true
		}
	}
	return false
}

// procedureHan is a Chinese run that names a job rather than a product.
var procedureHan = regexp.MustCompile(`(?:装配|安装|组装|拆卸|拆装|步骤|说明|指南|教程)$`)
