package retrieval

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Spoken questions wrap the asked thing in words that ask, point or hedge
// ("能不能", "这台", "为啥", "anything"). As terms they hold nothing a
// passage could state, yet they count against every passage's coverage,
// so a plainly answered question is refused for the words around it.

// spokenZhFillers are replaced by a space before bigramming, the longer
// forms first: a replacer tries its patterns in order at each position.
var spokenZhFillers = []string{
	// "开起来不出水，出口压力基本是零，咋整": when it is run, how nearly, and
	// what to do, which any remedy is. Before 咋, which would leave 整.
	"咋整", " ", "怎么整", " ", "基本是", " ", "基本上", " ", "开起来", " ",
	"能不能", " ", "可不可以", " ", "要不要", " ", "是不是", " ", "有没有", " ", "会不会", " ",
	"怎么回事", " ", "为啥", " ", "咋办", " ", "咋", " ", "啥", " ",
	"这台", " ", "那台", " ", "这个", " ", "那个", " ", "这款", " ", "那款", " ",
	// "泵上那两个深沟球轴承是哪家厂供货的": which ones the asker points at,
	// on the pump the whole manual is about, and which works supplies
	// them; 上那, 那两, 家厂 and 厂供 are no words.
	"那两个", " ", "这两个", " ", "那几个", " ", "这几个", " ", "那两种", " ", "这两种", " ",
	"泵上的", "泵 ", "泵上", "泵 ", "哪家厂", "哪家 ", "哪个厂", "哪个 ",
	// "是从哪家买的": where it is bought is who supplies it (哪家); 家买 is
	// no word.
	"从哪家买的", " 哪家 ", "从哪家买", " 哪家 ", "哪家买的", " 哪家 ", "哪家买", " 哪家 ",
	"大概", " ", "的时候", " ", "的话", " ", "东西", " ",
	// "箱体本身尺寸": the thing itself, as against what it comes with.
	"本身", " ",
	// "先关阀门还是先按停止": 还是 joins the two choices; 门还 is no word.
	"还是", " ",
	// How the asker tells of a past job ("最后查出来是什么原因", "当时是怎么
	// 处理的"): the record states what was found and done, not these.
	"最后查出来", " ", "查出来", " ", "最后", " ", "后来", " ", "当时", " ",
	// "配多大的合适" asks for the size; that it suits is what any answer means.
	"合适", " ",
	// "买不到六角头的螺丝，有什么替代办法": that the asker cannot buy it is
	// their case, and a way to do without is what any substitute the
	// documents name is.
	"买不到", " ", "买不着", " ", "找不到", " ", "替代办法", "替代", "代替办法", "代替", "替代方案", "替代",
	// "到底是多少" presses for the value; the value is what is asked.
	"到底", " ", "究竟", " ",
	// Where the asker stands and whether a thing "can be used" point at
	// the asker's case ("我们这边电网是60Hz，能用吗"); they name nothing.
	"我们这边", " ", "我们这里", " ", "我这边", " ", "这边", " ", "能用", " ",
	// "我们厂是60Hz电网": the asker's own place. Left in, 们厂 and 们公 are
	// pairs no passage holds; 我 alone is a stop word already.
	"我们工厂", " ", "我们公司", " ", "我们单位", " ", "我们车间", " ", "我们厂", " ", "我们", " ",
	// "能直接用吗" asks whether it can be used as it is: 直接 there is the
	// asker's hedge, not the direct start (直接起动) a passage names.
	"直接用", " ",
	// "说明书里说不能抽含油的液体": where the asker read it; the passage
	// says the thing, not that the manual says it. "具体" presses for it.
	"说明书里说", " ", "说明书上说", " ", "手册里说", " ", "手册上说", " ", "具体", " ",
	// "连接线一般留多长": what is usually done is what the steps say; how
	// long to leave it is how long it is.
	"一般", " ", "通常", " ", "留多长", " 多长", "留多少", " 多少",
	// "这泵能抽多少度的水": whether the pump can take it is what is asked of
	// any limit; 能抽 names nothing a data sheet states.
	"能抽", " ",
	// "老是失败", "总是报错": how often it happens to the asker; "跟我装在
	// C盘有关系吗" asks whether it is the cause, which the passage that
	// names it as one answers.
	"老是", " ", "总是", " ", "每次都", " ", "有关系吗", " ", "有没有关系", " ", "有关系", " ", "跟我", " ",
	// "火星车清单里 32mm 轴承座单价多少": where the asker looks, a list
	// whose rows never say "list".
	"清单里", " ", "清单中", " ", "清单上", " ", "表格里", " ", "表里", " ",
	// "客户投诉振动大的那些单子，主要是什么原因造成的": whose complaints, the
	// tickets they came on, and that a cause causes are how the asker
	// tells it; the record says "振动投诉的主要原因".
	"客户投诉", "投诉", "用户投诉", "投诉", "单子", " ", "造成的", " ", "引起的", " ", "导致的", " ",
	"振动大", "振动 ", "噪音大", "噪音 ", "噪声大", "噪声 ",
	// "要接变频器，电机线大概 30 米长，有什么要注意的吗": hooking it up is
	// what the asker plans, a length is long, and what to watch out for
	// is what any advice the documents give is.
	// "火星车上那个 goTube 端盖": on the rover is where the part is, which
	// any row of the rover's list says; 车上 is no word.
	// "整台打印下来要用多少塑料": printed out is printed, and the plastic is
	// what is asked; 印下 and 少塑 are no words.
	"打印下来", "打印", "多少塑料", "多少 塑料", "要用多少", "多少",
	// "是用什么开源许可证发布的": released under a licence, 证发 no word.
	"许可证发布", "许可证 发布", "车上的", "车 ", "车上那个", "车 ", "车上这个", "车 ", "车上 ", "车 ",
	// "不算电机和底座，光泵头本身多重": 光 there means only.
	"，光", "，", "，只算", "，", "光算", " ",
	// "第 2 关节能转多大范围": how far a joint turns is its range, which a
	// parameter table states; 能转 and 转多 are no words.
	"能转多大范围", " 范围 ", "转多大范围", " 范围 ", "转动范围", " 范围 ",
	// "关节多久要润滑一次": how often is asked of the job; 节多, 滑一 and
	// 一次 are no words a maintenance table holds ("润滑 … 每 3 个月").
	"多久要", " 多久 ", "多久需要", " 多久 ", "多久得", " 多久 ", "一次？", " ？", "一次?", " ?",
	"要接", " ", "米长", "米 ", "有什么要注意的", " ", "有什么需要注意的", " ", "要注意什么", " ", "需要注意什么", " ", "有什么讲究", " ",
}

// zhDemonstratives point at a thing with a measure word ("这张工单",
// "那条记录", "这些螺丝"): the bigrams they make (这张, 张工) name
// nothing, yet a record that answers would be held to holding them. The
// fixed forms in spokenZhFillers are the commonest; this covers the
// measure words a record, a part or a step is counted in.
// zhUsedAs is what a thing is used as: "当丝杆用的那种螺丝" is the lead
// screw; 当丝 and 杆用 are no words.
var zhUsedAs = regexp.MustCompile(`当(\p{Han}{2,4}?)用的`)

var zhDemonstratives = regexp.MustCompile(`[这那](?:些|[张条项份台个款根颗把块件次种批套只位家段道部行处])`)

// zhPointingCount points at several things already known ("联轴器防护罩
// 那几颗螺栓", those few bolts of the coupling guard): it asks no count.
var zhPointingCount = regexp.MustCompile(`[这那]几(?:[张条项份台个款根颗把块件次种批套只位家段道部行处])`)

// zhEmphasis stresses the question ("焦距到底是多少", "究竟要几个") and
// names nothing; "拧到底" screws all the way, which it leaves.
var zhEmphasis = regexp.MustCompile(`(?:到底|究竟)(是|多少|有|要|能|怎么|为什么|为啥|几|哪|该|用)`)

// zhSizeBeforeNoun is a size said before the counted part with 的 ("几个10的
// 弹簧垫圈"): parts lists write it after the name ("弹簧垫圈 10").
var zhSizeBeforeNoun = regexp.MustCompile(`([几多少]个|多少)((?:[Mm]\d+(?:[xX×]\d+)?)|\d+(?:\.\d+)?)的(\p{Han}{2,8})`)

// withSizeAfterNoun writes a zhSizeBeforeNoun size after its part's name.
func withSizeAfterNoun(s string) string {
	if !strings.Contains(s, "的") {
		return s
	}
	return zhSizeBeforeNoun.ReplaceAllString(s, "$1$3 $2")
}

// withoutPointingCount drops zhPointingCount, which would read as "how
// many" and make the question a count, and the emphasis of zhEmphasis.
func withoutPointingCount(s string) string {
	if strings.Contains(s, "到底") || strings.Contains(s, "究竟") {
		s = zhEmphasis.ReplaceAllString(s, "$1")
	}
	if !strings.Contains(s, "几") {
		return s
	}
	return zhPointingCount.ReplaceAllString(s, "")
}

// zhDemonstrativeNoun is a demonstrative said straight before the product's
// noun, with no measure word ("这泵额定流量是多少"): its pairs, 这泵 and 泵额,
// are in no passage, and the noun is kept.
var zhDemonstrativeNoun = regexp.MustCompile(`[这那](泵|机器|机械臂|机器人|显微镜|电机|设备|产品|型号|车|机|臂)`)

// spokenEnPhrases ask or hedge in English ("what's wrong", "any idea",
// "totally blank"): removed before the question is cut into terms, where
// "wrong" would match a wrong direction of rotation and "totally" the
// total of a weight table.
// How long the asker means to do a thing ("can I run it dry for a
// minute") is the asker's case: "minute" would match a leak's "drops per
// minute" and outrank the rule that answers.
// "Am I supposed to", "actually" and "I've seen two different numbers"
// press for the value the asker doubts: the conflict, if there is one,
// is found from the values the sources give, not from these words.
// "The absolute top-end flow", numbers "floating around" or "out
// there": the asker's emphasis and hearsay, no word a passage holds.
// What a pump "comes with" is what it has: a data sheet lists its flanges
// without saying "come". How long to "budget for" a job, "planning a
// shutdown window", is how long the job takes.
// "Any tips?" asks for what the documents advise, as any question does.
// "What to check" asks what a troubleshooting entry answers; "check"
// would match every check a passage lists.
// "Up/down travel" is the travel: the documents give a stroke, not its
// direction.
// A reading asked about is "still ok", or else the asker would "shut it
// down": the verdict is what is asked, and the limit answers it.
// What a customer of the asker's "wants to" do is the case asked about,
// and "is that ok, or do they need something else" asks whether it will
// do: the documents state the limit, not these words.
// "What sort of resolution" asks for the resolution: the sort is how the
// asker puts it. ("should I expect" is kept: without it, a question the
// documents do not answer found a sentence to stand in.)
var spokenEnPhrases = regexp.MustCompile(`(?i)\b(?:what'?s wrong|what is wrong|what went wrong|what am i doing wrong|what are we doing wrong|what i'?m doing wrong|what did i do wrong|what did we do wrong|any ideas?|totally|completely|even though|even if|still ok|still okay|still fine|still normal|still acceptable|still safe|or should i shut down|or should i shut it down|or should i shut the pump down|or should i switch it off|or should i turn it off|or should i stop it|or should i stop the pump|or should we shut down|or should we shut it down|or should we shut the pump down|or should we switch it off|or should we turn it off|or should we stop it|or should we stop the pump|for a minute|for a few minutes|for a couple of minutes|for a second|for a few seconds|for a moment|for a short time|for a short while|for a little while|supposed to|actually|absolutely|absolute|roughly|approximately|if i order|if we order|if i ordered|if we ordered|last week|last month|yesterday|the other day|a few days ago|since the electrician|since our electrician|floating around|out there|does it come with|do they come with|should we budget for|should i budget for|do we budget for|budget for|planning a shutdown window|planning a shutdown|planning an outage|shutdown window|up ?/ ?down|up-and-down|up and down|up-down|what to check|what should i check|what should we check|what do i check|what do we check|what can i check|anything to check|where to look|what to look at|any tips|any tip|any advice|any hints?|our customer wants to|the customer wants to|a customer wants to|customer wants to|customers want to|our client wants to|client wants to|customer would like to|customer is asking to|customer asked to|is that ok|is that okay|is that fine|something else|or do they need|or do we need|or do i need|what sort of|what kind of|which sort of|which kind of|what sorts of|what kinds of)\b`)

// spokenEnAnchors are words one of which every phrase spokenEnPhrases
// removes holds ("till" of "still", "hould" of "should": an "s" folds to
// the long s beyond ASCII). Their letters fold to ASCII letters only, so a text
// without them, in any case, holds no such phrase.
var spokenEnAnchors = []string{"wrong", "idea", "totally", "completely", "even", "till", "hould", "minute", "econd", "moment", "hort", "while", "uppo", "actually", "olut", "floating", "out there", "ome with", "budget", "planning", "window", "roughly", "approximately", "order", "wee", "month", "erday", "ago", "other day", "electrician", "down", "chec", "loo", "tip", "advice", "hint", "tomer", "client", "that o", "that fine", "thing el", "or do ", "ort", "ind"}

// figuresSeenEn says the asker has met rival figures ("i've seen two
// different numbers"): the conflict is found from the values the sources
// give, and these words name nothing a passage states.
var figuresSeenEn = regexp.MustCompile(`(?i)\b(?:i'?ve|i have|we'?ve|we have) (?:seen|heard|read|found|got|been given) (?:two|2|a couple of|several|different|conflicting) (?:different |conflicting )?(?:numbers|figures|values|answers|specs)\b`)

// figuresSeenAnchors hold one word of each ending figuresSeenEn allows,
// in letters that fold only to ASCII.
var figuresSeenAnchors = []string{"number", "figure", "value", "wer", "pec"}

// askerTrades are the trades a question says will do the work ("what
// fuse should the electrician fit", "what does our plumber need"): who
// acts is no term a passage states. A role a record names ("which
// technician"), asked about, stays a term.
var askerTrades = regexp.MustCompile(`(?i)\b(?:should|does|do|will|would|must|can|could) (?:the|our|my|your|an?) (?:electricians?|plumbers?|installers?|contractors?)\b`)

// askerTradeAnchors hold one word of each trade, in letters that fold only
// to ASCII ("taller" of "installer": an "s" folds to the long s).
var askerTradeAnchors = []string{"electrician", "plumber", "taller", "contractor"}

// withoutTrade keeps the auxiliary of an askerTrades phrase, dropping the
// trade after it.
func withoutTrade(s string) string {
	if !containsAnyFold(s, askerTradeAnchors) {
		return s
	}
	return askerTrades.ReplaceAllStringFunc(s, func(m string) string {
		aux, _, _ := strings.Cut(m, " ")
		return aux + " "
	})
}

// reHyphenPack is a pack size written with a hyphen ("the 32mm spacer
// 2-packs"), where parts lists write "2 Pack".
var reHyphenPack = regexp.MustCompile(`(?i)\b(\d+)-(packs?)\b`)

// rePowersUp is a machine switched on ("arm powers up but …"): manuals
// say powered on, and "up" is no term.
var rePowersUp = regexp.MustCompile(`(?i)\b(power(?:s|ed)?) up\b`)

// reAcceptable asks a limit as what is acceptable ("how much run-out is
// acceptable"); documents state it as allowed, permitted or "at most",
// which the paraphrases of "is allowed" reach.
var reAcceptable = regexp.MustCompile(`(?i)\b(is|are) acceptable\b`)

// reReportsCode is a display reporting a code: "报 E09", "报了E05".
var reReportsCode = regexp.MustCompile(`报了?\s*([A-Za-z]\d{2})\b`)

// withoutFillers blanks the spoken phrases, demonstratives and Chinese
// function words that name nothing. Most passages hold none: each step
// runs only where its first character or word is found, since the
// regexps cost far more than the look.
func withoutFillers(s string) string {
	if containsAnyFold(s, spokenEnAnchors) {
		s = spokenEnPhrases.ReplaceAllString(s, " ")
	}
	if containsAnyFold(s, figuresSeenAnchors) {
		s = figuresSeenEn.ReplaceAllString(s, " ")
	}
	s = withoutTrade(s)
	if strings.Contains(s, "-pack") || strings.Contains(s, "-Pack") {
		s = reHyphenPack.ReplaceAllString(s, "$1 $2") // "2-packs": the list's "2 Pack"
	}
	if containsAnyFold(s, []string{"power"}) {
		s = rePowersUp.ReplaceAllString(s, "${1} on")
	}
	if strings.Contains(s, "acceptable") {
		s = reAcceptable.ReplaceAllString(s, "$1 allowed") // what documents state as permitted, or at most
	}
	if strings.Contains(s, "当") {
		s = zhUsedAs.ReplaceAllString(s, " $1 ") // "当丝杆用的螺丝": the screw used as the lead screw
	}
	if strings.Contains(s, "报") {
		s = reReportsCode.ReplaceAllString(s, " $1") // "那次报 E09": the code shown, as a log writes it
	}
	if strings.ContainsAny(s, "这那") {
		s = zhDemonstratives.ReplaceAllString(s, " ")
		s = zhDemonstrativeNoun.ReplaceAllString(s, " $1 ")
	}
	if !isASCII(s) { // every Chinese stop phrase starts beyond ASCII
		s = zhDistanceInFigures(s)
		s = zhMonthAsDate(s)
		s = zhYearApart(s)
		s = zhStopPhrases.Replace(s)
	}
	return s
}

// shorthand is a fitter's short form of a word the documents spell out:
// "mech seal", "pump assy".
var shorthand = regexp.MustCompile(`(?i)\b(mech\.?|assy)(\s|$)`)

// withShorthandSpelled writes s's shorthand out, so that "mech seal" also
// names the Mechanical seal.
func withShorthandSpelled(s string) string {
	if !containsAnyFold(s, []string{"mech", "assy"}) {
		return s
	}
	return shorthand.ReplaceAllStringFunc(s, spelledOutShorthand)
}

func spelledOutShorthand(m string) string {
	word, rest := strings.TrimRight(m, " \t\n"), m[len(strings.TrimRight(m, " \t\n")):]
	switch strings.ToLower(strings.TrimSuffix(word, ".")) {
	case "mech":
		return "mechanical" + rest
	case "assy":
		return "assembly" + rest
	}
	return m
}

// zhYearMonth is a month said in Chinese ("2025年4月"): records date it
// as 2025-04-27, which holds neither 年 nor the pair 月灌 of "4月灌溉站".
var zhYearMonth = regexp.MustCompile(`((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:份)?`)

// zhMonthAsDate writes zhYearMonth's months as records date them.
func zhMonthAsDate(s string) string {
	if !strings.Contains(s, "月") {
		return s
	}
	return zhYearMonth.ReplaceAllStringFunc(s, func(m string) string {
		g := zhYearMonth.FindStringSubmatch(m)
		month := g[2]
		if len(month) == 1 {
			month = "0" + month
		}
		return " " + g[1] + "-" + month + " "
	})
}

// zhYearThen is a year said before what happened in it ("2025 年客户投诉"):
// 年 closes the year, and paired with the next word (年客) it is in no
// passage.
var zhYearThen = regexp.MustCompile(`(\d{4})\s*年(\p{Han})`)

// zhYearApart sets a zhYearThen year apart from the words after it.
func zhYearApart(s string) string {
	if !strings.Contains(s, "年") {
		return s
	}
	return zhYearThen.ReplaceAllString(s, "$1 $2")
}

// zhSpokenDistance is a distance said in Chinese numerals ("一米外",
// "离两米远"): documents write it in figures ("距离 1 m", "at 1 m"), and
// the pairs 一米 and 米外 are in none of them.
var zhSpokenDistance = regexp.MustCompile(`(?:离|距离)?([一两二三四五六七八九十])米(?:以外|之外|外|处|远)?`)

var zhDigit = map[string]string{"一": "1", "两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10"}

// zhDistanceInFigures writes zhSpokenDistance's distances in figures.
func zhDistanceInFigures(s string) string {
	if !strings.Contains(s, "米") {
		return s
	}
	return zhSpokenDistance.ReplaceAllStringFunc(s, func(m string) string {
		return " " + zhDigit[zhSpokenDistance.FindStringSubmatch(m)[1]] + " m "
	})
}

// containsAnyFold reports one of words (lower-case ASCII letters) in s in
// any ASCII case.
func containsAnyFold(s string, words []string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			continue // no word starts here: most bytes end the look at once
		}
		for _, w := range words {
			if w[0] == c && hasPrefixFold(s[i:], w) {
				return true
			}
		}
	}
	return false
}

func hasPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if s[j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// spokenEnFillers are stems of words that stand for whatever is asked.
var spokenEnFillers = []string{"anyth", "someth", "everyth", "while", "anyon", "someon"}

func init() {
	for _, w := range spokenEnFillers {
		stopwords[w] = true
	}
}

// zhBareReplace is 换 said alone for 更换 ("换一套机械密封", "换一次轴承"),
// where the documents write 更换 (标准维修工时：更换轴承 4 h): counted with a
// measure word, or done away with (换掉), it replaces a part. A 换 already
// in a word (调换, 切换, 换向) is left as it is.
var zhBareReplace = regexp.MustCompile(`(^|[^更调交切替转互置变倒兑])换((?:一)?[套次个根颗把块件只副台条]|掉)`)

// withReplaceSpelledOut writes a bare 换 as 更换.
func withReplaceSpelledOut(text string) string {
	return zhBareReplace.ReplaceAllString(text, "${1}更换${2}")
}

// askedPart drops a lead-in that says who is asking ("配电那边问：",
// "the customer asks:"): its words name the asker, not the thing asked.
func askedPart(text string) string {
	lower := strings.ToLower(text)
	for _, cue := range reportedSpeech {
		i := strings.LastIndex(lower, cue)
		if i < 0 {
			continue
		}
		if rest := strings.TrimSpace(text[i+len(cue):]); utf8.RuneCountInString(rest) >= 4 {
			return rest
		}
	}
	return text
}

// reportedSpeech ends a lead-in naming the asker; the colon tells it from
// a question that only holds the verb ("问题").
var reportedSpeech = []string{"问：", "问:", "asks:", "asked:", "asking:", "wants to know:"}
