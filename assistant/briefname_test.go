package assistant

import "testing"

// 简述 asks for a work order's short text, as 描述 and 工作内容 do.
func TestShortTextIsNamedBrief(t *testing.T) {
	q := "PO 2079 那张工单的简述写的是什么？"
	if !namesField(q, questionWords(q), fieldNames("ShortText")) {
		t.Errorf("%q names no ShortText: %v", q, fieldNames("ShortText"))
	}
}
