package retrieval

// Stopword reports whether tok carries no content for matching. CJK entries
// are the bigrams that question phrasing produces ("是什", "什么", "多少").
func Stopword(tok string) bool { return stopwords[tok] }

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "is", "are",
		"was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "what", "which", "who",
		"whom", "how", "why", "when", "where", "do", "does", "did", "can", "could", "should", "would", "will",
		"i", "am", "my", "me", "we", "us", "our", "you", "your", "there", "their", "they", "them", "much", "many", "any",
		"some", "all", "about", "into", "than", "then", "if", "so", "as", "not", "no", "have", "has", "had",
		"but", "although", "though",
		"please", "tell", "give", "list", "show", "s", "one", "each", "per", "used", "use", "get",
		// What is left of a contraction once its apostrophe splits it
		// ("won't", "we're"), and the fillers of spoken questions (stemmed).
		"t", "re", "ve", "ll", "d", "don", "doesn", "didn", "won", "isn", "aren", "wasn", "weren",
		"couldn", "shouldn", "wouldn", "haven", "hasn", "hadn", "realli", "just",
		// "I think it's …", "any idea?": the asker's hedging, not the fault.
		"think", "guess", "idea",
		// "hey, …", "do you guys recommend", "thanks!": greetings and
		// the people asked, not the content.
		"hey", "hello", "guy", "guys", "folk", "folks", "thank", "thanks",
		// "can I still use it", "is it still supported": the asker's
		// doubt, not what a passage states.
		"still",
		// "if I order it today": when the asker acts, not what is asked.
		"today", "tomorrow",
		// "is that OK", "maybe 0.5 %": the asker checking, not the content.
		"ok", "okay", "mayb",
		// "can hit 95 °C": the asker's figure reached.
		"hit",
		// "run 95 °C hot water through the CP200": what the liquid passes
		// through is the pump the question names.
		"through",
		// "rosrun says …", "the display says": who reports it, not what.
		"say", "says", "said",
		// "What is the warranty like", "how heavy a thing": no content.
		"like", "thing", "things",
		// "what does it cost in RMB": the currency asked is the unit of
		// the answer, as "in mm" is, not a word a passage must hold.
		"rmb", "cny", "yuan", "renminbi",
		// Stopwords are matched after stemming: the stems that differ.
		"mani", "pleas",
		"的", "了", "是", "吗", "呢", "吧", "啊", "在", "和", "与", "及", "或", "有", "个", "么", "哪", "请", "我",
		"是什", "什么", "多少", "怎么", "如何", "哪些", "哪个", "为什", "为何", "是多", "少个", "有哪", "有多",
		"么办", "怎样", "请问", "一下", "可以", "应该", "需要", "什么是", "么是",
	} {
		m[w] = true
	}
	return m
}()
