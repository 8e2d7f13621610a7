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
		{"what resistor goes with the LED? the BOM and the illumination instructions don't seem to agree", []string{"resistor", "led"}, []string{"bom", "instruct", "seem", "agre"}},
		{"myCobot 280 本体到底多重？规格表和产品介绍里写的不一样", []string{"本体"}, []string{"规格", "介绍", "一样"}},
		{"what's the max flow a CP200 can handle? I've seen one number in the manual and another on the data sheet", []string{"max", "flow"}, []string{"seen", "number", "manual", "sheet"}},
		{"rated current? there's one figure in the manual but a different one on the spec sheet", []string{"rate", "current"}, []string{"figur", "manual", "spec", "sheet"}},
		{"how much end float is allowed? the installation manual and the factory assembly instruction give different figures", []string{"float"}, []string{"instal", "manual", "factori", "instruct", "differ", "figur"}},
		// Parts that differ are what is asked.
		{"how do the two grippers differ?", []string{"gripper", "differ"}, nil},
	})
}

// "这泵" is "this pump": its terms are the pump's, with no pair of
// characters across the demonstrative or the noun's neighbour.
func TestDemonstrativeIsNoTerm(t *testing.T) {
	checkTerms(t, []termCase{
		{"这泵额定流量和扬程是多少", []string{"泵", "额定", "流量", "扬程"}, []string{"这泵", "泵额"}},
		{"这台机械臂能举多重", []string{"机械", "械臂"}, []string{"这台", "台机"}},
	})
}

// The asker's own situation before a question for a limit names nothing
// a passage must hold; a figure that sets the point asked is kept.
func TestSituationBeforeALimitIsNoTerm(t *testing.T) {
	checkTerms(t, []termCase{
		{"our loop runs around 1.4 MPa, what's the max working pressure this pump can take?", []string{"max", "pressur"}, []string{"loop", "1.4"}},
		{"想抽85度左右的热水，介质温度上限是多少？", []string{"介质", "温度", "上限"}, []string{"85", "热水"}},
		{"at 30 m head, what flow do I get?", []string{"30", "head", "flow"}, nil},
		// A reading of the asker's in amperes or volts is as much theirs.
		{"钳形表测了一下电流16A，这个泵额定电流到底是多少？", []string{"额定", "电流"}, []string{"16a", "钳形"}},
		{"we measured 16 A on the motor, what is the rated current?", []string{"rate", "current"}, []string{"16", "measur"}},
		{"is 16 and 20 the range, what's the max?", []string{"16", "20"}, nil},
		{"our NPSHa is 3.4 m, what NPSH does the pump need?", []string{"npsh", "need"}, []string{"3.4"}},
		// A lead-in sentence ended by a full stop is as much the asker's.
		{"we expect peaks of about 49 m3/h on this loop. is that still inside the HF-CP200's maximum flow?", []string{"maximum", "flow"}, []string{"49", "peak", "loop"}},
		// Whether it is safe at the asker's figure, written against its "C".
		{"we pump hot water at 85C, is it safe to put a hand on the casing?", []string{"safe", "case"}, []string{"85c", "85", "water"}},
		{"水温85度，摸泵壳安全吗？", []string{"泵壳", "安全"}, []string{"85", "水温"}},
		// A full stop ends a lead-in only before a question.
		{"the dam is 120 m high. its builder needs which permit?", []string{"dam", "builder"}, nil},
		// A decimal point ends no sentence.
		{"our loop runs at 1.4 MPa, what's the max pressure?", []string{"max", "pressur"}, []string{"1.4", "loop"}},
		// Asked only whether the case will do, the case is what is asked about.
		{"customer wants to run 95 °C hot water through the CP200, is that ok or do they need something else?", []string{"hot", "water", "cp200"}, []string{"through", "need", "custom"}},
	})
}

// Greetings, the people asked and the asker's doubt carry nothing a
// passage must hold.
func TestGreetingsAreNoTerms(t *testing.T) {
	checkTerms(t, []termCase{
		{"hey, what rated flow and head is the HF-CP200 built for?", []string{"rate", "flow", "head"}, []string{"hey"}},
		{"which python version do you guys recommend? thanks!", []string{"python", "version"}, []string{"guy", "thank"}},
		// how often it fails the asker, and whether it is related, name nothing
		{"用 myStudio 烧固件老是失败，跟我装在 C 盘有关系吗？", []string{"mystudio", "固件", "失败"}, []string{"件老", "关系", "跟"}},
		{"does Roboflow still support mycobot?", []string{"roboflow", "support"}, []string{"still"}},
		{"新装的泵开起来不出水，出口压力基本是零，咋整？", []string{"出水", "压力"}, []string{"开起", "基本", "整"}},
		// whose complaint, the ticket it came on, the year's 年 and that a cause causes
		{"2025 年客户投诉振动大的那些单子，主要是什么原因造成的？", []string{"2025", "投诉", "振动", "原因"}, []string{"年客", "客户", "单子", "动大", "造成"}},
		// the hook-up planned, a length said long and what to watch out for
		{"要接变频器，电机线大概 30 米长，有什么要注意的吗？", []string{"变频", "电机"}, []string{"接变", "米长", "注意"}},
		// only the pump end, the rest left out
		{"不算电机和底座，光泵头本身大概多重？", []string{"泵头"}, []string{"光泵"}},
		// where on the rover the part is
		{"火星车上那个 goTube 端盖单价多少？", []string{"gotub", "端盖", "单价"}, []string{"车上"}},
		// a pack size written with a hyphen
		{"how many of the 32mm 6mm spacer 2-packs go into the rover body?", []string{"2", "pack"}, []string{"2-pack"}},
	})
}
