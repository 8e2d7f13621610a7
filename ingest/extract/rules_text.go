package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// partNumbersIn records a Part for every part number the chunk mentions,
// named and keyed by the number so that it meets the BOM row of that number.
// Where patterns overlap ("IMP-01" inside "CP200-IMP-01") the longest wins.
func (rs *ruleSet) partNumbersIn(sink *extractSink, c kg.Chunk, text string) []string {
	var spans [][2]int
	for _, re := range rs.partNumbers {
		for _, m := range re.FindAllStringIndex(text, -1) {
			spans = append(spans, [2]int{m[0], m[1]})
		}
	}
	sort.Slice(spans, func(i, j int) bool {
		if spans[i][0] != spans[j][0] {
			return spans[i][0] < spans[j][0]
		}
		return spans[i][1] > spans[j][1]
	})
	var ids []string
	seen := map[string]bool{}
	end := -1
	for _, sp := range spans {
		if sp[0] < end {
			continue
		}
		end = sp[1]
		pn := strings.Join(strings.Fields(text[sp[0]:sp[1]]), "")
		if !seen[pn] {
			seen[pn] = true
			ids = append(ids, sink.add(c, extractEntity{typ: kg.Part, name: pn, props: kg.Props{"part_no": pn}}))
		}
	}
	return ids
}

// standardsIn records Subject -COMPLIES_WITH-> Standard.
func (rs *ruleSet) standardsIn(sink *extractSink, c kg.Chunk, text, subjectID string) {
	for _, s := range rs.standard.FindAllString(text, -1) {
		std := sink.entity(c, kg.Standard, strings.Join(strings.Fields(s), " "))
		sink.relate(c, kg.CompliesWith, subjectID, std, nil)
	}
}

// ruleSegment is the text after one troubleshooting label.
type ruleSegment struct {
	kind string
	text string
}

// troubleIn reads symptom / cause / remedy labels, "if ..., check ..."
// sentences and Q/A pairs whose question states a problem.
func (rs *ruleSet) troubleIn(sink *extractSink, c kg.Chunk, text, subjectID string) {
	if segs := rs.segments(text); len(segs) > 0 {
		rs.troubleChains(sink, c, segs, subjectID)
	}
	for _, re := range rs.ifThen {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			symptom := sink.entity(c, kg.Symptom, ruleGroup(re, m, "symptom"))
			sink.relate(c, kg.HasSymptom, subjectID, symptom, nil)
			sink.relate(c, kg.RemediedBy, symptom, sink.entity(c, kg.Action, extractShorten(ruleGroup(re, m, "action"), 80)), nil)
		}
	}
	for _, m := range rs.qa.FindAllStringSubmatch(text, -1) {
		q, a := ruleGroup(rs.qa, m, "q"), ruleGroup(rs.qa, m, "a")
		if !rs.statesProblem(q) {
			continue
		}
		symptom := sink.entity(c, kg.Symptom, extractShorten(strings.TrimRight(q, "?？"), 80))
		sink.relate(c, kg.HasSymptom, subjectID, symptom, nil)
		sink.relate(c, kg.RemediedBy, symptom, sink.entity(c, kg.Action, extractShorten(a, 80)), nil)
	}
}

func ruleGroup(re *regexp.Regexp, m []string, name string) string {
	if i := re.SubexpIndex(name); i >= 0 && i < len(m) {
		return m[i]
	}
	return ""
}

func (rs *ruleSet) statesProblem(q string) bool {
	lq := strings.ToLower(q)
	for _, w := range rs.problem {
		if strings.Contains(lq, w) {
			return true
		}
	}
	return false
}

// segments splits text at troubleshooting labels.
func (rs *ruleSet) segments(text string) []ruleSegment {
	li, bi := rs.labels.SubexpIndex("label"), rs.labels.SubexpIndex("bare")
	ms := rs.labels.FindAllStringSubmatchIndex(text, -1)
	var segs []ruleSegment
	for k, m := range ms {
		label := ""
		switch {
		case m[2*li] >= 0:
			label = text[m[2*li]:m[2*li+1]]
		case m[2*bi] >= 0:
			label = text[m[2*bi]:m[2*bi+1]]
		}
		end := len(text)
		if k+1 < len(ms) {
			end = ms[k+1][0]
		}
		if kind := rs.labelKind[strings.ToLower(label)]; kind != "" && m[1] < end {
			segs = append(segs, ruleSegment{kind: kind, text: text[m[1]:end]})
		}
	}
	return segs
}

// troubleChains links the labelled parts: each symptom to the causes and
// remedies that follow it. Causes and remedies listed in equal numbers pair
// up by position; otherwise remedies attach to the single cause, or to the
// symptom.
func (rs *ruleSet) troubleChains(sink *extractSink, c kg.Chunk, segs []ruleSegment, subjectID string) {
	symptom := ""
	if len(c.Section) > 0 && !rs.genericHeading(c.Section[len(c.Section)-1]) {
		symptom = c.Section[len(c.Section)-1]
	}
	var causes, remedies []string
	flush := func() {
		sid := ""
		if symptom != "" && (len(causes) > 0 || len(remedies) > 0) {
			sid = sink.entity(c, kg.Symptom, extractShorten(ruleFirstSentence(symptom), 60))
			sink.relate(c, kg.HasSymptom, subjectID, sid, nil)
		}
		rs.linkFault(sink, c, sid, causes, remedies)
		causes, remedies = nil, nil
	}
	for _, s := range segs {
		switch s.kind {
		case "symptom":
			flush()
			symptom = s.text
		case "cause":
			causes = append(causes, ruleItems(s.text)...)
		case "remedy":
			remedies = append(remedies, ruleItems(s.text)...)
		}
	}
	flush()
}

func (rs *ruleSet) linkFault(sink *extractSink, c kg.Chunk, symptomID string, causes, remedies []string) {
	causeIDs := make([]string, len(causes))
	for i, cs := range causes {
		causeIDs[i] = sink.entity(c, kg.Cause, extractShorten(cs, 80))
		sink.relate(c, kg.CausedBy, symptomID, causeIDs[i], nil)
	}
	for i, r := range remedies {
		action := sink.entity(c, kg.Action, extractShorten(r, 80))
		switch {
		case len(causeIDs) == len(remedies):
			sink.relate(c, kg.RemediedBy, causeIDs[i], action, nil)
		case len(causeIDs) == 1:
			sink.relate(c, kg.RemediedBy, causeIDs[0], action, nil)
		default:
			sink.relate(c, kg.RemediedBy, symptomID, action, nil)
		}
	}
}

var ruleEnum = regexp.MustCompile(`^(?:[(（]\d{1,2}[)）]|\d{1,2}[、)）.]|[①②③④⑤⑥⑦⑧⑨⑩])`)

// ruleItems splits an enumerated list ("1.xx 2、yy (3)zz") into its items;
// text without enumeration is one item.
func ruleItems(s string) []string {
	var items []string
	start := 0
	prevBoundary := true
	for i, r := range s {
		if prevBoundary {
			if loc := ruleEnum.FindStringIndex(s[i:]); loc != nil && !ruleDigitAt(s, i+loc[1]) {
				if item := extractCleanName(s[start:i]); item != "" {
					items = append(items, item)
				}
				start = i + loc[1]
			}
		}
		prevBoundary = strings.ContainsRune(" \n\t。；;，,:：", r)
	}
	if item := extractCleanName(s[start:]); item != "" {
		items = append(items, item)
	}
	return items
}

func ruleDigitAt(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }

func ruleFirstSentence(s string) string {
	if i := strings.IndexAny(s, "。；;\n"); i > 0 {
		return s[:i]
	}
	return s
}

// genericHeading reports whether a heading names a troubleshooting section
// rather than a symptom, so it is not taken for the symptom of its causes.
func (rs *ruleSet) genericHeading(h string) bool {
	h = strings.ToLower(h)
	for _, g := range rs.generic {
		if strings.Contains(h, g) {
			return true
		}
	}
	return false
}
