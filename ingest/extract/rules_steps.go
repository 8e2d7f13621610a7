package extract

import (
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// ruleStepState carries the last step of each procedure across chunks, since
// a chunker often puts each list item of a procedure in its own chunk.
type ruleStepState struct {
	last map[string]string // procedure id -> last step id
}

func newRuleStepState() *ruleStepState { return &ruleStepState{last: map[string]string{}} }

// ruleStep is one numbered step found in a chunk.
type ruleStep struct {
	order int
	text  string
	start int // byte offset of text in the folded chunk text
}

// stepsIn records Process(procedure) -HAS_STEP{order}-> Process(step),
// NEXT_STEP between steps, and what each step uses and sets. It reports
// whether the chunk held steps, whose values then belong to the steps.
func (rs *ruleSet) stepsIn(sink *extractSink, c kg.Chunk, t ruleText, subject string, st *ruleStepState) bool {
	steps := rs.findSteps(t.norm)
	if len(steps) == 0 {
		return false
	}
	procName := subject
	if len(c.Section) > 0 {
		procName = c.Section[len(c.Section)-1]
	}
	if procName == "" {
		procName = "procedure"
	}
	proc := sink.entity(c, kg.Process, procName)
	for _, s := range steps {
		step := sink.add(c, extractEntity{typ: kg.Process, name: extractShorten(s.text, rs.stepMax),
			props: kg.Props{"procedure": procName, "text": s.text}})
		sink.relate(c, kg.HasStep, proc, step, kg.Props{"order": strconv.Itoa(s.order)})
		if prev := st.last[proc]; prev != "" {
			sink.relate(c, kg.NextStep, prev, step, nil)
		}
		st.last[proc] = step
		rs.stepUses(sink, c, step, s.text)
		sub := ruleText{norm: s.text, orig: t.orig[s.start : s.start+len(s.text)+1], raw: t.raw}
		rs.parametersIn(sink, c, sub, step)
	}
	return true
}

// findSteps returns the numbered lines of text. A bare "3." list counts only
// when the chunk has at least two such lines or is a single list item, so a
// stray number in prose is not a procedure.
func (rs *ruleSet) findSteps(text string) []ruleStep {
	var out []ruleStep
	bare := 0
	offset := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\r\n")
		for k, re := range rs.steps {
			m := re.FindStringSubmatchIndex(body)
			if m == nil {
				continue
			}
			n, _ := strconv.Atoi(body[m[2*re.SubexpIndex("n")]:m[2*re.SubexpIndex("n")+1]])
			ti := re.SubexpIndex("text")
			out = append(out, ruleStep{order: n, text: body[m[2*ti]:m[2*ti+1]], start: offset + m[2*ti]})
			if k == len(rs.steps)-1 {
				bare++
			}
			break
		}
		offset += len(line)
	}
	if bare == 1 && len(out) == 1 && strings.Count(strings.TrimSpace(text), "\n") > 0 {
		return nil
	}
	return out
}

// stepUses links the tools and part numbers a step names.
func (rs *ruleSet) stepUses(sink *extractSink, c kg.Chunk, step, text string) {
	for _, m := range rs.tools.FindAllStringSubmatch(text, -1) {
		sink.relate(c, kg.Uses, step, sink.entity(c, kg.Tool, m[1]), nil)
	}
	for _, part := range rs.partNumbersIn(sink, c, text) {
		sink.relate(c, kg.Uses, step, part, nil)
	}
}
