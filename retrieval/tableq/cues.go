package tableq

import (
	"regexp"
	"slices"
)

// The words a question uses to ask for a figure over a table, in English
// and Chinese. Column names and values come from the table itself.
var (
	cuePercent = []string{"percentage", "percent", "what share", "what fraction", "what proportion", "proportion of", "%", "百分比", "百分之", "比例", "占比", "比率"}
	cueAvg     = []string{"average", "avg", "mean", "平均"}
	cueSum     = []string{"total", "sum", "summed", "totalled", "totaled", "sum of", "sum the", "combined", "altogether", "all together", "cost together", "costs together", "cost in total", "take together", "added together", "added up", "summed up", "add up to", "adds up to", "add up", "adding up", "adding together", "summing up", "come to", "comes to", "总和", "合计", "总计", "总共", "一共", "加起来", "累计", "总"}
	cueCount   = []string{"how many", "number of", "count of", "count the", "多少行", "多少个", "几个", "几条", "多少条", "多少项", "几项", "有几", "多少张", "几张", "多少种", "几种", "数量", "有多少", "多少次", "多少台", "多少家", "几次", "几台", "几家", "几行", "几位", "几款",
		// the measure words pieces are counted by: "多少颗螺栓", "几根方梁"
		"多少颗", "几颗", "多少根", "几根", "多少只", "几只", "多少件", "几件", "多少套", "几套", "多少块", "几块", "多少包", "几包"}
	cueMax = []string{"highest", "maximum", "largest", "biggest", "greatest", "most expensive", "priciest", "dearest", "longest", "slowest", "max ", "worst", "riskiest", "most critical", "most time-consuming", "most time consuming", "最高", "最大", "最贵", "最长", "最久", "最慢", "最严重", "最危险",
		// a step's time said by what it costs the fitter: "最费时间", "耗时最多"
		"最费时", "最耗时", "最花时间", "耗时最多", "用时最多", "费时最多", "花时间最多"}
	cueMin = []string{"lowest", "minimum", "smallest", "cheapest", "least expensive", "shortest", "quickest", "fastest", "min ", "最低", "最小", "最便宜", "最短", "最快",
		"least time-consuming", "least time consuming", "最省时", "耗时最少", "用时最少", "费时最少", "花时间最少"}
	cueMost          = append([]string{"the most", "most ", "the largest number of", "the greatest number of", "the highest number of", "最多"}, cueCommonest...)
	cueFewest        = []string{"the fewest", "the least", "fewest", "最少"}
	cueDistinct      = []string{"distinct", "different", "unique", "which are the", "不同的", "有哪些", "哪些", "哪几"}
	cueDistinctCount = []string{"distinct", "different", "unique", "不同", "种类"} // "零件种类最多": kinds of part, not lines
	cueList          = []string{"which ", "list ", "list the", "show ", "what are the", "listed under", "listed in the", "列出", "哪些", "哪几"}
	cueOrder         = []string{"order the", "order ", "rank the", "rank ", "sort the", "sort ", "ordered by", "ranked by", "排序", "排列", "排名"}
	cueWhich         = []string{"which ", "what ", "哪个", "哪一个", "哪种", "哪类", "哪台", "哪一", "哪家", "哪张", "哪条", "哪位", "哪款", "哪几个", "哪几台", "哪几种", "哪几张", "哪几家", "哪几条", "哪几"}
	cueGroupBy       = []string{"per ", "by ", "for each ", "each ", "every ", "按", "每个", "各"}
	cueMissing       = []string{"no ", "without ", "missing ", "lack ", "lacking ", "not have ", "don't have ", "doesn't have ", "do not have ", "does not have ", "with an empty ", "empty ", "blank ", "no-", "nothing filled in for ", "nothing filled in under ", "nothing entered for ", "nothing entered under ", "nothing in ", "nothing under ", "nothing for ", "never ", "没有", "没填", "没有填写", "没有填", "没填写", "未填写", "没写", "没有写", "没", "无", "缺少", "未填", "从未", "缺", "未", "blank for ", "empty for ", "left blank for "}
	cueHas           = []string{"with a ", "with an ", "that have a ", "that has a ", "have a ", "has a ", "with ", "have ", "has ", "had ", "give ", "gives ", "gave ", "有", "给出了", "给出", "给了", "填了", "写了", "提供了", "列了"}
	cueGT            = []string{"more than", "greater than", "higher than", "larger than", "longer than", "bigger than", "above", "over", "exceeding", "exceeds", "exceed", ">", "超过", "大于", "高于", "多于", "长于"}
	cueGE            = []string{"greater than or equal to", "more than or equal to", "大于或等于", "大于等于", "高于或等于", "不少于", "at least", "or more", "or higher", "or above", "or worse", "or greater", "or longer", "no less than", ">=", "≥", "不低于", "不小于", "及以上", "以上", "至少"}
	cueLT            = []string{"less than", "lower than", "smaller than", "shorter than", "fewer than", "below", "under", "<", "低于", "小于", "少于", "不到"}
	cueLE            = []string{"less than or equal to", "小于或等于", "小于等于", "低于或等于", "不多于", "at most", "or less", "or lower", "or below", "or fewer", "no more than", "<=", "≤", "不超过", "不高于", "及以下", "以下", "至多", "及以内", "以内", "之内", "or under"}
	cueEQ            = []string{"equal to", "equals", "exactly", "only", "just", "仅为", "仅有", "只有", "仅", "正好等于", "恰好等于", "刚好等于", "等于", "正好是", "恰好是", "刚好是", "正好", "恰好", "刚好"}
	// cueEvery asks for every row of a kind: "list all the parts we buy
	// from …", "列出所有 …".
	cueEvery = []string{"list all", "all the", "every ", "所有", "全部"}
	// cueTop: "top 5", "前5".
	cueMention = []string{"mention", "refer to", "refers to", "talk about", "提到", "提及", "涉及"}
	cueTop     = []string{"top ", "前"}
)

// kindNouns name what a table's rows are, per mapped kind; a question that
// says "failure modes" or "工单" is about that kind of table.
var kindNouns = map[string][]string{
	"fmea":            {"failure modes", "failure mode", "fmea", "failures", "故障模式", "失效模式", "失效", "故障"},
	"worklog":         {"work orders", "work order", "wos", "maintenance", "repairs", "breakdowns", "breakdown", "jobs", "job", "logs", "log", "service calls", "service call", "call-outs", "call-out", "callouts", "callout", "service visits", "service jobs", "工单", "维修记录", "维修日志", "日志", "维修", "保养", "报修", "服务记录"},
	"bom":             {"bill of materials", "bom", "parts list", "parts", "part", "components", "物料清单", "零件", "物料"},
	"parts":           {"parts list", "spare parts", "spare part", "spares", "spare", "parts", "part", "备件", "零件"},
	"spec":            {"specification", "specifications", "spec", "parameters", "参数", "规格"},
	"troubleshooting": {"troubleshooting", "symptoms", "故障排除"},
	"routing":         {"operations", "routing", "steps", "final assembly", "assembly process", "工序", "总装", "装配工艺路线", "工艺路线", "装配工艺"},
}

// qualifiedKindNouns name a kind's rows with the work they are part of:
// "the assembly steps" are every row of an assembly routing, not the rows
// whose name says assembly. Each is the qualifier and the noun after it.
var qualifiedKindNouns = map[string][][2]string{
	"routing": {{"assembly", "steps"}, {"assembly", "step"}, {"assembly", "operations"}, {"装配", "工序"}, {"装配", "步骤"},
		{"装配", "step"}}, // "步骤" read as the column "Work step" names it
}

// rowWords are what a question calls rows, never a filter term.
var rowWords = []string{"rows", "row", "entries", "entry", "records", "record", "lines", "line", "items", "item", "ones", "条", "项", "行", "记录"}

// entityWords ask for "the component" or "the item" a row is about; they
// name the table's first item column when no column is called so.
var entityWords = []string{"component", "components", "part", "parts", "item", "items", "assembly", "assemblies", "equipment", "零部件", "部件", "零件", "组件", "项目", "设备"}

var entityRoles = []string{"component", "subcomponent", "subsystem", "assembly", "name", "equipment", "failure_mode"}

// roleWords name a role's column by what it measures: "the most
// expensive part" reads the cost column.
var roleWords = map[string][]string{
	"cost":      {"expensive", "cheapest", "cheap", "price", "priced", "costly", "priciest", "pricey", "dearest", "贵", "便宜", "价格", "单价", "成本", "费用", "花费", "多少钱", "钱", "actual cost", "spend", "spent", "spending"},
	"downtime":  {"downtime", "down", "停机"},
	"qty":       {"quantity", "quantities", "用量"},
	"supplier":  {"suppliers", "vendors", "supplied", "供应"},
	"component": {"组件"},
	"operation": {"ops"},
	"time":      {"时间", "工时", "用时", "耗时"},
	// "the 5 riskiest failure modes" rank by the risk priority number
	"rpn":       {"riskiest", "risks", "risk", "风险"},
	"asset":     {"资产", "资产号"},
	"equipment": {"设备", "机器", "功能位置"},
	"order_id":  {"工单号", "单号"},
}

// stopWords carry no filter meaning in a question over a table.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "for": true, "is": true, "are": true, "was": true, "been": true, "being": true, "according": true, "going": true, "judging": true, "based": true, "individual": true, "rather": true, "instead": true, "done": true, "small": true,
	"were": true, "what": true, "which": true, "how": true, "many": true, "much": true, "do": true, "does": true, "did": true,
	"have": true, "has": true, "had": true, "with": true, "that": true, "there": true, "their": true, "its": true, "to": true,
	"and": true, "or": true, "by": true, "per": true, "each": true, "all": true, "any": true, "me": true, "list": true,
	"show": true, "give": true, "tell": true, "mention": true, "mentions": true, "mentioning": true, "containing": true, "involve": true, "involved": true, "involves": true,
	"involving": true, "about": true, "related": true, "concern": true, "concerning": true, "value": true, "values": true,
	"number": true, "count": true, "total": true, "sum": true, "average": true, "mean": true, "percentage": true, "percent": true,
	"share": true, "fraction": true, "proportion": true, "distinct": true, "different": true, "unique": true, "most": true,
	"least": true, "fewest": true, "highest": true, "lowest": true, "maximum": true, "minimum": true, "than": true,
	"more": true, "less": true, "above": true, "below": true, "over": true, "under": true, "at": true, "be": true,
	"order": true, "rank": true, "sort": true, "from": true, "when": true, "whenever": true, "we": true, "our": true, "you": true, "i": true, "it": true,
	"they": true, "kind": true, "kinds": true, "anything": true, "something": true, "them": true, "these": true, "those": true, "this": true, "no": true, "not": true, "without": true,
	"missing": true, "one": true, "ones": true, "table": true, "sheet": true, "listed": true, "recorded": true, "logged": true,
	"name": true, "names": true, "least.": true, "greater": true, "higher": true, "lower": true, "exceed": true, "exceeds": true,
	"largest": true, "smallest": true, "biggest": true, "top": true, "descending": true, "ascending": true, "so": true,
	"far": true, "overall": true, "anywhere": true, "roughly": true, "approximately": true, "everywhere": true, "whole": true, "entire": true, "across": true, "every": true, "get": true, "got": true,
	"need": true, "needs": true, "does't": true, "don't": true, "doesn't": true, "empty": true, "filled": true, "recommended": false,
	"lack": true, "cover": true, "covers": true, "include": true, "includes": true, "exist": true, "rating": true, "ratings": true, "rated": true, "score": true, "scores": true, "figure": true, "supply": true, "supplies": true, "provide": true, "provides": true, "made": true, "make": true, "makes": true, "use": true, "used": true, "uses": true, "contain": true, "contains": true, "appear": true, "appears": true, "occur": true, "occurs": true, "happen": true, "happened": true, "sheet.": true, "recorded.": true, "hours": true, "hour": true, "hrs": true, "minutes": true, "mins": true, "days": true, "dollars": true, "usd": true, "cny": true, "rmb": true, "yuan": true, "eur": true, "euros": true, "pcs": true, "lacking": true, "what's": true, "carry": true, "carries": true, "carrying": true, "separate": true, "section": true, "sections": true, "against": true, "within": true, "into": true, "onto": true, "upon": true, "via": true, "between": true, "among": true, "during": true, "since": true, "until": true, "through": true, "inside": true, "toward": true, "towards": true, "spreadsheet": true, "spreadsheets": true, "log": true, "logs": true, "dataset": true, "data": true, "file": true, "workbook": true, "say": true, "says": true, "said": true, "shows": true, "apiece": true, "worth": true, "sit": true, "sits": true, "lie": true, "lies": true, "fall": true, "falls": true, "outside": true, "external": true, "internal": true, "put": true, "shelf": true, "outlay": true, "single": true, "piece": true, "pieces": true, "times": true, "altogether": true, "itself": true, "themselves": true, "currently": true, "ever": true, "never": true, "whats": true, "where": true, "they're": true, "does.": true, "along": true, "please": true, "that's": true,
	// "when you add its modes together": how a total is made, said beside "total"
	"add": true, "adds": true, "adding": true, "added": true, "together": true,
}

// hanFiller are the Chinese words of a question that never name what a
// row is about; what is left of a Chinese question after cues, columns
// and values must be translated or found in the table.
var hanFiller = []string{"是多少", "多少", "请问", "一共", "总共", "所有", "全部", "分别", "哪些", "什么", "记录", "表格", "清单",
	"列出", "显示", "计算", "统计", "做过", "做了", "进行过", "进行了", "其中", "一下", "目前", "是", "的", "有", "个", "了", "吗", "呢", "在", "中", "里", "和", "与", "及", "或",
	"为", "被", "把", "那", "这", "些", "几", "各", "其", "所", "对", "从", "到", "共", "条", "项", "行", "表", "值", "数", "占", "比",
	"按", "由", "哪", "请", "次", "相关", "有关", "类", "多大", "要花", "花", "下面", "下属", "底下", "当中", "列了", "分", "台", "家", "种", "张", "要", "会", "都", "出现", "发生", "包含", "包括", "过", "分成", "分为", "属于", "来自", "一直", "曾经", "算上", "算进", "转动", "乘以", "乘上", "小时", "分钟", "美元", "元", "天", "个月", "年",
	// "平均每单": per row, which an average is already
	"每单", "每条", "每笔", "每项", "每行",
	// parts in general: "下面挂了几个零部件" counts the rows
	"零部件",
	// measure words of pieces
	"颗", "根", "只", "片", "粒", "块",
	// a log's verbs of reporting: "哪台泵 E07 报得最多"
	"报得", "报过", "报了",
	// things in general: "供的东西" are the parts supplied
	"东西",
	// what an assembly's parts do: "由几种零件组成"
	"组成", "构成",
	// what a supplier does, and for whom
	"供应", "提供", "供货", "供", "给", "我们", "我司", "咱们",
	// where a part goes: "直接装在哪些组件里", the parents a BOM line names
	"直接", "装在", "用在",
	// what a tool is used for: "用那把扳手来拧"
	"来拧", "去拧", "拧紧", "拧"}

// InclusiveCues are the words of an inclusive bound, "8 or more" and
// "no more than 72", for other readers of thresholds to share.
func InclusiveCues() (atLeast, atMost []string) {
	return slices.Clone(cueGE), slices.Clone(cueLE)
}

// cueCommonest ask for the value a column holds most often: "the most
// common work order type", "最常见的失效模式".
var cueCommonest = []string{"most common", "most frequent", "most frequently", "most often", "commonest", "最常见", "最常出现", "出现最多", "出现得最多", "出现次数最多"}

// cueAbout ask what the rows a question singles out were about: "what
// were the WC2 work orders about", "WC2 的工单都干了些啥". Their
// descriptions answer.
var cueAbout = []string{"were about", "are about", "was about", "were for", "干了些啥", "干了些什么", "干了什么", "干了啥", "做了些什么", "做了些啥", "都是关于什么", "是关于什么", "都是什么内容", "修了些什么", "修了些啥"}

// reAboutEnd is an English question that ends asking what its rows were
// about: "what were the WC2 work orders about?".
var reAboutEnd = regexp.MustCompile(`^what (?:were|are) .+ about\s*\??$`)

// asksAbout reports a question asking what the rows it singles out were
// about.
func (q *question) asksAbout() bool {
	return q.has(cueAbout) || reAboutEnd.MatchString(q.text)
}
