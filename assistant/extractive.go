package assistant

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// Extractive answers from the evidence alone: computed values, graph facts
// and the passages' own sentences, each with its citation. It needs no
// model, is deterministic, and cannot say anything the evidence does not.
type Extractive struct {
	// MinCoverage is the share of the question's content terms the
	// evidence must contain before an answer is attempted.
	MinCoverage float64
	// MaxSentences bounds the passage sentences quoted.
	MaxSentences int
}

// NewExtractive returns the extractive answerer with tuned defaults.
func NewExtractive() *Extractive { return &Extractive{MinCoverage: 0.6, MaxSentences: 3} }

func (x *Extractive) Name() string { return "extractive" }

// minCoverage is MinCoverage, a tenth lower for questions of five terms
// or more: the way people ask adds words no document uses ("any figure",
// "the whole unit"), and each of them counts against a long question.
func (x *Extractive) minCoverage(q retrieval.Question) float64 {
	if len(q.Terms) >= 5 {
		return x.MinCoverage - 0.1
	}
	return x.MinCoverage
}

// Answer composes the answer or abstains; a compound question may be
// answered part by part.
func (x *Extractive) Answer(ctx context.Context, ev *retrieval.Evidence) (Draft, error) {
	d, err := x.answerComposed(ctx, ev)
	if err == nil && !d.Abstained && offStage(ev, d.Text) {
		return abstain(ev, ev.Question.AnswerLang(), "no cited passage is set in the factory the question asks about"), nil
	}
	if err == nil && !d.Abstained && offModel(ev, d.Text) {
		return abstain(ev, ev.Question.AnswerLang(), "every cited passage is about another model than the one asked"), nil
	}
	if err == nil && !d.Abstained && onlyDeclines(ev.Question.Text, d.Text) {
		return abstain(ev, ev.Question.AnswerLang(), "the cited passages say the documents do not give the asked value"), nil
	}
	if err == nil && !d.Abstained && undatedEvent(ev, d.Text) {
		return abstain(ev, ev.Question.AnswerLang(), "no cited passage dates the event the question asks about"), nil
	}
	if noun, ok := countedNounMissing(ev.Question.Text, d.Text); err == nil && !d.Abstained && ok {
		return abstain(ev, ev.Question.AnswerLang(), "no cited passage states how many "+noun), nil
	}
	if noun, ok := kindNounMissing(ev.Question.Text, d.Text); err == nil && !d.Abstained && ok {
		return abstain(ev, ev.Question.AnswerLang(), "no cited passage names the "+noun+" asked about"), nil
	}
	if err == nil && !d.Abstained && sizeFigureMissing(ev.Question.Text, d.Text) {
		return abstain(ev, ev.Question.AnswerLang(), "no cited passage states a size"), nil
	}
	if err == nil && !d.Abstained && untimedPeriod(ev.Question.Text, d.Text) {
		return abstain(ev, ev.Question.AnswerLang(), "no cited passage gives the length the question asks"), nil
	}
	if err == nil && !d.Abstained {
		d.Text = withoutLabelledMissing(withAskerLead(ev, d.Text), ev.Question.AnswerLang())
	}
	return d, err
}

// answerComposed is Answer before the asker's-language lead.
func (x *Extractive) answerComposed(ctx context.Context, ev *retrieval.Evidence) (Draft, error) {
	d, err := x.answerWhole(ctx, ev)
	if err != nil || len(ev.Unknown) > 0 || d.recordFields > 1 {
		return d, err // a record that gives every field asked answers the parts in one place
	}
	// Parts answer a compound question the whole of which finds nothing,
	// or one with a part the documents leave open, which is then named,
	// or one listing an item's attributes, each of which has its own row.
	// A question said with a remark after it ("…? the manual and the data
	// sheet don't agree") is answered as asked, without the remark's words.
	// An FAQ entry that asks what the remark says as well ("… why is there
	// no voltage when measuring?") is the same question, remark and all;
	// the question without it matches the entry less well.
	if p, complete, ok := x.answerParts(ctx, ev); ok && !d.remarkAsked && (d.Abstained || !complete || len(questionParts(ev.Question.Text)) == 1 || listsAttributes(ev.Question.Text) || missesPartMeasure(ev.Question.Text, d.Text) || askedSeparately(ev.Question.Text, d.Text, p.Text) || complete && saysLess(d.Text, p.Text)) {
		return p, nil
	}
	return d, nil
}

// asksRemarkToo reports an FAQ entry of two questions answering a question
// with a remark said after it ("does G36 work as an IO? my multimeter
// shows no voltage"): the entry's second question is the remark.
func asksRemarkToo(question, entry string) bool {
	i := strings.LastIndexAny(question, "?？")
	if i < 0 {
		return false
	}
	if _, size := utf8.DecodeRuneInString(question[i:]); strings.TrimSpace(question[i+size:]) == "" {
		return false // no remark after the question
	}
	return strings.Count(entry, "?")+strings.Count(entry, "？") >= 2
}

// answerWhole answers the question as one.
func (x *Extractive) answerWhole(ctx context.Context, ev *retrieval.Evidence) (Draft, error) {
	// "how often" reads as "what" from here on; an interval answers it.
	often, timeTaken := asksHowOften.MatchString(ev.Question.Text), asksTimeTaken(ev.Question.Text)
	ev = withMeasureNouns(ev)
	lang := ev.Question.AnswerLang()
	if len(ev.Unknown) > 0 {
		return abstain(ev, lang, "no document available mentions "+strings.Join(ev.Unknown, ", ")), nil
	}
	names := &namer{ents: ev.Entities, rows: ev.Items}
	var parts []string
	cq := contentQuestion(ev)
	codes := codeTerms(ev)
	_, asksAttribute := itemQuestion(ev)
	measure := memo.get(ev).measure(ev)
	unpeopled := ""   // the column a table answer grouped by, where people were asked
	doerless := false // a listing, where who did a job was asked
	dateless := false // a listing, where when a thing was done was asked
	for _, c := range ev.Computed {
		if (isListing(c) || c.Kind == "bom") && asksDuration(ev.Question.Text) {
			continue // "how many hours" counts time, not parts
		}
		if totalOfOtherPart(ev, c) {
			continue // "how many bolts …": the casing gasket's one piece counts no bolts
		}
		if (c.Kind == "bom" || c.Kind == "where_used") && countsOwnNoun(ev.Question.Text) {
			continue // "how many holes in the wheels" counts no wheels
		}
		if (c.Kind == "bom" || c.Kind == "where_used") && ofOtherDocument(ev, c) {
			continue // "motors for the openflexure stage": the rover's list says nothing of it
		}
		if c.Kind == "bom" && c.TargetID == "" && c.Metric == "" && c.FromProse() {
			continue // a part-of tree read from prose is no bill of materials
		}
		if c.Kind == "bom" && c.TargetID == "" && c.Metric == "" && whichNounMissing(ev, c) {
			continue // "which battery pack …": a parts list with no battery in it
		}
		explosion := c.Kind == "bom" && c.TargetID == "" && c.Metric == "" && !asksParts(ev.Question.Text)
		if (explosion || measureNotSteps(ev, c)) && asksMeasure(ev.Question.Text) {
			continue // "how much torque can joint 2 deliver" asks a value, not its parts
		}
		if asksAttribute && (c.Kind == "routing" || c.Kind == "fault_tree" || explosion) && !computedCovers(ev, c, cq) {
			continue // asked for a value, not the listing its intent suggested
		}
		if c.Kind == "fault_tree" && asksTripPoint(ev.Question.Text) && unitsOf(ev.Question.Text) != nil {
			continue // "what trip current should the relay be set to" asks a setting, not why the motor trips
		}
		if c.Kind == "routing" && asksStandardTime(ev.Question.Text) {
			continue // "standard time of the hydrostatic test operation": the routing table's figure, not its steps
		}
		if c.Kind == "routing" && timeTaken && !statesDuration(computedText(ev, c)) {
			continue // "how long does it take to mount the impeller": its steps give no time
		}
		if c.Kind == "routing" && measure.units != nil && !measure.statesValue(computedText(ev, c)) {
			continue // "what torque for the impeller nut": steps cut short of the value
		}
		if (c.Kind == "bom" || c.Kind == "where_used") && asksStock(ev.Question.Text) {
			continue // "O形圈推荐库存几个": the stock to keep, not how many the pump holds
		}
		if groupsOtherThanPeople(ev.Question.Text, c) {
			unpeopled = c.Plan.GroupBy
			continue // "which technician did the most": rows grouped by place name no one
		}
		if isListing(c) && askedDoer.MatchString(ev.Question.Text) {
			doerless = true
			continue // "这份 FMEA 由谁审核的": its failure modes name no reviewer
		}
		if isListing(c) && c.Kind != "table" && askedDate.MatchString(ev.Question.Text) {
			dateless = true
			continue // "when was the FMEA carried out": its failure modes give no date
		}
		if isListing(c) && !codesIn(identifiers(codes), computedText(ev, c)) {
			continue // computed for another code ("E03" when E01 is asked)
		}
		if c.Kind == "where_used" && len(c.Cites) > 0 && asksHowMany(ev.Question.Text) {
			parts = append(parts, renderWhereUsedCount(c, lang, names)) // "how many wheels": the total first
		} else if s := renderComputed(c, lang, names); s != "" {
			parts = append(parts, inAskedCountWord(s, ev.Question.Text))
		}
	}
	structural := len(parts) > 0
	if !structural && unpeopled != "" {
		return abstain(ev, lang, "the table counts by "+unpeopled+", which names no people"), nil
	}
	if !structural && doerless {
		return abstain(ev, lang, "no listed row names who did it"), nil
	}
	if !structural && dateless {
		return abstain(ev, lang, "no listed row gives the date asked"), nil
	}
	// A question that matches an FAQ entry, or names one field of a
	// record, has its answer in one place; a listing computed for the
	// question's intent ("how much grease" read as a BOM) does not beat it.
	if !structural || listingOnly(ev) {
		if text, entry, ok := faqEntryAnswer(ev, lang, often); ok && !faqMeasureMissing(ev, text) {
			return Draft{Text: text, remarkAsked: asksRemarkToo(ev.Question.Text, entry)}, nil
		}
		if text, ok := componentsAnswer(ev, lang); ok && !structural {
			return Draft{Text: text}, nil
		}
		if text, fields, ok := fieldAnswer(ev, lang); ok {
			return Draft{Text: text, recordFields: fields}, nil
		}
		if text, ok := symptomAnswer(ev, lang); ok {
			return Draft{Text: text}, nil
		}
	}
	if !structural {
		if field, ok := missingAttribute(ev); ok {
			return abstain(ev, lang, "no passage about the question's item states its "+field), nil
		}
	}
	if cov := max2(ev.Trace.Coverage, answerCoverage(ev)); !structural && cov < x.minCoverage(ev.Question) {
		return abstain(ev, lang, fmt.Sprintf("evidence covers %.0f%% of the question's terms", 100*cov)), nil
	}
	facts := renderFacts(ev, lang, names)
	if facts != "" {
		parts = append(parts, facts)
	}
	// A computed answer stands on its own; stated facts need at most the
	// one sentence that best puts them in context.
	max := x.MaxSentences
	switch {
	case structural:
		max = 0
	case facts != "":
		max = 1
	}
	if text, ok := toolsListAnswer(ev); ok && !structural {
		parts = append(parts, text)
	} else if text, ok := toolLinesAnswer(ev); ok && !structural {
		parts = append(parts, text)
	} else if text, ok := stepsAnswer(ev); ok && !structural {
		parts = append(parts, text)
	} else if sentences := withListsAfterLeads(ev, withFigures(ev, facts != "" || structural, bestSentences(ev, max, asked{often: often, timeTaken: timeTaken}))); len(sentences) > 0 {
		if strings.Contains(facts, msgConflict.in(lang)) {
			// The facts already set the sources' values side by side.
			sentences = slices.DeleteFunc(sentences, func(s string) bool { return strings.HasPrefix(s, msgConflict.in(lang)) })
		}
		if folded, ok := foldRestatement(facts, strings.Join(sentences, " ")); ok && len(sentences) == 1 && parts[len(parts)-1] == facts {
			parts[len(parts)-1] = folded
			sentences = nil
		}
		if len(sentences) > 0 {
			parts = append(parts, strings.Join(sentences, "\n"))
		}
	}
	if len(parts) == 0 {
		return abstain(ev, lang, "no passage states anything about the question's terms"), nil
	}
	text := strings.Join(parts, "\n\n")
	if unit, ok := unitFigureMissing(ev.Question.Text, text); ok && !structural {
		return abstain(ev, lang, "no passage states a figure in "+unit), nil
	}
	if unit, ok := situationUnitMissing(ev.Question.Text, text); ok && !structural {
		return abstain(ev, lang, "no passage states a figure in "+unit+" to set the asker's against"), nil
	}
	if !structural && measureValueMissing(ev, text) {
		return abstain(ev, lang, "no passage states a value of the measure asked"), nil
	}
	if !structural && minimumUnstated(ev, text) {
		return abstain(ev, lang, "no passage states the least value asked"), nil
	}
	if !structural && periodUnstated(ev.Question.Text, text) {
		return abstain(ev, lang, "no passage states how long it lasts"), nil
	}
	if !structural && doerUnstated(ev, text) {
		return abstain(ev, lang, "no passage names who did it"), nil
	}
	if !structural && tripPointUnstated(ev.Question.Text, text) {
		return abstain(ev, lang, "no passage states the value at which it trips"), nil
	}
	return Draft{Text: text}, nil
}

func abstain(ev *retrieval.Evidence, lang, reason string) Draft {
	d := Draft{Abstained: true, Reason: reason, Text: msgDontKnow.in(lang)}
	d.Related = relatedTopics(ev)
	if len(d.Related) > 0 {
		d.Text += "\n" + msgRelated.in(lang) + strings.Join(d.Related, "; ")
	}
	return d
}

// relatedTopics offers the sections the nearest passages come from: they
// are visible to the caller (retrieval filtered them) and say what the
// documents do cover.
func relatedTopics(ev *retrieval.Evidence) []string {
	var out []string
	seen := map[string]bool{}
	for _, it := range ev.Items {
		t := topicTitle(it.Chunk)
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
		if len(out) == 3 {
			break
		}
	}
	return out
}

// topicTitle names a passage's place once: the document title, then the
// section path without the headings that repeat the title ("bom › bom").
func topicTitle(c kg.Chunk) string {
	parts := []string{}
	if c.DocTitle != "" {
		parts = append(parts, c.DocTitle)
	}
	for _, s := range c.Section {
		if s != "" && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return c.DocURI
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return parts[0] + " › " + strings.Join(parts[1:], " › ")
}

// renderFacts states the strongest graph facts: parameter values (with
// conflicts side by side), causes and remedies.
func renderFacts(ev *retrieval.Evidence, lang string, names *namer) string {
	var lines []string
	iq, attr := itemQuestion(ev)
	aq, asked := attributeQuestion(ev.Question)
	codes := codeTerms(ev)
	all := codes
	measure := memo.get(ev).measure(ev)
	zhItems := askedZHCompounds(ev.Question.Text)
	for _, f := range ev.Facts {
		if len(lines) == 4 || !f.Answers || len(f.Cites) == 0 {
			continue
		}
		if f.Type == kg.HasParameter && attr && !namesItem(iq, all, f.FromName+" "+supportText(ev, f.Cites)) {
			continue // a value of another item
		}
		if f.Type == kg.HasParameter && attr && (otherOfKindEN(iq, f.FromName) || zhItems.namesOther(f.FromName)) {
			continue // the anchor bolts' torque, asked for the casing bolt's
		}
		if !codesIn(codes, f.FromName+" "+f.ToName+" "+supportText(ev, f.Cites)) {
			continue // about another model or code than the one asked
		}
		if f.Type == kg.HasParameter && namesNoAttribute(f.FromName, f.ToName) {
			continue // "Parallel gripper of Parallel gripper: 1mm" says which value it is not
		}
		if !statesAttribute(aq, asked, f.ToName+" "+strings.Join(names.aliases(f.To), " ")+" "+supportText(ev, f.Cites)) {
			continue // another attribute of the item
		}
		if f.Type == kg.HasParameter && asked && attributeElsewhere(ev, f, aq, names) {
			continue // "Focal length of Tube lens: 50mm" beside the passage's "Outer diameter: 12.7mm"
		}
		if f.Type == kg.HasParameter && measure.onlyListed(f.ToName) {
			continue // "Weight (pump, motor, base plate, control box)" is the whole's, asked of the control box
		}
		if f.Type == kg.HasParameter && measure.statesOtherMeasure(factValues(f)) {
			continue // "Motor winding: 500 V", the test's voltage, states no resistance
		}
		if f.Type == kg.CausedBy && asksWhatToDo(ev.Question.Text) && !causeAsked.MatchString(ev.Question.Text) {
			continue // "how do we recover it" asks what to do, not why it happened
		}
		if s := factSentence(ev, f, lang, names); s != "" {
			lines = append(lines, s)
		}
	}
	return strings.Join(lines, "\n")
}

// factValues are a fact's values as written, its own and each source's.
func factValues(f retrieval.Fact) string {
	values := []string{valueText(f.Props)}
	for _, s := range f.Sources {
		values = append(values, valueText(s.Props))
	}
	return strings.Join(values, "; ")
}

func factSentence(ev *retrieval.Evidence, f retrieval.Fact, lang string, names *namer) string {
	from, to := names.display(f.From, f.FromName, lang), names.display(f.To, f.ToName, lang)
	switch f.Type {
	case kg.HasParameter:
		if f.Conflict {
			return conflictSentence(ev, f, lang, from, to)
		}
		if isSentenceName(from) {
			// A step named by its own text ("Grout the four M16 anchor
			// bolts and tighten them to 120 N·m…") reads badly after "of";
			// the step itself is quoted next.
			return fmt.Sprintf("%s: %s %s", upperFirst(to), valueText(f.Props), marks(f.Cites))
		}
		if lang == "zh" {
			return fmt.Sprintf("%s的%s：%s %s", from, to, valueText(f.Props), marks(f.Cites))
		}
		return fmt.Sprintf("%s of %s: %s %s", upperFirst(to), from, valueText(f.Props), marks(f.Cites))
	case kg.CausedBy:
		if lang == "zh" {
			return fmt.Sprintf("%s的可能原因：%s %s", from, to, marks(f.Cites))
		}
		return fmt.Sprintf("%s may be caused by: %s %s", upperFirst(from), to, marks(f.Cites))
	case kg.RemediedBy:
		if lang == "zh" {
			return fmt.Sprintf("%s的处理方法：%s %s", from, to, marks(f.Cites))
		}
		return fmt.Sprintf("Remedy for %s: %s %s", from, to, marks(f.Cites))
	}
	return ""
}

// isSentenceName reports an entity named by a sentence of its document,
// as steps are, rather than by a noun.
func isSentenceName(name string) bool {
	return strings.HasSuffix(name, "…") || len(strings.Fields(name)) > 6 || utf8.RuneCountInString(name) > 40
}

// conflictSentence shows every source's value with its own citation.
func conflictSentence(ev *retrieval.Evidence, f retrieval.Fact, lang, from, to string) string {
	// Only sources that name the asked item take part, and values equal
	// after normalisation are one value: a conflict is two sources giving
	// different values for the same attribute of the same item.
	iq, _ := itemQuestion(ev)
	var values []string
	cites := map[string][]int{}
	for _, s := range f.Sources {
		n := itemOfChunk(ev, s.ChunkID)
		if n == 0 {
			continue
		}
		it, _ := ev.Item(n)
		if !namesItem(iq, codeTerms(ev), f.FromName+" "+it.Chunk.SectionPath()+" "+it.Chunk.Text) {
			continue
		}
		v := valueText(s.Props)
		k := normValue(v)
		if _, ok := cites[k]; !ok {
			values = append(values, v)
		}
		if !slices.Contains(cites[k], n) {
			cites[k] = append(cites[k], n)
		}
	}
	switch len(values) {
	case 0:
		return ""
	case 1:
		if lang == "zh" {
			return fmt.Sprintf("%s的%s：%s %s", from, to, values[0], marks(cites[normValue(values[0])]))
		}
		return fmt.Sprintf("%s of %s: %s %s", upperFirst(to), from, values[0], marks(cites[normValue(values[0])]))
	}
	var alts []string
	for _, v := range values {
		ns := cites[normValue(v)]
		alts = append(alts, fmt.Sprintf("%s %s (%s)", v, marks(ns), docLabel(ev, ns[0])))
	}
	if lang == "zh" {
		return fmt.Sprintf("%s%s的%s：%s", msgConflict.in(lang), from, to, strings.Join(alts, "；"))
	}
	return fmt.Sprintf("%s%s of %s: %s", msgConflict.in(lang), to, from, strings.Join(alts, " vs "))
}

// normValue compares values as written apart from spacing, case and the
// spellings of common units ("48 m3/h" is "48 m³/h", "45 Nm" is "45 N·m").
func normValue(v string) string {
	v = strings.ToLower(strings.Join(strings.Fields(v), ""))
	return unitSpellings.Replace(v)
}

var unitSpellings = strings.NewReplacer("m3/h", "m³/h", "n.m", "n·m", "nm", "n·m", "℃", "°c", "rpm", "r/min")

func itemOfChunk(ev *retrieval.Evidence, chunkID string) int {
	for _, it := range ev.Items {
		if it.Chunk.ID == chunkID {
			return it.N
		}
	}
	return 0
}

func docLabel(ev *retrieval.Evidence, n int) string {
	it, _ := ev.Item(n)
	if it.Chunk.DocTitle != "" {
		return it.Chunk.DocTitle
	}
	return it.Chunk.DocURI
}

// asked is what the question asked before its measure words were read
// as nouns: "how long does it take" reads "what does it take" after.
type asked struct{ often, timeTaken bool }

// bestSentences quotes the passage sentences that cover most of what the
// question asks. The names of linked products are context, not content:
// "the price of the HF-CP200" needs a sentence about price.
func bestSentences(ev *retrieval.Evidence, max int, orig asked) []string {
	if max == 0 {
		return nil
	}
	q := documentedTerms(ev, withAskedAttribute(ev, askedContent(ev)))
	if len(q.Terms) == 0 {
		return nil
	}
	// Pairs cut across the asking words ("泵最" of 吸泵最多能吸) are in no
	// passage and would count against every one.
	phrases, running := askingPhrases(ev.Question.Text), normalRunningClauses(ev.Question.Text)
	q = withoutStraddlesOf(q, ev.Question.Text, phrases)
	q = withoutTermsWhere(q, func(t string) bool { return inAskedForm(t, ev.Question.Text, running) })
	q = withoutTermsWhere(q, func(t string) bool { return onlyAsksRemedy(t, ev.Question.Text) })
	iq, attr := itemQuestion(ev)
	places := askedPlaces(ev)
	aq, asked := attributeQuestion(ev.Question)
	item := withoutAskingPhrases(withoutTerms(q, aq.Terms), ev.Question.Text, phrases)
	madeOf := madeOfItem(q, ev.Question.Text)
	inner := innerPart(ev.Question.Text)
	codes := codeTerms(ev)
	// A code the graph knows as an entity ("Pressure signal fault (E07)"
	// from the FMEA) is still defined where a code list opens a line with it.
	named := append(slices.Clone(codes), linkedCodes(ev)...)
	measure := memo.get(ev).measure(ev)
	timeTaken, howOften := orig.timeTaken || asksTimeTaken(ev.Question.Text), orig.often
	lasting := asksHowLongLasting(ev.Question.Text)
	several := asksSeveral.MatchString(ev.Question.Text)
	members := asksWhichItems.MatchString(ev.Question.Text)
	figures := figureAnswered(ev)
	// "what is the rated current of the motor" is answered by a value in
	// amperes; the fault code that names the rated current in passing
	// ("110 % of rated current") must not set the bar for it.
	valueAsked := measure.units != nil && asksMeasureValue(ev.Question.Text)
	owner, _ := askedMeasureOwner(ev.Question.Text)
	// Why a code shows is what the code means: "E05是什么原因" is answered
	// by "E05 出口超压：出口压力超过设定值".
	meaning := asksMeaning(ev.Question.Text) || (causeAsked.MatchString(ev.Question.Text) || asksCodeThreshold.MatchString(ev.Question.Text)) && len(identifiers(codes)) > 0
	howTo := asksHowAboutCode(ev.Question.Text, codes)
	described := len(identifiers(codes)) == 0 && asksWhatToDo(ev.Question.Text)
	entryRemedy := asksWhatToDo(ev.Question.Text) && len(identifiers(codes)) == 0
	shortLinked := faultCodes(ev)
	period := asksPeriod(ev.Question.Text)
	offered := choices(ev.Question.Text)
	factory := asksFactoryStage(ev.Question.Text)
	fastener := askedFastener(ev.Question.Text)
	whichPart := asksWhichPart(ev, aq.Text, asked)
	measured := measuredItem(ev)
	zhMeasured := zhMeasuredItem(ev.Question.Text)
	userItem := otherLanguageItem(ev.Question)
	zhItems := askedZHCompounds(ev.Question.Text)
	product, productAsked := askedProduct(ev)
	total := asksTotalCount(ev.Question.Text)
	counted := countedLines(ev)
	tripAsked := asksTripPoint(ev.Question.Text) && unitsOf(ev.Question.Text) != nil
	examples := askedExamples(ev.Question.Text)
	state := askedState(ev.Question.Text)
	leftOut := leftOutTerms(ev.Question.Text)
	latin := latinItem(ev.Question.Text)
	trouble := troubleTerms(ev.Question.Text)
	troubled := withoutTerms(q, circumstanceTerms(ev.Question.Text))
	sets := tokenSets{}
	// A size asked of a named part is not the product's overall size.
	// The item as the question names it: terms every passage shares
	// (控制箱 when all evidence is about it) still name it.
	var namedItem retrieval.Question
	sizeOfNamedItem := false
	if asked && asksSize(aq.Text) {
		namedItem = withoutAskingPhrases(withoutTerms(withoutTerms(ev.Question, aq.Terms), includedTerms(ev.Question.Text)), ev.Question.Text, phrases)
		sizeOfNamedItem = len(translatable(withoutTermsWhere(namedItem, func(t string) bool { return productTerm(ev, t) })).Terms) > 0
	}
	lowerQ := strings.ToLower(ev.Question.Text)
	arrival := asksArrival.MatchString(lowerQ)
	deviation := askedDeviation(ev.Question.Text)
	var all []scored
	titled := map[string]bool{}
	for _, it := range ev.Items {
		if !quotableForStage(factory, it.Chunk) {
			continue
		}
		section := partsListSection(total, it.Chunk, sectionWords(it.Chunk))
		fq := faqQuestion(it.Chunk)
		if fq != "" && !namesAskedParts(ev, fq+" "+it.Chunk.Text) {
			continue // "replace it in about 2 hours", under the seal's entry, is no time for the impeller
		}
		if fq != "" && share(q, retrieval.TokenSet(fq)) < 0.67 && reverseShare(ev, fq) < 0.5 {
			// An FAQ answer under another question speaks for itself: its
			// question's words are not the user's.
			section = ""
		}
		folder := folderModels(it.Chunk.DocURI)
		for _, s := range append(quoteCandidates(it.Chunk), specTitle(it.Chunk, titled)...) {
			remedied := false // an entry that goes on to say what to do
			if it.Chunk.Kind != "table_row" && (entryRemedy || definesCode(s, shortLinked)) {
				// the code's own entry says what it is, why it shows and
				// what to do, past its head sentence
				whole := wholeEntry(it.Chunk.Text, s)
				s, remedied = whole, entryRemedy && whole != s
			}
			// A question states nothing: an FAQ's question is never the answer.
			if isQuestion(s) || isLeadIn(s) || !codesInSets(append(shortLinked, codes...), s+" "+section+" "+docName(it.Chunk)+" "+lineHead(it.Chunk.Text, s)+" "+stepSoFar(it.Chunk.Text, s)+" "+fq, sets) {
				continue
			}
			// A passage in the other language matches through the glossary
			// alone, on the attribute's word; it must name the item too.
			// So must a data sheet's line for the size of a named item
			// ("控制箱箱体外形尺寸": the sheet's overall size is the pump's).
			guard := (attr || sizeOfNamedItem && reSheetLine.MatchString(s)) && otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang())
			keyed, isKeyed := keyedRowShare(q, it.Chunk, codes)
			states := statesAttributeSets(attributeIn(aq, it.Chunk.Lang, ev.Question.AnswerLang()), asked, s+" "+section, sets) || isKeyed && columnsName(aq, it.Chunk)
			// A code list's line states the code's meaning without the word;
			// the code it opens with is the item asked, named.
			// The rest of the asked code's entry says how to deal with it.
			defining := meaning && definesCode(s, named) || howTo && inCodeEntry(it.Chunk.Text, s, codes)
			states = states || defining
			// The item named right before the measure ("高分辨率版本用的管镜焦距")
			// is the item, where its page names it; the rest qualifies it.
			guard = guard && !(zhMeasured != nil && namesMeasuredItem(zhMeasured, s+" "+section+" "+docName(it.Chunk), sets))
			if guard && !defining && !namesGuardedItem(attr, iq, namedItem, codes, s+" "+section, it.Chunk, sets) || !states || !defining && !measure.agreesIn(s, placeOf(it.Chunk)+" "+stepSoFar(it.Chunk.Text, s), docName(it.Chunk), folder) {
				continue
			}
			// A material's name states a material, of the item it is
			// written about: the impeller's stainless steel does not say
			// what the casing is made of.
			if asked && asksMaterial(aq.Text) && len(item.Terms) > 0 && !namesMaterialOwner(item, sets.of(s+" "+section)) {
				continue
			}
			if otherCircuit(ev.Question.Text, s) {
				continue // a control fuse's 2 A does not size the supply fuse
			}
			if !namesDeviation(deviation, s+" "+section) {
				continue // the coupling's permitted misalignment is no limit of the impeller's run-out
			}
			if asked && ratesHeadNotItem(item, aq, s) {
				continue // the control box's IP55 is not its transmitter's
			}
			if !namesInnerPart(ev.Question, inner, sets.of(s+" "+section)) {
				continue // the seal's silicon carbide is not its spring's
			}
			if !asked && len(madeOf.Terms) > 0 && (!namesMaterialOwner(madeOf, sets.of(s+" "+section)) || !statesMaterial(s)) {
				continue // "what's the casing gasket made of": the casing's HT250 is not the gasket's, nor is its stock
			}
			if !namesAskedPlace(places, s+" "+section+" "+docName(it.Chunk)+" "+locationWords(it.Chunk.DocURI)) {
				continue // the robot's storage temperature does not answer for the OpenFlexure microscope
			}
			if otherDistance(ev.Question.Text, s+" "+section) {
				continue // "at 1 m" does not answer "at 3 metres"
			}
			if otherOperatingState(state, s) {
				continue // the running current does not answer for the locked-rotor current
			}
			if len(measure.units) > 0 && !defining && otherOfLatinItem(latin, s) {
				continue // "管镜（tube lens）": the condenser lens's focal length is another lens's
			}
			if labelsLeftOut(leftOut, s) {
				continue // "without the motor": the motor's 52 kg does not answer
			}
			if asked && figureApart(attributeIn(aq, it.Chunk.Lang, ev.Question.AnswerLang()), s, sets) {
				continue // "接地电阻应不大于 4 Ω；测量绕组绝缘电阻": the 4 Ω is the earthing resistance's
			}
			if timeTaken && (!statesDuration(s) || intervalOnly(s)) {
				continue // "how long does it take" is answered by a time
			}
			if arrival && !statesDuration(s) {
				continue // "how long would we wait for one" is answered by a lead time, not "wait until it has cooled"
			}
			if howOften && !statesInterval.MatchString(s+" "+lineHead(it.Chunk.Text, s)) {
				continue // "how often" is answered by an interval or the condition for it, not by how long it takes
			}
			if otherWorkTimed(it.Chunk, lowerQ) {
				continue // an assembly operation's time is not the repair's
			}
			if asked && len(unitsOf(aq.Text)) > 0 && !defining && !namesWholeItem(item, s+" "+section+" "+docName(it.Chunk)) {
				continue // a value of another item in the asked unit
			}
			if attr && len(measure.units) > 0 && !defining && (otherOfKindEN(iq, s+" "+section) || zhItems.namesOther(s+" "+section)) {
				continue // the anchor bolts' torque does not answer for the casing bolts
			}
			if valueAsked && !defining && owner.namesOther(s) {
				continue // the ambient temperature does not answer for the bearings'
			}
			if productAsked && measure.statesValue(s) && !namesProduct(product, s+" "+section+" "+docName(it.Chunk), sets) {
				continue // the robot's payload does not answer for its suction pump
			}
			if !namesMeasuredItem(measured, s+" "+section+" "+docName(it.Chunk), sets) || namesSiblingItem(zhMeasured, s) {
				continue // "what diameter lens": an LED's diameter
			}
			if otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang()) && !namesOtherLanguageItem(userItem, s+" "+section+" "+docName(it.Chunk), sets) {
				continue // the motors' screws do not answer for the camera's
			}
			cq, stated := choiceStated(periodStated(q, period, s), offered, s+" "+section)
			if !stated {
				continue // "electric or air driven?" is not answered by the colour
			}
			ratio := share(cq, statedTerms(aq, item, asked && !otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang()), s, section+" "+listItemLead(it.Chunk.Text, s)))
			if isKeyed {
				ratio = max2(ratio, keyed)
			}
			if measure.statesValue(s) && pageOfLatinItem(latin, section+" "+docName(it.Chunk)) && share(attributeIn(aq, it.Chunk.Lang, ev.Question.AnswerLang()), sets.of(s)) >= 0.999 {
				ratio = max2(ratio, 1) // "Focal length: 50mm" on the "Tube lens" page answers "管镜（tube lens）焦距"
			}
			if statesBothChoices(offered, s) {
				ratio = 1
			}
			cr, cbonus, _ := countedLineScore(ev.Question.Text, counted, s, it.Chunk)
			ratio = max2(ratio, cr)
			score := ratio + 0.5*it.Score + cbonus
			checked := len(measure.units) > 0 && checkedInFaultRow(it.Chunk, ev.Question)
			if measure.statesValue(s) && !checked || fastener.answeredBy(s) || lasting && statesDuration(s) || several && pairedValues.MatchString(s) || members && listsItems.MatchString(s) || whichPart && namesPartCode(s, ev.Question.Text) || totalOfList(total, s, it.Chunk) {
				score += measureValueBonus // "72 dB(A)" answers "how loud"; "crackling noise" does not
			}
			if checked {
				score -= measureValueBonus // the value a fault's remedy checks comes after the rating
			}
			if tripAsked && !tripPointUnstated(ev.Question.Text, s) && share(item, sets.of(s+" "+section)) > 0 {
				// "overcurrent 16.3 A" is where the relay trips; the FMEA
				// row naming the relay, without the figure, answers nothing
				score++
				ratio = max2(ratio, tripPointRatio)
			}
			if namesTrouble(trouble, s, sets.of(s)) {
				// "otherwise it will jam" answers "keeps jamming when I
				// push it in", held to the trouble, not its circumstances
				ratio = max2(ratio, share(troubled, sets.of(s+" "+section)))
				score += measureValueBonus
			}
			if holdsExample(examples, s) {
				score += measureValueBonus // "比如 2403015": the sentence that writes the asker's example explains it
			}
			if labelNamesAll(q, s) {
				score += measureValueBonus // "Recommended supply fuse: 25 A" is what the question names, stated
			}
			if labelIsAskedName(ev.Question, s) {
				// Named as the documents name what the everyday words ask:
				// the manual's supply fuse before a spare fuse's row that
				// ranks higher on the bare word.
				score += 2 * measureValueBonus
			}
			if asked && namesAttributeWhole(aq.Text, s) && !checked {
				score += wholeAttributeBonus
			}
			if otherLanguage(it.Chunk.Lang, ev.Question.AnswerLang()) {
				ratio = max2(ratio, translatedShare(q, s, section, titleUnlessHeading(it.Chunk), sets))
				// The asker's own language first, where it says as much.
				score += ratio - share(q, sets.of(s+" "+section)) - otherLanguagePenalty + phraseBonus(q, s)
			}
			// A figure about what the passages are about is held to the
			// bar of the sentences that state one (see figureFloor).
			// So is a list of values for a question asking several ("which
			// flow points": "at 0, 20, 40 and 48 m³/h").
			figure := figures && statesFigure(ev, s) && namesCommonTermsSets(ev, q, s+" "+section+" "+it.Chunk.DocTitle, sets) || fastener.answeredBy(s) || several && pairedValues.MatchString(s) && measure.statesValue(s) || valueAsked && measure.statesValue(s) && !checked
			defines := meaning && definesCode(s, named) || howTo && inCodeEntry(it.Chunk.Text, s, codes) || described && inDescribedCodeEntry(ev.Question, it.Chunk.Text, s) || remedied && ratio >= 0.99
			if defines {
				ratio, score = 1, score+1
			}
			if howTo && inCodeEntry(it.Chunk.Text, s, codes) {
				s = restOfEntry(it.Chunk.Text, s) // "…恢复出厂参数；无效时更换保护器 HC-10": the fallback too
			}
			all = append(all, scored{text: s, n: it.N, ratio: ratio, score: score, lang: it.Chunk.Lang, title: it.Chunk.DocTitle, figure: figure, defines: defines})
		}
	}
	all = rangeAnswers(ev.Question.Text, all)
	all = ceilingsFirst(ev.Question.Text, all)
	if lasting {
		all = timedOnly(all)
	}
	if len(all) == 0 {
		return nil
	}
	best, bestFigure := 0.0, 0.0
	for _, s := range all {
		best = max2(best, s.ratio)
		if s.figure {
			bestFigure = max2(bestFigure, s.ratio)
		}
	}
	floor := max2(minSentenceCoverage, 0.75*best)
	// figureFloor: a question only a figure answers is not answered by a
	// sentence without one that shares more of its words ("the fingers
	// open and close"), so such a sentence does not raise the bar for the
	// figure's row.
	figureFloor := max2(minSentenceCoverage, 0.75*bestFigure)
	lang := ev.Question.AnswerLang()
	// The quotes are the best by score. Where none is a whole sentence in
	// the asker's own language, the best such sentence joins them and
	// leads: a Chinese question is answered first by the Chinese manual's
	// sentence, while the English quotes that may alone hold the asked
	// value stay.
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	own := func(s scored) bool { return !otherLanguage(s.lang, lang) && !isWindow(s.text) }
	var picked []scored
	seen := map[string]bool{}
	windowed := map[int]bool{}
	take := func(s scored) {
		seen[s.text] = true
		windowed[s.n] = windowed[s.n] || isWindow(s.text)
		picked = append(picked, s)
	}
	usable := func(s scored) bool {
		// One window of a run-on line: the next overlaps it.
		return (s.ratio >= floor || s.figure && s.ratio >= figureFloor) && !seen[s.text] && !(isWindow(s.text) && windowed[s.n]) && !overlapsPicked(picked, s)
	}
	for _, s := range all {
		if len(picked) == max {
			break
		}
		if usable(s) {
			take(s)
		}
	}
	if i := slices.IndexFunc(all, func(s scored) bool { return usable(s) && own(s) }); i >= 0 && !slices.ContainsFunc(picked, own) {
		take(all[i])
	}
	chosen := len(picked)
	sort.SliceStable(picked, func(i, j int) bool { return own(picked[i]) && !own(picked[j]) })
	// The code's definition, or its entry's instruction where asked how,
	// leads a record that only mentions the code.
	sort.SliceStable(picked, func(i, j int) bool { return picked[i].defines && !picked[j].defines })
	picked = withoutRepeatedWindows(picked, own, aq.Text, ev.Question.Text)
	picked = ownLanguageRows(ev, picked, own, lang)
	picked = ownLanguageTwins(picked, all, own)
	picked = withoutEchoes(picked, own)
	// A quote dropped as another's echo frees its place for the next
	// quote of the asked code's entry: asked what E03 is and how to clear
	// it, the English row that the Chinese one translates makes room for
	// the entry's remedy.
	for _, s := range all {
		if len(picked) >= chosen {
			break
		}
		if s.defines && usable(s) && len(withoutEchoes(append(slices.Clone(picked), s), own)) > len(picked) {
			take(s)
		}
	}
	picked = withoutSiblingEntries(picked, q)
	picked = withReasonAfter(ev, withLimitAfter(ev, measure, picked))
	// A passage as good that gives another value is quoted too, and the
	// difference said first.
	lead := disagreeingQuote(ev, measure, picked, all, floor, take, seen)
	if lead == "" && asksWorkTime(lowerQ) {
		lead = timeRivalLead(ev, picked, take, seen)
	}
	if lead == "" {
		lead = jointRangeRival(ev, picked, take, seen)
	}
	var out []string
	if lead != "" {
		out = append(out, lead)
	}
	for _, s := range picked {
		line := fmt.Sprintf("%s [%d]", s.text, s.n)
		if otherLanguage(s.lang, lang) {
			line += " " + otherLabel(s.text, s.lang, s.title, lang)
		}
		out = append(out, line)
	}
	return out
}

// overlapsPicked reports a quote that holds, or is held by, one already
// picked: a sentence and the same sentence joined to the one that points
// back to it (see pointedBack) say it once.
func overlapsPicked(picked []scored, s scored) bool {
	return slices.ContainsFunc(picked, func(p scored) bool {
		return strings.Contains(p.text, s.text) || strings.Contains(s.text, p.text)
	})
}

// scored is a candidate quote with its share of the question and rank.
type scored struct {
	text   string
	n      int
	ratio  float64
	score  float64
	lang   string
	title  string
	figure bool
	// defines: the sentence opens with an asked code and says what it
	// means, which answers "what does E06 mean" in either language; or,
	// asked how to deal with the code, it follows the head of the code's
	// entry and says how; or, asked what to do about a fault the question
	// describes, it is the whole entry of the code for that fault.
	defines bool
}

// timedOnly keeps, of the quotes for "how long can it run with the valve
// shut", those that give a time, where one that shares the question's
// words does: "Close the discharge valve, then press STOP" shares more of
// them than the 30 s limit, and answers nothing asked.
func timedOnly(all []scored) []scored {
	timed := func(s scored) bool { return statesDuration(s.text) }
	if !slices.ContainsFunc(all, func(s scored) bool { return timed(s) && s.ratio >= minSentenceCoverage }) {
		return all
	}
	return slices.DeleteFunc(all, func(s scored) bool { return !timed(s) })
}

// checkedInFaultRow reports a row of a troubleshooting table whose
// symptom the question does not describe: a value it gives is one its
// remedy says to check ("check the supply voltage (380 V ±10%)"), which
// does not state the measure as the specification does, so it does not
// lead "what voltage does it need".
func checkedInFaultRow(c kg.Chunk, q retrieval.Question) bool {
	if c.Kind != "table_row" {
		return false
	}
	cells := rowCells(c.Text)
	if len(cells) < 2 || !faultRow(cells) {
		return false
	}
	symptom := retrieval.ContentTerms(cells[0].value)
	asked := retrieval.TokenSet(q.Text)
	said := 0
	for _, t := range symptom {
		if asked[t] {
			said++
		}
	}
	return 2*said < len(symptom) // "motor" alone does not describe "Motor trips with E01"
}

// measureValueBonus ranks a sentence giving a value in the asked
// measure's unit above those that only name the measure.
const measureValueBonus = 0.3

// tripPointRatio is the share of a question's words a sentence giving
// the asked protection's setting counts as stating: the setting is what
// "at what current should it trip" asks, in whatever words.
const tripPointRatio = 0.6

// otherLanguagePenalty ranks a quote in the other language below one in
// the asker's that covers the question as well.
const otherLanguagePenalty = 0.05

// minSentenceCoverage is the share of the question's content a quoted
// sentence must carry; below it the sentence is about something else.
const minSentenceCoverage = 0.4

// contentQuestion drops the terms that only name a linked product, and the
// terms nearly every passage shares ("myCobot 280" in a myCobot manual)
// unless they name another linked entity:
// they say which corpus the question is about, not what it asks.
func contentQuestion(ev *retrieval.Evidence) retrieval.Question {
	return memo.get(ev).content(ev)
}

func computeContentQuestion(ev *retrieval.Evidence) retrieval.Question {
	q := ev.Question
	var context, items []string
	for _, l := range ev.Linked {
		if l.Entity.Type == kg.Product {
			context = append(context, retrieval.ContentTerms(l.Surface)...)
		} else {
			items = append(items, retrieval.ContentTerms(l.Surface)...)
		}
	}
	common := commonTerms(ev)
	var terms []string
	for _, t := range q.Terms {
		// A linked part's name is common to the passages because they are
		// about it; it still names what is asked.
		if !slices.Contains(context, t) && (!common[t] || slices.Contains(items, t)) {
			terms = append(terms, t)
		}
	}
	terms = withoutStraddlesOfDropped(ev, q.Text, terms, common)
	if len(terms) == 0 {
		terms = q.Terms
	}
	q.Terms = terms
	return q
}

// askedContent is the question's content for choosing a sentence: where
// every passage is about the asked item ("actuator column") and only the
// asking is left beside it ("how many do I build"), the item's name is
// what the sentence must state.
func askedContent(ev *retrieval.Evidence) retrieval.Question {
	q := contentQuestion(ev)
	if slices.ContainsFunc(q.Terms, func(t string) bool { return !phrasingWords[t] }) {
		return q
	}
	return withoutTermsWhere(ev.Question, func(t string) bool { return productTerm(ev, t) })
}

// withoutTerms is q without the terms in drop.
func withoutTerms(q retrieval.Question, drop []string) retrieval.Question {
	var terms []string
	for _, t := range q.Terms {
		if !slices.Contains(drop, t) {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q
}

// withAskedAttribute gives back to q the terms of the attribute the
// question asks for that contentQuestion dropped as common: passages
// share them because they state the attribute ("关节运动范围" heads every
// row of the joint-range table), and a sentence must be scored on them.
func withAskedAttribute(ev *retrieval.Evidence, q retrieval.Question) retrieval.Question {
	aq, ok := attributeQuestion(ev.Question)
	if !ok {
		return q
	}
	var terms []string
	for _, t := range ev.Question.Terms {
		if slices.Contains(q.Terms, t) || slices.Contains(aq.Terms, t) {
			terms = append(terms, t)
		}
	}
	q.Terms = terms
	return q
}

// commonTerms are question terms found in most of the evidence passages.
func commonTerms(ev *retrieval.Evidence) map[string]bool {
	out := map[string]bool{}
	if len(ev.Items) < 4 {
		return out
	}
	sets := make([]map[string]bool, len(ev.Items))
	for i, it := range ev.Items {
		sets[i] = retrieval.TokenSet(it.Chunk.DocTitle + " " + it.Chunk.SectionPath() + " " + it.Chunk.Text)
	}
	for _, t := range ev.Question.Terms {
		n := 0
		for _, s := range sets {
			if s[t] {
				n++
			}
		}
		if 5*n >= 3*len(sets) {
			out[t] = true
		}
	}
	return out
}

func otherLanguage(chunkLang, answerLang string) bool {
	switch answerLang {
	case "zh":
		return chunkLang == "en"
	default:
		return chunkLang == "zh"
	}
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func max2(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// otherLabel labels a quote in the other language with its document and a
// short gloss of the glossary words it holds, so a reader who does not
// read that language still sees what it is about.
func otherLabel(text, textLang, title, lang string) string {
	if g := retrieval.Gloss(text, textLang, 3); len(g) > 0 {
		sep := "; "
		if lang == "zh" {
			sep = "；"
		}
		return fmt.Sprintf(msgFromOtherGl.in(lang), title, strings.Join(g, sep))
	}
	return fmt.Sprintf(msgFromOther.in(lang), title)
}

// namesNoAttribute reports a parameter named by its item's own name: read
// off a table whose header is the item ("Name | Parallel gripper"), it says
// nothing of which of the item's values it is.
func namesNoAttribute(item, param string) bool {
	return strings.EqualFold(strings.TrimSpace(item), strings.TrimSpace(param))
}

// askedSeparately reports a question that asks two things, each with its
// own question mark ("保修期多久？易损件保吗？"), where the whole's answer
// leaves out what a part's answer says: the whole's best sentence may
// answer only one of them.
func askedSeparately(question, whole, parts string) bool {
	if strings.Count(question, "?")+strings.Count(question, "？") < 2 && !zhAsksTwice(question) {
		return false
	}
	for _, p := range strings.Split(parts, "\n\n") {
		if !strings.Contains(whole, strings.TrimSpace(reMarker.ReplaceAllString(p, ""))) {
			return true
		}
	}
	return false
}

// zhAsksTwice reports a Chinese question whose comma joins two clauses
// that each ask ("视场角多大，镜头焦距是多少"): two questions under one mark,
// or one after a question mark that has none of its own ("温度上限是多少？
// 温升多少以内算正常").
var zhClauseMarks = regexp.MustCompile(`[，？?]`)

// asksLimitOfIt is a clause of limit words only ("最高不能超过多少"): it
// asks the limit of what the clause before names, one question with it.
func asksLimitOfIt(c string) bool {
	return asksItsLimit(zhLimitOfIt.ReplaceAllString(c, ""))
}

var zhLimitOfIt = regexp.MustCompile(`最高|最低|最多|最少|不能|不得|不可|不要|超过|低于|高于`)

func zhAsksTwice(question string) bool {
	asking := 0
	for _, c := range zhClauseMarks.Split(strings.TrimRight(question, "？?。 "), -1) {
		if zhAsks.MatchString(zhIndefinite.Replace(c)) && !asksLimitOfIt(c) {
			asking++
		}
	}
	return asking >= 2
}

// A question asking several values at once ("flange sizes?",
// "进出口分别多大") is answered first by a sentence pairing them ("DN65 /
// DN50"), before one giving one of them ("Suction flange: DN65").
var (
	asksSeveral = regexp.MustCompile(`(?i)^\s*what\s+are\b|\bboth\b|\b(?:sizes|diameters|connections|flanges|ports|values|points|speeds|settings|flows|pressures|temperatures|voltages|torques|loads)\b|分别|各是|各为|哪几个|哪几|哪些`)
	// pairedValues give several values at once: "DN65 / DN50", "at 0, 20,
	// 40 and 48 m³/h".
	pairedValues = regexp.MustCompile(`[A-Za-z]*\d[\d.,]*\s*/\s*[A-Za-z]*\d|\d+(?:\.\d+)?(?:\s*[,，、]\s*\d+(?:\.\d+)?)+\s*(?:,?\s*(?:and|or|和|及|至)\s*\d)`)
	// asksWhichItems asks for the members of a kind ("which parts aren't
	// covered"): a sentence that lists them ("Wear parts (mechanical seal,
	// coupling spider, wear ring, O-rings) are excluded") answers it before
	// one that only names the kind ("Wear parts are not covered").
	asksWhichItems = regexp.MustCompile(`(?i)\b(?:which|what)\s+(?:parts|items|components|pieces|ones|things)\b|哪些(?:零件|部件|备件|件|东西)|什么(?:零件|部件|备件)`)
	listsItems     = regexp.MustCompile(`\([^()]*,[^()]*,[^()]*\)|（[^（）]*[，、][^（）]*[，、][^（）]*）|[^,，、]+[,，、][^,，、]+[,，、][^,，、]+(?:,|，|、|\band\b|和|及)`)
)

// reSheetLine is a data sheet's line, a label and its figure
// ("Overall length × width × height: 1050 × 420 × 520", "Suction flange:
// DN65 PN16"): the label names the attribute, the sheet the item.
var reSheetLine = regexp.MustCompile(`^[^:：]{2,60}[:：]\s*(?:\d|[A-Z]{1,3}\s?\d)`)

// namesGuardedItem reports a passage in the other language that names
// the item asked about: the item of a linked attribute by half its words,
// and the item of an attribute named in words by any of them, where the
// passage is ("Viton O ring" on the page titled so answers for the
// microscope's O-ring; the data sheet's overall size does not for the
// control box enclosure).
func namesGuardedItem(linkedAttr bool, iq, item retrieval.Question, codes []string, text string, c kg.Chunk, sets tokenSets) bool {
	if linkedAttr {
		return namesItemSets(translatable(iq), codes, text, sets)
	}
	return share(translatable(item), sets.of(text+" "+c.DocTitle+" "+docName(c))) > 0
}
