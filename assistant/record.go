package assistant

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/ingest/mappings"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
	"github.com/kgassist/kgassist/retrieval"
)

// A table row is stored as "Header: value; Header: value" so that it can
// be cited alone. A question that names one field of a record ("who
// supplies the seal", "the recommended action for …", "E07 是什么意思")
// is answered with that field's value in a sentence, not with the row.

// cell is one field of a stored table row.
type cell struct{ header, value string }

// rowCells splits a stored row. A value may itself hold "; " (a list of
// parts), so a piece without its own "Header: " continues the value before.
func rowCells(text string) []cell {
	var out []cell
	for _, piece := range strings.Split(text, "; ") {
		h, v, ok := strings.Cut(piece, ": ")
		if !ok || len(h) > 60 || strings.TrimSpace(h) == "" {
			if len(out) > 0 {
				out[len(out)-1].value += "; " + piece
			} else {
				out = append(out, cell{value: piece})
			}
			continue
		}
		out = append(out, cell{header: strings.TrimSpace(h), value: strings.TrimSpace(v)})
	}
	return out
}

// fieldHit is one row's value for the field the question names.
type fieldHit struct {
	item    retrieval.Item
	subject string
	key     cell // the cell that names the row, when the subject is one cell's value
	field   cell
	match   float64
}

// reHowMany asks for a count, which a field without a figure cannot give.
var reHowMany = regexp.MustCompile(`(?i)\bhow many\b|多少个|几个|几种|多少种`)

// asksHowMany reports a question for a count; "哪几个" asks which ones.
func asksHowMany(q string) bool {
	return reHowMany.MatchString(strings.NewReplacer("哪几个", "", "哪几种", "").Replace(q))
}

// fieldAnswer answers a question that names one field of a record with
// that field's value, when a table row in the evidence is the record the
// question is about. The record that matches best gives every field the question names
// ("what was it about and which asset"); other records that match as well
// give the field too.
func fieldAnswer(ev *retrieval.Evidence, lang string) (text string, fields int, ok bool) {
	if codes := codeTerms(ev); asksHowAboutCode(ev.Question.Text, codes) && codeListed(ev, codes) {
		return "", 0, false // the code list's entry says what to do; a record what was done once
	}
	hits := fieldHits(ev)
	if len(hits) == 0 || listingOnly(ev) && manyRecords(hits) {
		return "", 0, false // one field of many rows alike: the listing gives them all
	}
	if asksHowMany(ev.Question.Text) && !hasDigit(hits[0].field.value) {
		return "", 0, false // "how many of the wheel assemblies …": no figure in the field
	}
	hits = withoutQualifiedNames(hits, ev.Question.Text)
	top := hits[0]
	var lines []string
	seen := map[string]bool{}
	headers := map[string]bool{}
	for _, h := range hits {
		sameRecord := h.item.Chunk.ID == top.item.Chunk.ID
		if h.match < top.match && !sameRecord || len(lines) == 4 || seen[h.field.value] {
			continue
		}
		if sameRecord && headers[h.field.header] {
			continue
		}
		seen[h.field.value] = true
		if sameRecord {
			headers[h.field.header] = true
		}
		lines = append(lines, fieldSentence(h, lang, ev.Question.Text)+fieldLabel(h, lang))
	}
	if r, ok := remedyOfCause(top); ok && !headers[r.field.header] && !seen[r.field.value] {
		lines = append(lines, fieldSentence(r, lang, ev.Question.Text)+fieldLabel(r, lang))
	}
	if c, ok := causeOfRemedy(top, ev.Question.Text); ok && !headers[c.field.header] && !seen[c.field.value] {
		lines = append(lines, fieldSentence(c, lang, ev.Question.Text)+fieldLabel(c, lang))
	}
	if o, ok := otherFieldOfCode(ev, top, lang); ok && !headers[o.field.header] && !seen[o.field.value] {
		line := fieldSentence(o, lang, ev.Question.Text) + fieldLabel(o, lang)
		if meaningHeader(o.field.header) {
			lines = append([]string{line}, lines...) // what the code means, then what to do
		} else {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n"), len(headers), true
}

// remedyOfCause is, for a fault row's cause given as the answer ("why
// does it trip on E01?"), the same row's remedy: a cause is asked about
// to be put right, and the row says how.
func remedyOfCause(h fieldHit) (fieldHit, bool) {
	if troubleshootingRole(h.field.header) != "cause" {
		return fieldHit{}, false
	}
	for _, c := range rowCells(h.item.Chunk.Text) {
		if troubleshootingRole(c.header) == "remedy" {
			r := h
			r.field = c
			return r, true
		}
	}
	return fieldHit{}, false
}

// causeOfRemedy is, for a fault row's remedy given as the answer to the
// symptom the question names ("泵不出水怎么办"), the same row's cause: what to
// do is clearer knowing why, and a listing of the symptom's causes would
// have said it. A record asked about by its number ("what did the
// technician do on WO-25-0256") is asked what was done, not why.
func causeOfRemedy(h fieldHit, question string) (fieldHit, bool) {
	if troubleshootingRole(h.field.header) != "remedy" || !namesRowSymptom(h, question) {
		return fieldHit{}, false
	}
	for _, c := range rowCells(h.item.Chunk.Text) {
		if troubleshootingRole(c.header) == "cause" {
			r := h
			r.field = c
			return r, true
		}
	}
	return fieldHit{}, false
}

// namesRowSymptom reports the question naming most of the words of the
// row's symptom.
func namesRowSymptom(h fieldHit, question string) bool {
	have := retrieval.TokenSet(question)
	for _, c := range rowCells(h.item.Chunk.Text) {
		if troubleshootingRole(c.header) != "symptom" {
			continue
		}
		sym := retrieval.Analyze(c.value)
		if n := sym.Covered(have); n > 0 && 2*n >= len(sym.Terms) {
			return true
		}
	}
	return false
}

// troubleshootingRole is the role a header has in a troubleshooting
// table (symptom, cause, remedy), or "".
func troubleshootingRole(header string) string {
	h := normHeader(header)
	for _, col := range mappings.Columns() {
		if col.Kind != "troubleshooting" {
			continue
		}
		for _, syn := range col.Synonyms {
			if h != "" && normHeader(syn) == h {
				return col.Role
			}
		}
	}
	return ""
}

// fieldSentence states a field's value; a Chinese one names the field in
// Chinese unless the question names it as the sheet does ("RPN").
func fieldSentence(h fieldHit, lang, question string) string {
	if s, ok := pointSentence(h, lang); ok {
		return s
	}
	header, value := withUnit(h.field)
	value = withRowUnit(h, value)
	header = spacedHeader(strings.Join(strings.Fields(textseg.DropShortParens(header)), " "))
	if parameterNamed(h) {
		// "Name: Size; Flat base: 145×145×13": the column is the item, the
		// row's name the attribute, "the size of the flat base"
		h.subject, header = header, h.subject
	}
	// A Chinese record quoted to an English question keeps its own
	// sentence: "The 排除方法 of 噼啪噪声和振动 is …" is in neither language.
	// And an English record quoted to a Chinese question keeps its own:
	// "Crackling noise的可能原因是Cavitation" is in neither either.
	// A name or a figure ("Ningbo Jinhai Seal Co", "4") reads well in
	// either; a sentence of English words does not.
	english := !hasHan(h.subject) && !hasHan(value) && !hasHan(header) && englishProse(value)
	if lang == "zh" && !english || hasHan(header) {
		value = zhUnit(withMeasureWord(value, question))
		if !wordInText(strings.ToLower(question), strings.ToLower(header)) {
			header = chineseHeader(header)
		}
		return fmt.Sprintf("%s的%s是%s。 [%d]", h.subject, header, strings.TrimRight(value, "。."), h.item.N)
	}
	return fmt.Sprintf("The %s of %s is %s. [%d]", lowerHeader(header), h.subject, strings.TrimRight(value, "."), h.item.N)
}

// pointSentence states a value read at a point of a curve table, a row
// named by a measure ("Flow (m³/h): 45"): "At 45 m³/h the head is 30.2 m",
// not "the head of 45".
func pointSentence(h fieldHit, lang string) (string, bool) {
	keyName, at := withUnit(h.key)
	if at == h.key.value {
		return "", false // no figure with a unit: the row is named by a word
	}
	name, value := withUnit(h.field)
	name = strings.Join(strings.Fields(textseg.DropShortParens(name)), " ")
	if lang == "zh" {
		return fmt.Sprintf("%s %s 时%s为%s。 [%d]", zhName(keyName), at, zhName(name), zhUnit(value), h.item.N), true
	}
	return fmt.Sprintf("At %s the %s is %s. [%d]", at, keepAcronyms(name), strings.TrimRight(value, "."), h.item.N), true
}

// zhName names a header in Chinese: by the table mappings, else by the
// glossary when it holds the whole name ("Head" is 扬程).
func zhName(header string) string {
	if zh := chineseHeader(header); zh != header {
		return zh
	}
	for _, g := range retrieval.Gloss(header, "en", 1) {
		if own, other, ok := strings.Cut(g, " = "); ok && own == strings.ToLower(header) {
			return other
		}
	}
	return header
}

// keepAcronyms lowers a header for a sentence but keeps the words written
// mostly in capitals ("NPSHr", "RPN") as the sheet writes them.
func keepAcronyms(h string) string {
	words := strings.Fields(h)
	for i, w := range words {
		upper := 0
		for _, r := range w {
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if upper < 2 && !reSymbolWord.MatchString(w) {
			words[i] = lowerHeader(w)
		}
	}
	return strings.Join(words, " ")
}

// reSymbolWord is a quantity's symbol as a header writes it ("P2").
var reSymbolWord = regexp.MustCompile(`^[A-Z][0-9]{1,2}$`)

// cellOfValue is the cell of a row whose value is v, or none.
func cellOfValue(cells []cell, v string) cell {
	for _, c := range cells {
		if c.value == v {
			return c
		}
	}
	return cell{}
}

// zhUnit writes the time unit a figure ends with in Chinese: "Lead time
// (days): 21" reads 交货期是21 天.
func zhUnit(value string) string {
	for _, u := range [][2]string{{" days", " 天"}, {" day", " 天"}, {" hours", " 小时"}, {" h", " 小时"}, {" min", " 分钟"}} {
		if n, ok := strings.CutSuffix(value, u[0]); ok && isNumber(strings.TrimSpace(n)) {
			return n + u[1]
		}
	}
	return value
}

// spacedHeader writes a header run together ("ShortText", "AssetID") as
// the synonym that spells it with spaces, "short text".
func spacedHeader(h string) string {
	if strings.Contains(h, " ") || !isASCII(h) {
		return h
	}
	for _, s := range synonymIndex()[normHeader(h)] {
		if strings.Contains(s, " ") && strings.ReplaceAll(s, " ", "") == strings.ToLower(h) {
			return s
		}
	}
	return h
}

// chineseHeader names an English header by its role's Chinese synonym in
// the table mappings, so a Chinese answer says 供应商, not Supplier.
func chineseHeader(h string) string {
	if !isASCII(h) {
		return h
	}
	for _, s := range synonymIndex()[normHeader(h)] {
		if !isASCII(s) && !isRoleAsk(s) {
			return s
		}
	}
	return h
}

func isRoleAsk(s string) bool {
	for _, words := range roleAsks {
		for _, w := range words {
			if w == s {
				return true
			}
		}
	}
	return false
}

// withUnit moves a unit the header gives in brackets onto a figure: "Unit
// price (CNY): 680" reads "unit price … is 680 CNY".
func withUnit(c cell) (string, string) {
	i := strings.IndexAny(c.header, "(（")
	if i <= 0 || !isNumber(strings.TrimSpace(c.value)) {
		return c.header, c.value
	}
	unit := strings.TrimRight(strings.TrimLeft(c.header[i:], "(（"), ")） ")
	if unit == "" || strings.ContainsAny(unit, "()（）") {
		return c.header, c.value
	}
	return strings.TrimSpace(c.header[:i]), strings.TrimSpace(c.value) + " " + unit
}

// reCountHeader names a column of how many items a row stands for.
var reCountHeader = regexp.MustCompile(`(?i)\b(?:stock|qty|quantity)\b|库存|数量`)

// withRowUnit gives a bare count the unit its row writes in a column of
// its own ("Recommended stock: 2; Unit: pcs"): "2 pcs", not a lone "2".
func withRowUnit(h fieldHit, value string) string {
	if !isNumber(strings.TrimSpace(value)) || !reCountHeader.MatchString(h.field.header) {
		return value
	}
	for _, c := range rowCells(h.item.Chunk.Text) {
		if namesRole(c.header, "unit") && c.value != "" && len(c.value) <= 8 {
			return strings.TrimSpace(value) + " " + c.value
		}
	}
	return value
}

func lowerHeader(h string) string {
	if isASCII(h) {
		return strings.ToLower(h)
	}
	return h
}

// manyRecords reports a field that more than two records match as well
// as the best one, with different values: the BOM and the spare-parts
// list naming one supplier are one answer.
func manyRecords(hits []fieldHit) bool {
	values := map[string]bool{}
	for _, h := range hits {
		if h.match == hits[0].match {
			values[strings.ToLower(h.field.value)] = true
		}
	}
	return len(values) > 2
}

// fieldHits finds, in the table rows of the evidence, the fields the
// question names whose rows the question is about: its remaining terms
// are mostly among the row's values (headers do not count: every row of
// the sheet has them), and every code or number it names is there. Where
// no row shares enough of a Chinese question's words, a row naming a
// part the question linked through the glossary is about it ("漫游车的
// 轮子单价": the English list's "wheel"); where one does, its words say
// more than the glossary's one word ("叶轮松脱": the impeller's loosening
// row, not the impeller's first row).
// reProblemAsked asks where the trouble lies: "可能是哪里的问题", "what
// could be the problem" ask a fault row's cause, not its symptom, which
// a sheet may head "Problem" or "问题".
// "工单 2079 报告了什么问题" asks the problem reported, and stays.
var reProblemAsked = regexp.MustCompile(`(?i)(?:哪里|哪儿|哪)的?问题|(?:哪里|哪儿|哪)出了?问题|\bwhat (?:could|might|would|can) (?:be )?(?:the )?(?:problem|issue)\b`)

// problemAsCause is question with its words asking where the trouble
// lies read as asking the cause.
func problemAsCause(question string) string {
	return reProblemAsked.ReplaceAllStringFunc(question, func(m string) string {
		if hasHan(m) {
			return "原因"
		}
		return "what is the cause"
	})
}

func fieldHits(ev *retrieval.Evidence) []fieldHit {
	if hits := fieldHitsBy(ev, false); len(hits) > 0 {
		return hits
	}
	return fieldHitsBy(ev, true)
}

func fieldHitsBy(ev *retrieval.Evidence, glossary bool) []fieldHit {
	q := contentQuestion(ev)
	lower := strings.ToLower(problemAsCause(ev.Question.Text))
	words := questionWords(problemAsCause(ev.Question.Text))
	codes := codeTerms(ev)
	keys := keyTerms(ev)
	perPiece := perPieceTerms(ev.Question)
	advice := adviceAsked.MatchString(ev.Question.Text)
	shortLinked := faultCodes(ev)
	tableWords := tableRowWords(ev)
	placed := placeTerms(ev.Question.Text)
	var hits []fieldHit
	for _, it := range ev.Items {
		if it.Chunk.Kind != "table_row" {
			continue
		}
		cells := rowCells(it.Chunk.Text)
		if _, spec := specSentence(cells); spec {
			continue // a parameter row reads whole: value, unit and tolerance
		}
		if missesGivenFigure(cells, lower) {
			continue
		}
		asked := askedFields(cells, lower, words)
		if len(asked) == 0 {
			asked = countedField(cells, ev.Question.Text)
		}
		for _, i := range asked {
			c := cells[i]
			if repairTimeOfOtherWork(cells, c, lower) || saysNothing(c.value) && !namesColumn(c.header, lower, words) {
				continue
			}
			rest := withoutFieldTerms(q, cells, asked)
			if len(rest.Terms) == 0 {
				// every term is common to the evidence ("casing gasket"
				// when all of it is about the gasket): the question's own
				rest = withoutFieldTerms(ev.Question, cells, asked)
			}
			rest = withoutHeaders(rest, cells) // "work order WO-25-0166": the key's column, not a value
			if len(rest.Terms) == 0 {
				continue
			}
			values := otherValues(cells, i)
			if !codesIn(unplacedCodes(codes, cells), it.Chunk.Text) || !codesIn(shortLinked, it.Chunk.Text) {
				continue
			}
			rest = withoutTermsWhere(rest, func(t string) bool { return perPiece[t] })
			// "a spare impeller" in the spare parts list: the list's own
			// name says which table, not which row
			have := retrieval.TokenSet(values)
			titled := retrieval.TokenSet(strings.ReplaceAll(it.Chunk.DocTitle+" "+strings.Join(it.Chunk.Section, " "), "_", " "))
			rest = withoutTermsWhere(rest, func(t string) bool { return titled[t] && !have[t] })
			m := share(rest, withShortenedTerms(rest, have))
			if m > 0 && onlyInBrackets(rest, values) {
				continue // "(pump end)" says where the bearing sits; the row prices no pump
			}
			if part := withoutTermsWhere(rest, func(t string) bool { return placed[t] }); len(part.Terms) > 0 && len(part.Terms) < len(rest.Terms) {
				// "the transmitter that goes in the control box": the
				// part's own words name its row, the place another's;
				// a row the place alone names is the place's
				if own := share(part, withShortenedTerms(part, retrieval.TokenSet(values))); own == 0 {
					m = 0
				} else {
					m = max2(m, own)
				}
			}
			if namesKeyCell(cells, keys) {
				// "work order 2171 - which location was it booked
				// against": the key names the record whole, the other
				// words only say how the asker puts it
				m = max2(m, 1)
			}
			linkedCell, linkWeight := cellOfLinkedName(ev, cells, i, glossary)
			if linkedCell >= 0 {
				// "漫游车的轮子单价": 轮子 linked the row's "wheel" through
				// the glossary, and no Chinese word is a term of the row.
				// A linked name outranks a row sharing the item's words only
				// ("电机绝缘失效": the insulation failure's row, not the
				// motor's first row).
				m = max2(m, linkWeight)
			}
			if namesPoint(cells, i, lower) {
				// "flow at 30 m head": the figure in the Head (m) column
				// names the curve's point, 30.2 m, though no token is "30"
				m = max2(m, 1)
			}
			// the question names the record by a whole value: "机械密封",
			// "Seal face leakage"; its other words may be a second
			// question ("要等多久到货") whose Chinese pairs match nothing
			whole := namedWholeAmong(cells, i, lower, tableWords)
			if m < 0.5 && !(whole && m >= 0.25) || otherFaultsRemedy(cells, m, whole, advice) && remedyAskedOnly(c.header, lower, words) {
				continue
			}
			if whole {
				m += 0.5
			}
			subject := rowSubject(cells, i, lower)
			if linkedCell >= 0 {
				subject = cells[linkedCell].value
			}
			hits = append(hits, fieldHit{item: it, subject: subject, key: cellOfValue(cells, subject), field: c, match: m})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].match > hits[j].match })
	return hits
}

// tableRowWords are the words of the evidence's table rows.
func tableRowWords(ev *retrieval.Evidence) map[string]bool {
	var b strings.Builder
	for _, it := range ev.Items {
		if it.Chunk.Kind == "table_row" {
			b.WriteString(it.Chunk.Text + " ")
		}
	}
	return retrieval.TokenSet(b.String())
}

func valueInQuestion(v, lowerQ string) bool {
	v = strings.ToLower(strings.TrimSpace(v))
	if len(v) <= maxShortValue && isASCII(v) {
		// A short value hides inside longer words: the material "PP" is
		// no part of "who supplies the level switch".
		return len(v) >= 2 && wordInText(lowerQ, v)
	}
	return len(v) >= 2 && strings.Contains(lowerQ, v)
}

// maxShortValue is the longest value, in letters, read as a word of its
// own rather than a piece of one (PP, PVC, EPDM).
const maxShortValue = 4

// cellInQuestion reports a cell whose value the question gives. A figure
// counts only where the question gives it in this cell's unit, or in no
// unit another header of the row has: "30 m head" is a Head (m) of 30, not
// a Flow (m³/h) of 30, and "30" inside "300" is no 30.
func cellInQuestion(cells []cell, i int, lowerQ string) bool {
	v := strings.TrimSpace(cells[i].value)
	if !isNumber(v) {
		return valueInQuestion(v, lowerQ)
	}
	if nearFigureInUnit(cells[i], lowerQ) {
		return true // "at 30 m head": the curve's 30.2 m is the point asked about
	}
	units := map[string]bool{}
	for _, c := range cells {
		if u := retrieval.HeaderUnit(c.header); u != "" {
			units[u] = true
		}
	}
	own := retrieval.HeaderUnit(cells[i].header)
	for at := 0; ; {
		j := strings.Index(lowerQ[at:], v)
		if j < 0 {
			return false
		}
		start, end := at+j, at+j+len(v)
		at = end
		if start > 0 && isFigureByte(lowerQ[start-1]) || end < len(lowerQ) && isFigureByte(lowerQ[end]) && !strings.HasPrefix(lowerQ[end:], ". ") && lowerQ[end:] != "." {
			continue // a piece of a longer figure
		}
		if u := wordAfterFigure(lowerQ[end:]); u == own || !units[u] {
			return true
		}
	}
}

// nearFigureInUnit reports a figure the question gives in the unit of
// c's header ("30 m" for "Head (m)") that c's value is, or is within a
// twentieth of: a curve is read at its nearest point.
func nearFigureInUnit(c cell, lowerQ string) bool {
	own := retrieval.HeaderUnit(c.header)
	x, ok := parseFigure(c.value)
	if own == "" || !ok {
		return false
	}
	for _, loc := range reFigure.FindAllStringIndex(lowerQ, -1) {
		y, _ := parseFigure(lowerQ[loc[0]:loc[1]])
		if wordAfterFigure(lowerQ[loc[1]:]) == own && math.Abs(x-y) <= math.Abs(y)/20 {
			return true
		}
	}
	return false
}

// namesPoint reports a row of a curve whose point the question gives by
// a figure in the unit of a column other than the asked one.
func namesPoint(cells []cell, asked int, lowerQ string) bool {
	for j, c := range cells {
		if j != asked && nearFigureInUnit(c, lowerQ) {
			return true
		}
	}
	return false
}

// unplacedCodes are the codes of a question less the quantities ("30 m")
// that a column of their unit places at a point of the row, 30.2 m: a
// curve is read at its nearest point, which never holds the figure asked.
func unplacedCodes(codes []string, cells []cell) []string {
	return slices.DeleteFunc(slices.Clone(codes), func(code string) bool {
		given := strings.ToLower(strings.Replace(code, quantitySep, " ", 1))
		return slices.ContainsFunc(cells, func(c cell) bool { return nearFigureInUnit(c, given) })
	})
}

func parseFigure(s string) (float64, bool) {
	x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return x, err == nil
}

// missesGivenFigure reports a row the question places elsewhere on a
// curve: it gives a figure in a unit of the row's columns ("30 m head")
// and no column of that unit is near it. Head and NPSHr are both in m, so
// either may hold the point.
func missesGivenFigure(cells []cell, lowerQ string) bool {
	for _, loc := range reFigure.FindAllStringIndex(lowerQ, -1) {
		y, _ := parseFigure(lowerQ[loc[0]:loc[1]])
		unit := wordAfterFigure(lowerQ[loc[1]:])
		inUnit, near := false, false
		for _, c := range cells {
			if x, ok := parseFigure(c.value); ok && unit != "" && retrieval.HeaderUnit(c.header) == unit {
				inUnit = true
				near = near || math.Abs(x-y) <= math.Abs(y)/20
			}
		}
		if inUnit && !near {
			return true
		}
	}
	return false
}

func isFigureByte(b byte) bool { return b >= '0' && b <= '9' || b == '.' }

// wordAfterFigure is the word right after a figure, as a unit would be written.
func wordAfterFigure(rest string) string {
	rest = strings.TrimPrefix(rest, " ")
	if strings.HasPrefix(rest, "米") {
		return "m" // 扬程30米
	}
	// a Chinese question runs on without a space: "30 m时流量"
	end := strings.IndexFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.Is(unicode.Han, r) || strings.ContainsRune(",;?!，。？；、)）", r)
	})
	if end >= 0 {
		rest = rest[:end]
	}
	return retrieval.FigureUnit(strings.TrimSuffix(rest, "."))
}

// askedFields are the cells of a row whose field the question names and
// does not itself give: a value in the question is the key, not the asked
// value.
func askedFields(cells []cell, lowerQ string, words []string) []int {
	var out []int
	for i, c := range cells {
		if c.header != "" && c.value != "" && namedApart(cells, i, lowerQ, words) && !cellInQuestion(cells, i, lowerQ) {
			out = append(out, i)
		}
	}
	if len(out) > 1 {
		// "standard time for the hydrostatic test operation": with another
		// field asked, "operation" names the row, not its number
		out = slices.DeleteFunc(out, func(i int) bool { return namedAsKindOfRow(cells, i, lowerQ) })
	}
	if !reAsksBOMLevel.MatchString(lowerQ) {
		// "what vibration level is acceptable": a measure's level, not how
		// deep the part sits in the BOM
		out = slices.DeleteFunc(out, func(i int) bool { return columnRole(cells[i].header) == "level" })
	}
	if len(out) > 1 && reOwnersName.MatchString(lowerQ) {
		// "need the vendor name": the supplier's name, not the part's
		out = slices.DeleteFunc(out, func(i int) bool { return columnRole(cells[i].header) == "name" })
	}
	return withDescriptions(cells, out)
}

// reAsksBOMLevel asks where a part sits in a BOM's tree.
var reAsksBOMLevel = regexp.MustCompile(`\bbom\b|\b(?:what|which)\s+level\b|\blevels?\s+(?:of|in)\s+the\s+(?:bom|tree|structure|assembly)\b|\btree\b|\bhierarch|\bnest|层级|第几层|第几级|哪一层|哪一级|哪层|哪级`)

// reOwnersName asks the name of whoever makes or sells a part.
var reOwnersName = regexp.MustCompile(`\b(?:vendor|supplier|manufacturer|maker|company|brand|firm)(?:'s)?\s+names?\b`)

// withDescriptions adds to the asked fields the column that describes
// one of them: a functional location is asked, "1234.01.09" is its code
// and "Functional Location Description" says which place that is.
func withDescriptions(cells []cell, asked []int) []int {
	out := withAssetOfEquipment(cells, asked)
	for _, i := range asked {
		name := normHeader(cells[i].header)
		for j, c := range cells {
			described, ok := strings.CutSuffix(normHeader(c.header), " description")
			if ok && j != i && c.value != "" && strings.HasSuffix(name, described) && !slices.Contains(out, j) {
				out = append(out, j)
			}
		}
	}
	return out
}

// withAssetOfEquipment adds to an asked equipment field the row's asset
// id: "哪台设备" asks which unit, which the log names by its asset ("water
// injection system", asset AID1), as a plant finds it on the floor.
func withAssetOfEquipment(cells []cell, asked []int) []int {
	if !slices.ContainsFunc(asked, func(i int) bool { return columnRole(cells[i].header) == "equipment" }) {
		return asked
	}
	for j, c := range cells {
		if c.value != "" && !slices.Contains(asked, j) && columnRole(c.header) == "asset" {
			return append(slices.Clone(asked), j)
		}
	}
	return asked
}

// namedApart reports a field the question names by a word that is not
// also in the row's other values: "the lights are out on the machine"
// describes the record "2 lights out on machine", it does not ask for its
// machine column.
func namedApart(cells []cell, asked int, lowerQ string, words []string) bool {
	values := retrieval.TokenSet(otherValues(cells, asked))
	for _, n := range fieldNames(cells[asked].header) {
		if !namesField(lowerQ, words, []string{n}) || insideLongerField(lowerQ, words, n) {
			continue
		}
		for t := range retrieval.TokenSet(n) {
			if !values[t] {
				return true
			}
		}
	}
	return false
}

// insideLongerField reports a field name the question holds only as a word
// of another field's longer name: "unit price" asks for the price, not the
// unit of issue, and "单价" for no 单位.
func insideLongerField(lowerQ string, words []string, name string) bool {
	n := sizeName(normHeader(name))
	for _, syn := range normalSynonyms() {
		if syn.longerThan(n) && containsWord(syn.name, n.name) && namesField(lowerQ, words, []string{syn.name}) {
			return true
		}
	}
	return false
}

// sizedName is a name with its length in words and in characters, as
// longerName compares them, counted once.
type sizedName struct {
	name         string
	words, runes int
}

func sizeName(name string) sizedName {
	return sizedName{name: name, words: len(strings.Fields(name)), runes: utf8.RuneCountInString(name)}
}

// longerThan is longerName(s.name, n.name).
func (s sizedName) longerThan(n sizedName) bool {
	if !isASCII(n.name) {
		return s.runes > n.runes
	}
	return s.words > n.words
}

var (
	normalSynonymsOnce sync.Once
	normalSynonymsList []sizedName
)

// normalSynonyms are the column synonyms of the table mappings as
// normHeader reads them, in the mappings' order; read once, as every cell
// of every row asks after them.
func normalSynonyms() []sizedName {
	normalSynonymsOnce.Do(func() {
		for _, c := range mappings.Columns() {
			for _, syn := range c.Synonyms {
				normalSynonymsList = append(normalSynonymsList, sizeName(normHeader(syn)))
			}
		}
	})
	return normalSynonymsList
}

// longerName reports a name of more words than name ("unit price" and
// "unit", not "units"), or in Chinese of more characters.
func longerName(longer, name string) bool {
	if !isASCII(name) {
		return utf8.RuneCountInString(longer) > utf8.RuneCountInString(name)
	}
	return len(strings.Fields(longer)) > len(strings.Fields(name))
}

// containsWord reports name as words of the longer name, one word on a
// common stem ("units" in "unit price"), or, in Chinese, anywhere in it.
func containsWord(longer, name string) bool {
	if !isASCII(name) {
		return strings.Contains(longer, name)
	}
	if strings.Contains(name, " ") {
		return strings.Contains(" "+longer+" ", " "+name+" ")
	}
	return anyStem(strings.Fields(longer), name)
}

// withoutFieldTerms drops the question terms that name the asked fields
// themselves.
func withoutFieldTerms(q retrieval.Question, cells []cell, asked []int) retrieval.Question {
	var all []string
	for _, i := range asked {
		all = append(all, fieldNames(cells[i].header)...)
	}
	return withoutNames(q, all)
}

// withoutNames drops the question terms that are, or share a stem with,
// one of names' words.
func withoutNames(q retrieval.Question, names0 []string) retrieval.Question {
	names := retrieval.TokenSet(strings.Join(names0, " "))
	var terms []string
	text := strings.ToLower(q.Text)
	for _, t := range q.Terms {
		if !names[t] && !anyStem(keys(names), t) && !crossesName(text, t, names0) && !withinSaidName(text, t, names0) {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q
}

// withinSaidName reports a Chinese term inside a field's name that the
// question says: "钱" of "单价多少钱" is the price asked, no word of the item.
func withinSaidName(text, term string, names []string) bool {
	if !allHan(term) {
		return false
	}
	for _, n := range names {
		if strings.Contains(n, term) && strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// crossesName reports a Chinese pair of characters that the question
// holds only across the edge of a field's name: "家厂" of "哪家厂供货" is
// half the asking word "哪家", not a word of what is asked about.
func crossesName(text, term string, names []string) bool {
	if !allHan(term) {
		return false
	}
	var spans [][2]int
	for _, n := range names {
		if !allHan(n) {
			continue
		}
		for i := 0; ; {
			j := strings.Index(text[i:], n)
			if j < 0 {
				break
			}
			spans = append(spans, [2]int{i + j, i + j + len(n)})
			i += j + len(n)
		}
	}
	found := false
	for i := 0; ; {
		j := strings.Index(text[i:], term)
		if j < 0 {
			return found
		}
		start, end := i+j, i+j+len(term)
		crossing := false
		for _, s := range spans {
			if start < s[1] && s[0] < end && (start < s[0] || end > s[1]) {
				crossing = true
			}
		}
		if !crossing {
			return false // said apart from the name somewhere
		}
		found = true
		i = start + 1
	}
}

// withoutHeaders drops the terms that only name a column of the row; a
// term that a value holds too stays.
func withoutHeaders(q retrieval.Question, cells []cell) retrieval.Question {
	var hs, vs strings.Builder
	for _, c := range cells {
		// "工单 2079": a synonym of the key's column names it as well
		hs.WriteString(strings.Join(fieldNames(c.header), " ") + " ")
		vs.WriteString(c.value + " ")
	}
	headers, values := retrieval.TokenSet(hs.String()), retrieval.TokenSet(vs.String())
	var terms []string
	for _, t := range q.Terms {
		if !headers[t] || values[t] {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func otherValues(cells []cell, skip int) string {
	var b strings.Builder
	for i, c := range cells {
		if i != skip {
			b.WriteString(c.value + " ")
		}
	}
	return b.String()
}

// codesIn reports whether every question term holding a digit (a fault
// code, a part number, a figure) is among the values: E03 never answers
// for E07.
func codesIn(terms []string, values string) bool {
	return codesInSets(terms, values, nil)
}

// codesInSets is codesIn reading the values' tokens from sets.
func codesInSets(terms []string, values string, sets tokenSets) bool {
	if !slices.ContainsFunc(terms, hasDigit) {
		return true
	}
	set := sets.of(values)
	for _, t := range terms {
		if hasDigit(t) && !holdsQuantity(t, values, set) && !retrieval.BoundsQuantity(strings.ToLower(values), t) {
			return false
		}
	}
	return true
}

// A year as asked, and a date as records write it.
var (
	reYear      = regexp.MustCompile(`^(?:19|20)\d\d$`)
	reYearMonth = regexp.MustCompile(`^(?:19|20)\d\d-\d\d$`)
	reDate      = regexp.MustCompile(`^(?:19|20)\d\d[-/.]\d{1,2}(?:[-/.]\d{1,2})?$`)
)

// holdsCode reports code t in set, alone or as a part of a compound code:
// customers say "the CP200" for the HF-CP200.
func holdsCode(set map[string]bool, t string) bool {
	if set[t] {
		return true
	}
	if gluedModelHolds(set, t) {
		return true
	}
	if (reYear.MatchString(t) || reYearMonth.MatchString(t)) && slices.ContainsFunc(keys(set), func(tok string) bool { return reDate.MatchString(tok) && strings.HasPrefix(tok, t) }) {
		return true // "in May 2026": the order dated 2026-05-14
	}
	if isNumber(t) {
		// A figure is no part of a code: "20" is not in "2025-03-20". An
		// interface is said by its number, "485" for RS-485.
		return len(t) >= 3 && slices.ContainsFunc(keys(set), func(tok string) bool { return interfaceOf(tok) == t })
	}
	if name, model, ok := gluedModel(t); ok && set[name] && set[model] {
		return true // "mycobot280" is the manual's "myCobot 280"
	}
	thread := metricThread.MatchString(t)
	for tok := range set {
		if len(tok) > len(t) && strings.Contains(tok, t) {
			if thread && (strings.HasPrefix(tok, t+"x") || strings.HasPrefix(tok, t+"×")) {
				return true // "M12" of "M12x40": the thread, without its length
			}
			if strings.HasSuffix(tok, "-"+t) || strings.HasPrefix(tok, t+"-") {
				return true // "CTL-05" of CP200-CTL-05: the code less its product
			}
			for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '/' || r == '_' || r == '.' }) {
				if part == t {
					return true
				}
			}
		}
	}
	return false
}

// interfaceOf is the number of an interface standard's name ("rs-485"),
// or "".
func interfaceOf(tok string) string {
	m := interfaceName.FindStringSubmatch(tok)
	if m == nil {
		return ""
	}
	return m[1]
}

var interfaceName = regexp.MustCompile(`^[a-z]{2,3}-(\d{3,})$`)

// metricThread is a metric thread's size as people say it, "M12".
var metricThread = regexp.MustCompile(`^m\d{1,2}(?:\.\d)?$`)

// gluedModel splits a product name written against its model number
// ("mycobot280") into the name's token and the number. A short prefix is
// a code's letter ("e07", "m3"), not a name.
func gluedModel(t string) (name, model string, ok bool) {
	m := gluedNameModel.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	toks := textseg.Tokens(m[1])
	if len(toks) != 1 {
		return "", "", false
	}
	return toks[0], m[2], true
}

var gluedNameModel = regexp.MustCompile(`^([a-z]{4,})(\d+)$`)

// codeTerms are the question's codes and figures that a passage must
// hold. Those in a linked entity's own name may be missing ("myCobot 280"
// is "myCobot" in its manual); those that only the question's wording has
// may not ("myCobot 320" is not the 280).
func codeTerms(ev *retrieval.Evidence) []string {
	return memo.get(ev).codes(ev)
}

func computeCodeTerms(ev *retrieval.Evidence) []string {
	named := map[string]bool{}
	for _, l := range ev.Linked {
		if soleTerm(l.Entity.Name) && namesKind(ev.Question.Text, l.Entity.Type) {
			continue // "work order 2448": the number is all that names it
		}
		if l.Entity.Type == "Symptom" {
			continue // "shows E09": the code is what tells one symptom from the next
		}
		for _, t := range retrieval.ContentTerms(l.Surface + " " + l.Entity.Name + " " + strings.Join(l.Entity.Aliases, " ")) {
			named[t] = true
		}
	}
	// "We'll be pumping 85 degree water - …": the asker's own figure,
	// which no passage need hold
	own := retrieval.SituationFigures(ev.Question.Text)
	var out []string
	for _, t := range ev.Question.Terms {
		if hasDigit(t) && !named[t] && !modelNumber(ev, t) && !modelVariant(ev, t) && !own[t] {
			out = append(out, quantityCode(ev.Question.Text, t))
		}
	}
	return out
}

// soleTerm reports a name that is a bare number, as records are named
// ("work order 2448"); a product's code (HF-CP200) is often left out of
// its own manual's pages, a record's number is what sets it apart.
func soleTerm(name string) bool {
	terms := retrieval.ContentTerms(name)
	return len(terms) == 1 && isNumber(terms[0])
}

// modelNumber reports a bare number that a good part of the evidence
// shares: the model the corpus is about ("myCobot 280"), which its pages
// often leave out, not a figure or a code that singles one passage out.
func modelNumber(ev *retrieval.Evidence, t string) bool {
	if len(ev.Items) == 0 || faultCodeShape.MatchString(t) {
		return false // "E03" names a fault however many passages it fills
	}
	n := 0
	for _, it := range ev.Items {
		if holdsCode(retrieval.TokenSet(docName(it.Chunk)+" "+it.Chunk.SectionPath()+" "+it.Chunk.Text), t) {
			n++
		}
	}
	if isNumber(t) {
		return 10*n >= 3*len(ev.Items)
	}
	return 2*n >= len(ev.Items) // a code needs more: half the passages
}

// modelVariant reports a code that the question writes right after the
// model number the corpus is about ("280 M5", "280M5"): the variant of the
// model, which its pages leave out as they leave out the model, not a
// part that singles one passage out. An entry written for another variant
// names it, and namesOtherCode keeps that one out.
func modelVariant(ev *retrieval.Evidence, t string) bool {
	for _, m := range reNumberThenCode.FindAllStringSubmatch(strings.ToLower(ev.Question.Text), -1) {
		if m[2] == t && modelNumber(ev, m[1]) {
			return true
		}
	}
	return false
}

var reNumberThenCode = regexp.MustCompile(`\b(\d{3,})[ -]?([a-z]{1,3}\d{1,2})\b`)

// faultCodeShape is a fault or parameter code as displays show it: one
// letter and two digits ("e03", "p17").
var faultCodeShape = regexp.MustCompile(`^[a-z]\d{2}$`)

// identifiers keeps the codes that name a thing (E07, CP200-SEL-01), not
// bare figures: a reading in the question ("6 mm/s") is not in the fault
// tree that explains it ("vibration above 4.5 mm/s").
func identifiers(codes []string) []string {
	var out []string
	for _, c := range codes {
		if !isNumber(c) && !isQuantity(c) {
			out = append(out, c)
		}
	}
	return out
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// namedWhole reports whether a value of the row other than the asked one
// is in the question whole.
func namedWhole(cells []cell, asked int, lowerQ string) bool {
	return namedWholeAmong(cells, asked, lowerQ, nil)
}

// namedWholeAmong is namedWhole where the words of the table's other rows
// are known: one of them before the value ("hydraulic filter") names
// another row.
func namedWholeAmong(cells []cell, asked int, lowerQ string, tableWords map[string]bool) bool {
	for i, c := range cells {
		if i != asked && !isNumber(c.value) && len([]rune(c.value)) >= 2 && valueInQuestion(c.value, lowerQ) && !onlyModifies(c.value, lowerQ, rowWords(cells)) && !qualifiedOtherwise(c.value, lowerQ, rowWords(cells), tableWords) {
			return true
		}
	}
	return false
}

// rowWords are a row's headers and values and the names of any table
// column: "the motor cost" names the motor, then the field asked.
func rowWords(cells []cell) string {
	var b strings.Builder
	for _, c := range cells {
		b.WriteString(c.header + " " + c.value + " ")
	}
	for _, syn := range normalSynonyms() {
		b.WriteString(syn.name + " ") // "the motor price": a field of the motor, under any column's name
	}
	return b.String()
}

// onlyModifies reports an English value that the question writes only
// before a noun of its own, which the row does not hold: "the Sangaboard
// motor board" asks about a board, not the row whose short name is
// "motor".
func onlyModifies(value, lowerQ, rowValues string) bool {
	row := retrieval.TokenSet(rowValues)
	return everyMention(value, lowerQ, func(start, end int) bool {
		w := firstWord(lowerQ[end:])
		next := retrieval.ContentTerms(w)
		return len(next) > 0 && isASCII(w) && !row[next[0]] // else named whole, or with a word the row has
	})
}

// qualifiedOtherwise reports an English value that the question writes
// only after a word of the table's other rows, which this row does not
// hold: "a blocked hydraulic filter" is not the air conditioner's row
// named "Filter".
func qualifiedOtherwise(value, lowerQ, rowValues string, tableWords map[string]bool) bool {
	if tableWords == nil {
		return false
	}
	row := retrieval.TokenSet(rowValues)
	return everyMention(value, lowerQ, func(start, end int) bool {
		before := strings.Fields(lowerQ[:start])
		if len(before) == 0 || !strings.HasSuffix(lowerQ[:start], " ") {
			return false
		}
		w := before[len(before)-1]
		prev := retrieval.ContentTerms(w)
		return len(prev) > 0 && isASCII(w) && !row[prev[0]] && tableWords[prev[0]]
	})
}

// everyMention reports an English value the question writes, as a whole
// word, at least once, and every time so that holds(start, end) of it. A
// code names its record whole, whatever is written around it.
func everyMention(value, lowerQ string, holds func(start, end int) bool) bool {
	v := strings.ToLower(strings.TrimSpace(value))
	if !isASCII(v) || hasDigit(v) {
		return false
	}
	found := false
	for at := 0; ; {
		j := strings.Index(lowerQ[at:], v)
		if j < 0 {
			return found
		}
		start, end := at+j, at+j+len(v)
		at = end
		if start > 0 && isWordByte(lowerQ[start-1]) || end < len(lowerQ) && isWordByte(lowerQ[end]) {
			continue // inside a longer word
		}
		if !holds(start, end) {
			return false
		}
		found = true
	}
}

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

// firstWord is the word that opens s after spaces, if s goes on by one.
func firstWord(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(f[0], "?.,;:!")
}

// rowSubject names the record: the value the question names, else the
// first identifying value of the row.
func rowSubject(cells []cell, asked int, lowerQ string) string {
	for i, c := range cells {
		if i != asked && cellInQuestion(cells, i, lowerQ) {
			return c.value + failureDetail(cells, asked, lowerQ)
		}
	}
	if name := fmeaRowName(cells, asked); name != "" && !hasHan(lowerQ) {
		return name
	}
	if i := mostNamedCell(cells, asked, lowerQ); i >= 0 && !idHeader(leadCell(cells).header) {
		// "32mm bearing" for "the 32mm pillow block", not its assembly
		// "body"; a row led by an identifier is named by it
		return cells[i].value
	}
	// A Chinese question names the row by its Chinese cell where the row
	// has one ("工序: 轴承装配" beside "Work step: Bearing assembly"), so
	// the sentence reads in one language.
	first := ""
	for i, c := range cells {
		if i == asked || c.value == "" || isNumber(c.value) {
			continue
		}
		if !hasHan(lowerQ) || hasHan(c.value) {
			return c.value
		}
		if first == "" {
			first = c.value
		}
	}
	if first != "" {
		return first
	}
	return cells[0].value
}

// leadCell is the cell a row opens with, past a level or line number.
func leadCell(cells []cell) cell {
	if len(cells) > 1 && positionCell(cells[0]) {
		return cells[1]
	}
	return cells[0]
}

// mostNamedCell is the cell, besides the asked one, most of whose words
// the question says, where it says any: the row's name in the asker's
// words, though not whole. Links and figures name nothing.
func mostNamedCell(cells []cell, asked int, lowerQ string) int {
	have := retrieval.TokenSet(lowerQ)
	best, bestShare := -1, 0.0
	for i, c := range cells {
		if i == asked || c.value == "" || isNumber(c.value) || strings.HasPrefix(c.value, "http") {
			continue
		}
		terms := retrieval.ContentTerms(c.value)
		n := retrieval.Question{Terms: terms}.Covered(have)
		if n == 0 {
			continue
		}
		if sh := float64(n) / float64(len(terms)); sh > bestShare {
			best, bestShare = i, sh
		}
	}
	return best
}

// fmeaRowName names an FMEA row the question named in other words ("the
// turbo" for "Turbocharger") by its part and failure mode, "Turbocharger
// (Leaking)", not by its first cell, the subsystem every part shares.
func fmeaRowName(cells []cell, asked int) string {
	part, mode := "", ""
	for i, c := range cells {
		if i == asked || c.value == "" || extract.NullValue(c.value) {
			continue
		}
		switch fmeaRole(c.header) {
		case "subcomponent":
			part = c.value
		case "failure_mode":
			mode = c.value
		}
	}
	if part == "" || mode == "" {
		return ""
	}
	return part + " (" + mode + ")"
}

// failureDetail names the part and failure mode of an FMEA row the
// question named by its wider item: several rows of "Engine" read
// "Engine (Fan, Mechanical failure)", not "Engine" each.
func failureDetail(cells []cell, asked int, lowerQ string) string {
	var parts []string
	for i, c := range cells {
		if i == asked || c.value == "" || valueInQuestion(c.value, lowerQ) || extract.NullValue(c.value) {
			continue
		}
		if r := fmeaRole(c.header); r == "subcomponent" || r == "failure_mode" {
			parts = append(parts, c.value)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// fmeaRole is the role an FMEA sheet's header plays in the mappings.
func fmeaRole(header string) string {
	h := normHeader(header)
	for _, col := range mappings.Columns() {
		if col.Kind != "fmea" {
			continue
		}
		for _, syn := range col.Synonyms {
			if normHeader(syn) == h {
				return col.Role
			}
		}
	}
	return ""
}

func isNumber(s string) bool {
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r == '.' || r == ',' || r == '-') {
			return false
		}
	}
	return true
}

// rowSentence reads a stored table row as a sentence: a specification row
// as "Parameter: value unit (tolerance)", any other as its first value
// followed by the rest, "Header value" joined with commas.
func rowSentence(c kg.Chunk) string {
	if s, ok := bareRowSentence(c.Text); ok {
		return s
	}
	cells := rowCells(c.Text)
	if len(cells) < 2 {
		return c.Text
	}
	if s, ok := specSentence(cells); ok {
		return s
	}
	if len(cells) == 2 && genericValueHeader.MatchString(cells[1].header) {
		return cells[0].value + ": " + cells[1].value + "." // "Payload: 250g.", not "Payload — Parameters 250g."
	}
	if len(cells) > 2 && positionCell(cells[0]) {
		cells = cells[1:] // "CP200-CPL-02 — …", not "2 — Part No. CP200-CPL-02, …"
	}
	var rest []string
	wide := len(cells) > wideRow
	for _, x := range cells[1:] {
		if x.header == "" {
			rest = append(rest, x.value)
			continue
		}
		if extract.NullValue(x.value) || wide && !extract.KnownHeader(x.header) {
			continue // "Removed", "0/1/00", a status or sort field: nothing to read
		}
		// "Lead time 7 days", not "Lead time (days) 7": the unit goes
		// with the figure, where a reader, and a search for "7 days", looks
		h, v := withUnit(x)
		rest = append(rest, h+" "+v)
	}
	return strings.TrimSuffix(keyFigure(cells[0])+" — "+strings.Join(rest, ", "), ".") + "." // "Co.", not "Co.."
}

// positionHeader names a column that places a row (a BOM level, a line
// number), not one that names what the row is about.
var positionHeader = regexp.MustCompile(`(?i)^(?:level|lvl|bom level|line|line no\.?|item|item no\.?|no\.?|#|pos\.?|position|层级|层次|级别|序号|行号)$`)

// positionCell reports a row's leading level or line number.
func positionCell(c cell) bool {
	v := strings.TrimSpace(c.value)
	return v != "" && len(v) <= 3 && isNumber(v) && positionHeader.MatchString(strings.TrimSpace(c.header))
}

// bareRowSentence reads a row of a table drawn without a header ("Motor
// rated power; 7.5 kW; IE3, 2-pole", as a data sheet draws its tables
// after the first) as a specification row: its first cell names what
// the second states, the rest remarks on it, "Motor rated power: 7.5 kW
// (IE3, 2-pole)." A row led by a figure is no label and value.
func bareRowSentence(text string) (string, bool) {
	if strings.Contains(text, ": ") {
		return "", false
	}
	cells := strings.Split(text, "; ")
	if len(cells) < 2 || startsWithDigit(cells[0]) {
		return "", false
	}
	s := cells[0] + ": " + cells[1]
	if len(cells) > 2 {
		s += " (" + strings.Join(cells[2:], ", ") + ")"
	}
	return s + ".", true
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// unitHeader is a column header that gives its figures' unit: "Flow (m³/h)".
var unitHeader = regexp.MustCompile(`\S\s*\([^()]+\)$`)

// keyFigure is a row's leading cell as quoted. A bare figure says nothing
// without what it measures: a performance table's row is read "Flow (m³/h)
// 45 — Head (m) 30.2", so that the row is found, and read, as the one for
// 45 m³/h.
func keyFigure(c cell) string {
	if isNumber(c.value) && unitHeader.MatchString(c.header) {
		return c.header + " " + c.value
	}
	return c.value
}

// wideRow is how many cells a row may have before only the columns the
// table mappings know are read out: a work-order export carries statuses,
// sort fields and site codes no one asks for.
const wideRow = 12

var (
	specOnce    sync.Once
	specRoleMap map[string]string
)

// specRoles maps the normalised headers of specification tables to their
// column roles; built once from the table mappings.
func specRoles() map[string]string {
	specOnce.Do(func() {
		specRoleMap = map[string]string{}
		for _, col := range mappings.Columns() {
			if col.Kind != "spec" {
				continue
			}
			for _, s := range col.Synonyms {
				if _, ok := specRoleMap[normHeader(s)]; !ok {
					specRoleMap[normHeader(s)] = col.Role
				}
			}
		}
	})
	return specRoleMap
}

// specSentence reads Parameter/Value/Unit/Tolerance rows.
// genericValueHeader is a column header that says only "the value":
// a two-column sheet of names and their values.
var genericValueHeader = regexp.MustCompile(`(?i)^\s*(?:values?|parameters?|specs?|specifications?|data|details?|参数|数值|参数值|规格|内容|说明)\s*$`)

func specSentence(cells []cell) (string, bool) {
	roles := specRoles()
	got := map[string]string{}
	for _, c := range cells {
		if r := roles[normHeader(c.header)]; r != "" && got[r] == "" {
			got[r] = c.value
		}
	}
	if got["parameter"] == "" || got["value"] == "" {
		return "", false
	}
	s := got["parameter"] + ": " + got["value"]
	if u := got["unit"]; u != "" && u != "—" && u != "-" {
		s += " " + u
	}
	if t := got["tolerance"]; t != "" && t != "—" && t != "-" {
		s += " (" + t + ")"
	}
	return s + ".", true
}

// listingOnly reports computed answers that only list what the intent
// suggested (an explosion, a routing, a fault tree, a where-used) rather
// than compute a figure the question asks for.
func listingOnly(ev *retrieval.Evidence) bool {
	for _, c := range ev.Computed {
		if !isListing(c) {
			return false
		}
	}
	return len(ev.Computed) > 0
}

// isListing reports a computed answer that lists a structure rather than
// computing a figure: a roll-up, an FMEA figure or a next step is asked for
// by name, a listing only by intent.
func isListing(c retrieval.Computed) bool {
	switch {
	case c.Kind == "fmea" && c.Op == "list" && c.Cmp == "":
		// the rows about an item, by RPN: what the intent suggested, not
		// a figure; the field a question names of one of them is better
		return true
	case c.Kind == "bom" && (c.TargetID != "" || c.Metric != ""), c.Kind == "fmea", c.Kind == "next":
		return false
	case c.Kind == "where_used" && len(c.Lines) > 1:
		// a part used in several assemblies: one record's field names
		// only one of them
		return false
	case c.Kind == "table":
		// A whole-table figure runs only on the question's own cues
		// ("how many", "average", "most"): one row's field does not
		// answer it.
		return false
	}
	return true
}

// reRepair is a question about a repair: replacing or mending a part in
// service, not building it.
var reRepair = regexp.MustCompile(`(?i)\b(?:replac(?:e|ed|es|ing|ement)|repair(?:ed|s|ing)?|swap(?:s|ped|ping)?)\b|(?:^|[^切转交兑变])换|维修|修理`)

// repairTimeOfOtherWork reports a time field of a row whose work is not
// the repair the question asks about: "更换机械密封的标准工时" is the
// service time of a seal change, not the 20 min an assembly operation
// "Mechanical seal installation" takes.
func repairTimeOfOtherWork(cells []cell, field cell, lowerQ string) bool {
	if !reRepair.MatchString(lowerQ) || !isTimeHeader(field.header) || columnRole(field.header) == "lead_time" {
		return false // a replacement's lead time is how long the part takes to come, whatever the row's work
	}
	for _, c := range cells {
		if reRepair.MatchString(strings.ToLower(c.value)) {
			return false
		}
	}
	return true
}

// otherWorkTimed reports a table row timing other work than the repair
// whose time the question asks ("更换机械密封的标准工时"): the routing's
// "Mechanical seal installation, 20 min" builds the pump, it does not
// service it.
func otherWorkTimed(c kg.Chunk, lowerQ string) bool {
	if c.Kind != "table_row" || !asksWorkTime(lowerQ) {
		return false
	}
	cells := rowCells(c.Text)
	return slices.ContainsFunc(cells, func(f cell) bool { return repairTimeOfOtherWork(cells, f, lowerQ) })
}

// reWorkTime asks how long work takes by the time's name; "how long" and
// "多久" ask so only as asksTimeTaken reads them ("多久换一次" is how often).
var reWorkTime = regexp.MustCompile(`(?i)\b(?:labou?r|standard|work(?:ing)?|repair) (?:time|hours)\b|工时`)

func asksWorkTime(lowerQ string) bool {
	return !asksArrival.MatchString(lowerQ) && (reWorkTime.MatchString(lowerQ) || asksTimeTaken(lowerQ) || asksDuration(lowerQ))
}

func isTimeHeader(h string) bool {
	u := retrieval.HeaderUnit(h)
	return u == "min" || u == "h" || u == "hours" || u == "s" || strings.Contains(strings.ToLower(h), "time") || strings.Contains(h, "工时")
}

// perPieceTerms are the question's terms that say a value is asked per
// piece ("cost per piece", "price each", "每件多少钱"): how the asker
// counts, not a word of the record.
func perPieceTerms(q retrieval.Question) map[string]bool {
	out := map[string]bool{}
	for _, m := range perPiecePhrase.FindAllString(q.Text, -1) {
		for _, t := range retrieval.ContentTerms(m) {
			if slices.Contains(q.Terms, t) {
				out[t] = true
			}
		}
	}
	return out
}

var perPiecePhrase = regexp.MustCompile(`(?i)\b(?:per|a|each|by the)\s+(?:piece|pc|pcs|unit|item)\b|\bapiece\b|每(?:个|件|只|套)|单(?:个|件)`)

// withShortenedTerms is have with the question's English terms that cut
// one of its words short ("mech" seal for the mechanical seal, "hydro"
// for hydrostatic), as the records spell them out.
func withShortenedTerms(q retrieval.Question, have map[string]bool) map[string]bool {
	out := have
	for _, t := range q.Terms {
		if have[t] || len(t) < 4 || !isASCII(t) {
			continue
		}
		for w := range have {
			// "cp200" names the family of "cp200-imp-01"; "e0" no code
			if len(w) > len(t) && strings.HasPrefix(w, t) && (!hasDigit(t) || strings.HasPrefix(w, t+"-")) {
				if len(out) == len(have) {
					out = maps.Clone(have)
				}
				out[t] = true
				break
			}
		}
	}
	return out
}

// englishProse reports text that reads as English words rather than a
// name: three or more lower-case words ("open the suction valve fully").
func englishProse(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			n++
		}
	}
	return n >= 3
}

// reNothing is a cell that records no value: an FMEA row with no action
// planned, a column left for later.
var reNothing = regexp.MustCompile(`(?i)^(?:none|n/?a|nil|-+|—|–|无|暂无|没有)$`)

func saysNothing(v string) bool {
	return reNothing.MatchString(strings.TrimSpace(strings.TrimRight(v, ".。")))
}

// namesColumn reports a question that names the column by a name the
// table mappings give it ("the recommended action for …"), not only by
// the words that ask for its role ("what should I do"): an empty cell
// answers the first, while the second wants something to do.
func namesColumn(header, lowerQ string, words []string) bool {
	names := []string{header}
	for _, c := range mappings.Columns() {
		for _, syn := range c.Synonyms {
			if normHeader(syn) == normHeader(header) {
				names = append(names, c.Synonyms...)
				break
			}
		}
	}
	return namesField(lowerQ, words, names)
}

// remedyAskedOnly reports a remedy or action column the question asks for
// with words like "what should I do" without naming it: the symptom is
// then all the question says, and a row that shares only half of it (the
// motor, not its overheating) is another fault's remedy.
func remedyAskedOnly(header, lowerQ string, words []string) bool {
	h := normHeader(header)
	for _, c := range mappings.Columns() {
		if (c.Role == "remedy" || c.Role == "action") && slices.ContainsFunc(c.Synonyms, func(s string) bool { return normHeader(s) == h }) {
			return !namesColumn(header, lowerQ, words)
		}
	}
	return false
}

// adviceAsked asks what to do now about a fault, not what was done once
// ("是怎么修的").
var adviceAsked = regexp.MustCompile(`(?i)\bwhat (?:should|can|do) (?:i|we) (?:do|check|try)\b|\bhow (?:do|can|should) (?:i|we) fix\b|怎么办|该怎么|该如何`)

// otherFaultsRemedy reports a row whose remedy a question asking what to
// do about a fault should not get: a fault row that holds only part of
// the symptom (the motor's overcurrent for "电机过热怎么办"), or, asked
// what to do now, a work order telling what was done once. A work order
// the question recalls ("the time it showed E09 after lightning") is
// matched by the event, not the symptom, and keeps the usual bar.
func otherFaultsRemedy(cells []cell, m float64, whole, advice bool) bool {
	if workRecord(cells) {
		return advice
	}
	return m < 0.99 && !whole
}

// workRecord reports a row of a work log (it has a work order or date
// column): what was done once, where "what should I do" asks what the
// documents prescribe.
func workRecord(cells []cell) bool {
	for _, c := range cells {
		h := normHeader(c.header)
		for _, col := range mappings.Columns() {
			if col.Kind == "worklog" && (col.Role == "order_id" || col.Role == "date") && slices.ContainsFunc(col.Synonyms, func(s string) bool { return normHeader(s) == h }) {
				return true
			}
		}
	}
	return false
}

// faultCodes are the question's codes shaped like a fault's ("E07",
// "F112") that codeTerms leaves out, as one the graph links to a failure
// mode or one that most passages hold, as every passage about E07 does.
// Such a code still sets its record apart: a row without it is another
// fault's, whatever else it shares with the question ("报警" and an alarm
// to add). A model's code ("M5") is in its documents' titles.
func faultCodes(ev *retrieval.Evidence) []string {
	var out []string
	for _, c := range linkedCodes(ev) {
		if !reFaultCode.MatchString(c) || slices.ContainsFunc(ev.Items, func(it retrieval.Item) bool {
			return holdsCode(retrieval.TokenSet(docName(it.Chunk)+" "+it.Chunk.DocTitle+" "+it.Chunk.SectionPath()), c)
		}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

var reFaultCode = regexp.MustCompile(`^[a-z]{1,2}\d{2,3}$`)

// A model's number and its short code, "280 M5" in the question, are one
// token where a manual writes them glued ("2021年280m5").
var numberedModel = regexp.MustCompile(`^(\d{2,4})([a-z]{1,2}\d)$`)

// gluedModelHolds reports a token of set that is a model number glued to
// its code, of which t is one part.
func gluedModelHolds(set map[string]bool, t string) bool {
	for tok := range set {
		if m := numberedModel.FindStringSubmatch(tok); m != nil && (m[1] == t || m[2] == t) {
			return true
		}
	}
	return false
}

// namedAsKindOfRow reports a field the question names only as the noun of
// the row's own name: "the hydrostatic test operation" names the row
// whose work step is "Hydrostatic test", it does not ask its operation
// number.
func namedAsKindOfRow(cells []cell, asked int, lowerQ string) bool {
	lowerQ = strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return ' ' // "operation?" ends the word "operation"
		}
		return r
	}, lowerQ)
	for _, n := range fieldNames(cells[asked].header) {
		n = strings.ToLower(strings.TrimSpace(n))
		if n == "" {
			continue
		}
		for j, c := range cells {
			v := strings.ToLower(strings.TrimSpace(c.value))
			if j == asked || isNumber(v) || utf8.RuneCountInString(v) < 2 {
				continue
			}
			if isASCII(n) && containsWord(lowerQ, v+" "+n) {
				return true
			}
		}
	}
	return false
}

// cellOfLinkedName is the row's cell, other than the asked one, that is
// whole the name of a thing the question linked, and how surely that
// names the row. A failure mode ("Insulation failure" for 绝缘失效) names
// one row of its item, whose item's cell the sheet may leave empty below
// the first. A part a Chinese question linked through the glossary
// ("wheel" for 轮子, never "wheel hub"), read only where glossary is set,
// may name several rows. It is -1 where no cell names one.
func cellOfLinkedName(ev *retrieval.Evidence, cells []cell, asked int, glossary bool) (int, float64) {
	best, weight := -1, 0.0
	for _, l := range ev.Linked {
		name, w := "", 0.0
		switch {
		case l.Entity.Type == kg.FailureMode && l.Entity.Props["mode"] != "" && !namesOtherItem(cells, l.Entity.Props["item"]):
			name, w = l.Entity.Props["mode"], 2
		case glossary && l.Via == "glossary" && ev.Question.AnswerLang() == "zh" && !hasHan(l.Entity.Name):
			name, w = l.Entity.Name, 1
		default:
			continue
		}
		for j, c := range cells {
			if j != asked && w > weight && strings.EqualFold(strings.TrimSpace(c.value), name) {
				best, weight = j, w
			}
		}
	}
	return best, weight
}

// namesOtherItem reports a row whose item cell names another item than
// item: the fuel cooler's "Leak" row is not the sump's leak.
func namesOtherItem(cells []cell, item string) bool {
	for _, c := range cells {
		switch normHeader(c.header) {
		case "item", "component", "sub-component", "subcomponent", "part", "equipment":
			if strings.TrimSpace(c.value) != "" && !strings.EqualFold(strings.TrimSpace(c.value), item) {
				return true
			}
		}
	}
	return false
}

// onlyInBrackets reports a question whose words a row holds only in
// brackets: "Deep groove ball bearing 6306 C3 (pump end)" is a bearing,
// whose bracket says where it sits, not a pump.
func onlyInBrackets(q retrieval.Question, values string) bool {
	outside := bracketList.ReplaceAllString(values, " ")
	return outside != values && share(q, retrieval.TokenSet(outside)) == 0
}

// withoutQualifiedNames drops, of the rows matching the question best,
// those naming the asked part only as another part's qualifier ("Impeller
// nut" for "the impellers"), where a row names the same part itself
// ("Impeller, closed").
func withoutQualifiedNames(hits []fieldHit, question string) []fieldHit {
	if hasHan(question) {
		return hits // the row's English name holds none of the asker's words
	}
	have := retrieval.TokenSet(question)
	best := hits[0].match
	type named struct {
		word      string
		qualified bool
	}
	names := make([]named, len(hits))
	plain := map[string]bool{}
	for i, h := range hits {
		if h.match != best {
			continue
		}
		w, q := lastAskedWord(h, have)
		names[i] = named{w, q}
		if w != "" && !q {
			plain[w] = true
		}
	}
	var out []fieldHit
	for i, h := range hits {
		if !names[i].qualified || !plain[names[i].word] {
			out = append(out, h)
		}
	}
	return out
}

var reNameToken = regexp.MustCompile(`[A-Za-z][A-Za-z-]*|[0-9][^\s,;()]*|[,;()/]`)

// lastAskedWord is the last word of a row's name the question asks by,
// up to the name's first mark, and whether another word follows it there:
// "Impeller nut" holds "impeller" qualified, "Impeller, closed" plain.
func lastAskedWord(h fieldHit, have map[string]bool) (string, bool) {
	cells := rowCells(h.item.Chunk.Text)
	n := slices.IndexFunc(cells, func(c cell) bool {
		role := columnRole(c.header)
		return c.header != h.field.header && (role == "name" || role == "description")
	})
	if n < 0 {
		return "", false
	}
	toks := reNameToken.FindAllString(cells[n].value, -1)
	last := -1
	for j, tok := range toks {
		if r, _ := utf8.DecodeRuneInString(tok); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			toks = toks[:j]
			break
		}
		if len(tok) >= 3 && asksWord(tok, have) {
			last = j
		}
	}
	if last < 0 {
		return "", false
	}
	w := strings.ToLower(toks[last])
	if last+1 == len(toks) {
		return w, false
	}
	r, _ := utf8.DecodeRuneInString(toks[last+1])
	return w, unicode.IsLetter(r)
}

func asksWord(w string, have map[string]bool) bool {
	for t := range retrieval.TokenSet(w) {
		if have[t] {
			return true
		}
	}
	return false
}

// parameterNamed reports a field of a specification table headed by its
// item ("| Name | Flat base |"), whose row is named by the attribute in
// its Name column: the hit's subject is then the attribute.
func parameterNamed(h fieldHit) bool {
	cells := rowCells(h.item.Chunk.Text)
	if len(cells) != 2 || h.field.header != cells[1].header || h.subject != cells[0].value {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(cells[0].header)) {
	case "name", "名称", "parameter", "参数", "item", "项目":
		return true
	}
	return false
}
