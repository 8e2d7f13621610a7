package assistant

// msg holds every fixed phrase in both answer languages, so templates never
// mix languages and adding one is one place.
type msg struct{ en, zh string }

func (m msg) in(lang string) string {
	if lang == "zh" {
		return m.zh
	}
	return m.en
}

var (
	msgDontKnow     = msg{"I don't know: the documents available to you do not cover this question.", "我不知道：您可查阅的资料中没有涉及这个问题的内容。"}
	msgRelated      = msg{"Related topics I can answer about: ", "我可以回答的相关主题："}
	msgConflict     = msg{"The sources disagree: ", "资料之间存在不一致："}
	msgFromOther    = msg{"(from the Chinese document “%s”)", "（摘自英文文档《%s》）"}
	msgFromOtherGl  = msg{"(from the Chinese document “%s”; glossary: %s)", "（摘自英文文档《%s》；词汇：%s）"}
	msgBOMTotal     = msg{"One %s contains %s %s in total", "每台%s共含%s%s"}
	msgBOMCount     = msg{"One %s contains %s in total", "每台%s共含%s"}
	msgBOMCost      = msg{"The parts of one %s cost %s in total (%d priced parts, each unit cost times the quantity one needs, through every level)", "每套%s的零件合计%s（共%d种有单价的零件，单价乘以整套用量，逐级累计）"}
	msgBOMCostShare = msg{"One %s holds %s of %s, so their parts cost %s", "每台%s含%s套%s，合计%s"}
	msgBOMSupplied  = msg{"One %s contains %s pieces from %s in total (%d kinds of part, each counted through every level)", "每台%s共含%s件%s供应的零件（%d种，逐级累计）"}
	msgBOMPieces    = msg{"One %s contains %s pieces in total over the %d lines asked about, each counted through every level:", "每台%s共含%s个（所问%d项合计，逐级累计）："}
	msgBOMVia       = msg{" (via %s)", "（经由%s）"}
	msgBOMList      = msg{"Parts of %s, with quantities rolled up for one %s:", "%s的物料组成（按每台%s汇总数量）："}
	msgWhereUsed    = msg{"%s is used in:", "%s用于："}
	msgWhereTop     = msg{"In total, one %s needs %s %s.", "每台%s共需%s%s。"}
	msgSupplies     = msg{"Parts supplied by %s:", "%s供应的零件："}
	msgMadeOf       = msg{"Parts made of %s:", "以%s制造的零件："}
	// msgLinesCounted says how many lines a listing holds, after its head.
	msgLinesCounted = msg{" %d in all.", "共 %d 个。"}
	msgHoldsMadeOf  = msg{"Assemblies with parts made of %s:", "含有以%s制造的零件的组件："}
	msgHoldsSupply  = msg{"Assemblies with parts supplied by %s:", "含有%s供应的零件的组件："}
	msgNext         = msg{"After %s comes %s.", "%s之后是%s。"}
	msgPrevious     = msg{"Before %s comes %s.", "%s之前是%s。"}
	msgRouting      = msg{"Steps of %s:", "%s的步骤："}
	msgFaultTree    = msg{"Possible causes of “%s”:", "“%s”的可能原因："}
	msgRemedy       = msg{"remedy: ", "处理方法："}
	msgRemedyDirect = msg{"Remedy: ", "处理方法："}
	msgFMEAMax      = msg{"The highest %s is %s:", "%s最高为%s："}
	msgFMEAMin      = msg{"The lowest %s is %s:", "%s最低为%s："}
	// msgFMEATop heads the rows of a ranking, ties with the last included.
	msgFMEATop       = msg{"The %d highest by %s%s:", "按%[2]s从高到低的前%[1]d项%[3]s："}
	msgFMEABottom    = msg{"The %d lowest by %s%s:", "按%[2]s从低到高的前%[1]d项%[3]s："}
	msgFMEAAvg       = msg{"The average %s is %s over %d FMEA rows%s.", "%s的平均值为%s（共%d条FMEA记录%s）。"}
	msgFMEAModeCount = msg{"%[2]d failure modes (%[1]d FMEA rows) have %[3]s %[4]s %[5]s%[6]s.", "共有%[2]d个不同的失效模式（%[1]d条FMEA记录）的%[3]s%[4]s%[5]s%[6]s。"}
	msgFMEACount     = msg{"%d FMEA rows (%d distinct failure modes) have %s %s %s%s.", "共有%d条FMEA记录（%d个不同的失效模式）的%s%s%s%s。"}
	msgFMEAList      = msg{"FMEA rows%s, by %s:", "FMEA记录%s（按%s排序）："}
	// msgFMEANone says a listing's bound kept no row: "No FMEA row has severity of 5."
	msgFMEANone = msg{"No FMEA row has %s %s %s%s.", "没有%[4]s%[1]s%[2]s%[3]s的FMEA记录。"}
	msgFor      = msg{" for %s", "（%s）"}
	// msgFMEAWhere says which rows a listing keeps: "with severity of at least 9".
	msgFMEAWhere   = msg{" with %s %s %s", "中%s%s%s的"}
	msgCause       = msg{"cause", "原因"}
	msgControl     = msg{"current controls", "现有控制措施"}
	msgAction      = msg{"recommended action", "建议措施"}
	msgPartMissing = msg{"The documents do not answer: ", "资料中没有回答："}
	msgListSep     = msg{"; ", "；"}
	msgFMEAByItem  = msg{"%s has the highest average %s, %s. Averages per item (rows):", "%s的平均%s最高，为%s。各项目平均值（记录数）："}
)

var metricNames = map[string]msg{
	"rpn":        {"RPN", "风险顺序数(RPN)"},
	"severity":   {"severity", "严重度"},
	"occurrence": {"occurrence", "频度"},
	"detection":  {"detection", "探测度"},
}

var cmpNames = map[string]msg{
	">":  {"above", "大于"},
	">=": {"of at least", "不低于"},
	"<":  {"below", "小于"},
	"<=": {"of at most", "不高于"},
	"=":  {"of", "为"},
}

// Phrase is a fixed phrase in both answer languages for other packages
// that write answers (the model adapter), so the bilingual table is this
// one.
type Phrase struct{ msg }

// In is the phrase in lang ("zh" or English).
func (p Phrase) In(lang string) string { return p.in(lang) }

// Phrases of the model adapter.
var (
	PhraseDontKnow   = Phrase{msgDontKnow}
	PhraseRelated    = Phrase{msgRelated}
	PhraseUnverified = Phrase{msg{"(The language model's answer could not be verified against the documents; this answer quotes the documents directly.)", "（语言模型的回答未能通过资料核对，以下内容直接摘自资料。）"}}
	PhraseFallback   = Phrase{msg{"(The language model is unavailable right now; this answer quotes the documents directly.)", "（语言模型暂时不可用，以下内容直接摘自资料。）"}}
)
