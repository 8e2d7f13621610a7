package assistant

import (
	"strings"
	"testing"
)

// A question naming a product by the folder its documents are kept in is
// not answered from another product's document that never names it.
func TestAnotherProductsPassageDoesNotAnswer(t *testing.T) {
	robot := item(1, "a", "在运输和长期储存过程中，环境温度应保持在-20 至+55°C 的范围内。", "zh", "第三章 用户须知")
	robot.Chunk.DocURI = "corpus/mycobot280-manual-zh-en/cn/3-UserNotice/notice.md"
	scope := item(2, "b", "The microscope body is printed in PLA.", "en", "Printing the plastic parts")
	scope.Chunk.DocURI = "corpus/openflexure-v6/docs/1_printing.md"
	ans := answer(t, evidence("what ambient temperature range can the OpenFlexure microscope be used in?", robot, scope))
	if strings.Contains(ans.Answer, "-20") {
		t.Errorf("the robot's storage temperature answered for the microscope: %q", ans.Answer)
	}
	ans = answer(t, evidence("what ambient temperature range can the myCobot be stored in?", robot, scope))
	if !strings.Contains(ans.Answer, "-20") {
		t.Errorf("the robot's own storage temperature refused: %q", ans.Answer)
	}
}
