package assistant

import (
	"regexp"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A value asked for at the factory ("the hydro-test pressure", "出厂时的
// 对中偏差", "装配时绝缘电阻") is the value of the works' own tests and
// assembly steps. A passage written for the user's site (the alignment
// check after the pipes are connected, the discharge limit's factory
// setting) gives another value of the same kind, which must not stand in
// for it: where no cited passage is set in the factory, the answer is
// withheld.

// factoryStageAsked are the ways a question places its value in
// manufacture, the works' final test and inspection among them. "出厂默认" and "factory setting" ask a default the user
// sees, not a works step, so 出厂 followed by them is not one.
var factoryStageAsked = regexp.MustCompile(`(?i)\b(?:at|in) the factory\b|\bfactory (?:test|tolerance|acceptance|inspection|limit)|\bhydro(?:static)?[- ]?test|during assembly|\bin assembly\b|\bat assembly\b|\bfinal (?:test|inspection)|\bend[- ]of[- ]line (?:test|inspection)|\bbefore (?:shipping|shipment|dispatch)\b|\b(?:leaves?|leaving|left) the (?:factory|works|plant)\b|\bex[- ]works\b|终检|出厂(?:时|前|检验|试验|测试|水压|对中|性能)|装配时|组装时|水压试验`)

// factoryStageStated are the words that set a passage in the factory: the
// assembly instruction or routing it comes from, or the works test it
// describes.
var factoryStageStated = regexp.MustCompile(`(?i)assembly (?:operation|instruction|sop|process|routing|line)|\b(?:at|during|in) assembly\b|\bhydrostatic\b|\bhydro[- ]?test|\bfactory (?:test|tolerance|limit|acceptance|inspection)|performance test|acceptance test|作业指导|装配工艺|装配作业|装配时|水压试验|性能试验|验收试验|出厂(?:时|前|检验|试验|测试)`)

// asksFactoryStage reports a question that places its value in
// manufacture.
func asksFactoryStage(question string) bool { return factoryStageAsked.MatchString(question) }

// offStage reports an answer to a factory-stage question none of whose
// cited passages is set in the factory. An answer citing nothing is left
// to the checks that made it.
func offStage(ev *retrieval.Evidence, text string) bool {
	if !asksFactoryStage(ev.Question.Text) {
		return false
	}
	cited := false
	for _, m := range citeMarker.FindAllStringSubmatch(text, -1) {
		n := atoi(m[1])
		it, ok := ev.Item(n)
		if !ok {
			continue
		}
		cited = true
		if setInFactory(it.Chunk) {
			return false
		}
	}
	return cited
}

// setInFactory reports a passage set in the factory by its document,
// section or words.
func setInFactory(c kg.Chunk) bool {
	return factoryStageStated.MatchString(c.DocTitle + " " + c.SectionPath() + " " + c.Text)
}

// quotableForStage reports whether a passage may be quoted for the
// question: one asked in the factory quotes only passages set there, so a
// site value that matches its words better ("出厂默认 1.2 MPa") neither
// answers it nor raises the bar the works' own step must clear.
func quotableForStage(factory bool, c kg.Chunk) bool {
	return !factory || setInFactory(c)
}
