package retrieval

import "testing"

// Documents said to disagree are not what is asked: the value is.
func TestDocumentsSaidToDisagreeAreNotTerms(t *testing.T) {
	checkTerms(t, []termCase{
		{"说明书上的最大流量和数据表上写的不一样，到底是多少？", []string{"最大", "流量"}, []string{"说明", "明书", "据表", "不一", "一样", "到底"}},
		{"数据表和说明书给的最大流量对不上，以哪个为准？", []string{"最大", "流量"}, []string{"说明", "据表", "对不"}},
		// One document named, and no disagreement: it may be what is asked.
		{"说明书里写的额定电流是多少？", []string{"说明", "额定", "电流"}, nil},
		{"这两个型号的流量不一样吗？", []string{"流量", "一样"}, nil},
		{"这泵最大流量到底是多少，说明书和样本好像不一样", []string{"最大", "流量"}, []string{"好像", "说明"}},
		{"what resistor value for the LED? the pages dont agree", []string{"resistor", "led"}, []string{"page", "agre"}},
		{"max flow? the manual and the data sheet seem to differ", []string{"flow"}, []string{"manual", "sheet", "differ"}},
		// Parts that differ are what is asked.
		{"how do the two grippers differ?", []string{"gripper", "differ"}, nil},
	})
}
