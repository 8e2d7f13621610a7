package assistant

import (
	"slices"
	"strings"
	"testing"
)

// A question asking two things is answered part by part when the whole
// finds no answer, and the part the documents leave open is named.
func TestCompoundQuestionAnsweredByParts(t *testing.T) {
	ev := evidence("How heavy is the adaptive gripper, and what colour is its anodised housing?",
		item(1, "a", "Weight of the adaptive gripper: 110 g.", "en", "Gripper"),
		item(2, "b", "The gripper opens from 20 to 45 mm.", "en", "Gripper"))
	ev.Trace.Coverage = 0
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "110 g") {
		t.Fatalf("answer = %q", ans.Answer)
	}
	if !strings.Contains(ans.Answer, "The documents do not answer: what colour is its anodised housing") {
		t.Fatalf("answer does not name the open part: %q", ans.Answer)
	}
}

func TestQuestionParts(t *testing.T) {
	for q, want := range map[string]int{
		"泵转了但是流量一直上不去，可能是什么原因？":                                                                    0,
		"在海拔 1500 米的地方用，电机要降额吗？降多少？":                                                               2,
		"吸泵的吸盘多大，能吸多重？":                                                                            2,
		"What does a replacement impeller cost and how long is the wait?":                          2,
		"What is the rated head?":                                                                  0,
		"Is it rated for 50 Hz and 60 Hz?":                                                         0,
		"控制箱屏幕黑了，什么都不显示，电是通的":                                                                      0,
		"吸盘多大，能吸多重，我们用在流水线上":                                                                       2,
		"关节怎么都转不动，是什么原因":                                                                           0,
		"自适应夹爪的夹持范围和重量":                                                                            2,
		"自适应夹爪的夹持范围以及重量是多少？":                                                                       2,
		"夹持范围和重量":                                                                                  0, // no item to ask them of
		"安装时管道接好以后还要检查什么？允许偏差多少":                                                                   2,
		"parallel gripper weight and gripping range?":                                              2,
		"铭牌上的出厂编号是按什么规则编的？比如 2403015 这种号码怎么看？":                                                     0, // an example of what it asks
		"What's the usable gripping range and the maximum gripping force of the parallel gripper?": 2,
		"what are the weight and payload of the arm?":                                              2,
		"flat base size and weight":                                                                2,
		"Does it need oil and grease?":                                                             0,
		"I dropped the arm and now the third joint grinds when it turns":                           0,
		// A remark or a tag after the question is no part of its own: the
		// question is asked without it.
		"at what voltage does the box trip? customer keeps calling about it": 1,
		"what is the factory tolerance? tighter than site spec right?":       1,
		"what is the factory tolerance? is it tighter than site spec?":       2,
		// "What should I check?" asks what the symptom's entry answers.
		"pump noisy at high flow? what should I check?": 0,
		"第一次开泵前要做什么准备？听说这泵不能自吸":                         1,
		"新泵启动前要检查什么？我们是第一次装":                            1,
		"轮子要自己钻孔吗？孔离中心多远":                               2,
		"额定流量是多少？扬程呢？":                                  2,
		// The asker's own case, said after the question without asking.
		"泵最多能吸多高的水？水池在泵下面四米左右": 1,
		"扭矩多少？请列出步骤":           2,
		// A part asking of "it" asks of what the part before names.
		"Control box shows E09 after a lightning storm. How do we recover it?": 0,
	} {
		if got := len(questionParts(q)); got != want {
			t.Errorf("%s: %d parts, want %d", q, got, want)
		}
	}
}

// A part asking only a tolerance or limit is asked of what the part
// before it names.
func TestLimitPartAskedOfThePartBefore(t *testing.T) {
	for q, want := range map[string][]string{
		"安装时管道接好以后还要检查什么？允许偏差多少": {"安装时管道接好以后还要检查什么", "安装时管道接好以后还要检查什么 允许偏差多少"},
		"叶轮怎么检查？公差是多少？":          {"叶轮怎么检查", "叶轮怎么检查 公差是多少"},
		"泵体用什么材料？重量多少？":          {"泵体用什么材料", "重量多少"},
		"吸盘多大，能吸多重？":             {"吸盘多大", "能吸多重"},
	} {
		if got := questionParts(q); !slices.Equal(got, want) {
			t.Errorf("%s: parts %q, want %q", q, got, want)
		}
	}
}

// Two items said apart (分别) are each asked what the clause asks.
func TestEachItemListParts(t *testing.T) {
	for q, want := range map[string][]string{
		"泵体和叶轮分别用的什么材料":    {"泵体用的什么材料", "叶轮用的什么材料"},
		"电机和控制箱各自的防护等级是多少": {"电机的防护等级是多少", "控制箱的防护等级是多少"},
		"吸泵和夹爪的重量":         nil, // no 分别: perhaps the two together
		"泵体和叶轮分别":          nil, // nothing asked
	} {
		if got := eachItemList(q); !slices.Equal(got, want) {
			t.Errorf("%s: parts %q, want %q", q, got, want)
		}
	}
}

// One item's attributes listed under one 的 are asked of the item each.
func TestAttributeListParts(t *testing.T) {
	for q, want := range map[string][]string{
		"自适应夹爪的夹持范围和重量":       {"自适应夹爪的夹持范围", "自适应夹爪的重量"},
		"自适应夹爪的夹持范围以及重量是多少？":  {"自适应夹爪的夹持范围", "自适应夹爪的重量是多少"},
		"泵的进口、出口口径":           {"泵的进口", "泵的出口口径"},
		"钻机的发动机是什么品牌、什么型号":    {"钻机的发动机是什么品牌", "钻机的发动机的什么型号"},
		"高分辨率版本用的管镜焦距和直径是多少？": {"高分辨率版本用的管镜焦距", "高分辨率版本用的管镜直径是多少"}, // the item runs on into the first measure
		"电机的额定功率":             nil,
		"吸泵和夹爪的重量":            nil, // two items, one attribute
	} {
		if got := attributeList(q); !slices.Equal(got, want) {
			t.Errorf("%s: parts %q, want %q", q, got, want)
		}
	}
}

// Each listed attribute is answered by its own row: taken whole, the
// weight's unit ranks the rows in grams first and the range is lost.
func TestListedAttributesAnsweredEach(t *testing.T) {
	ev := evidence("自适应夹爪的夹持范围和重量",
		item(1, "a", "夹持范围 — 自适应夹爪 20-45mm.", "zh", "自适应夹爪"),
		item(2, "b", "最大夹持力 — 自适应夹爪 150g.", "zh", "自适应夹爪"),
		item(3, "c", "重量 — 自适应夹爪 110g.", "zh", "自适应夹爪"))
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "20-45mm") || !strings.Contains(ans.Answer, "110g") {
		t.Fatalf("answer = %q, want the range and the weight", ans.Answer)
	}
}

// Two measures joined by "and" are asked each, the rest of the clause
// kept; "and" between other words parts nothing.
func TestMeasurePairParts(t *testing.T) {
	for q, want := range map[string][]string{
		"what flow and head does the pump deliver at the duty point": {"what flow does the pump deliver at the duty point", "what head does the pump deliver at the duty point"},
		"what are the rated voltage and the current of the motor":    {"what are the rated voltage of the motor", "what are the rated current of the motor"},
		"Weight and power?":                 {"Weight?", "power?"},
		"is the head and shoulders cleaned": nil, // "shoulders" is no measure
		"flow and pressure gauge readings":  {"flow gauge readings", "pressure gauge readings"},
		"what is the rated flow":            nil,
	} {
		if got := enMeasureList(q); !slices.Equal(got, want) {
			t.Errorf("%s: parts %q, want %q", q, got, want)
		}
	}
}

// Two measures asked together are answered by a row each, although each
// row holds only one of the two measures' words and the curve's rows
// hold both. Each part is held to what retrieval found of the whole, as
// the words the rows leave out ("designed", "deliver") are the same.
func TestMeasurePairAnsweredEach(t *testing.T) {
	ev := evidence("what's the pump actually designed to deliver - flow and head at the duty point?",
		item(1, "a", "Flow (m³/h): 20; Head (m): 36.2; Efficiency (%): 58", "en", ""),
		item(2, "b", "Rated flow: 40 m³/h (±5%).", "en", ""),
		item(3, "c", "Rated head: 32 m (±3%).", "en", ""))
	ev.Trace.Coverage = 0.8 // what retrieval found of the whole question
	ans := answer(t, ev)
	if ans.Abstained || !strings.Contains(ans.Answer, "40 m³/h") || !strings.Contains(ans.Answer, "32 m") {
		t.Fatalf("answer = %q, want the rated flow and the rated head", ans.Answer)
	}
}

// An item's attributes listed in English are each asked of the item.
func TestEnglishAttributeListParts(t *testing.T) {
	for q, want := range map[string][]string{
		"parallel gripper weight and gripping range?": {"parallel gripper weight", "parallel gripper gripping range"},
		"the weight and payload of the arm":           {"the weight of the arm", "payload of the arm"},
		"pump flow and head":                          {"pump flow", "pump head"},
	} {
		if got := enItemAttributeList(q); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", q, got, want)
		}
	}
	for _, q := range []string{"Is it rated for 50 Hz and 60 Hz?", "weight and size", "泵的流量和扬程"} {
		if got := enItemAttributeList(q); got != nil {
			t.Errorf("%s: %q, want no parts", q, got)
		}
	}
}

// A part answered by what another part already said is not said twice,
// though a listing cites a marker on every line.
func TestPartSaidAlreadyWhateverItsMarkers(t *testing.T) {
	listing := "“spares” has 2 rows. [1][2]\n- A-1 — Seal; Recommended stock: 2 [1]\n- A-2 — O-ring; Recommended stock: 4 [2]"
	for _, c := range []struct {
		text string
		said bool
	}{
		{listing, true},
		{"Wear parts are not covered. [3]", true},
		{"“spares” has 2 rows. [4][5]\n- A-1 — Seal; Recommended stock: 2 [4]\n- A-2 — O-ring; Recommended stock: 4 [5]", true},
		{"备件共有2条记录。 [1]", false},
	} {
		texts := []string{listing, "The warranty is 18 months. Wear parts are not covered. [6]"}
		if got := saidAlready(texts, c.text); got != c.said {
			t.Errorf("%q: said = %v, want %v", c.text, got, c.said)
		}
	}
}
