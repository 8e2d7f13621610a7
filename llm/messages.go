package llm

// msg is a fixed phrase in both answer languages.
type msg struct{ en, zh string }

func (m msg) in(lang string) string {
	if lang == "zh" {
		return m.zh
	}
	return m.en
}

var (
	msgDontKnow   = msg{"I don't know: the documents available to you do not cover this question.", "我不知道：您可查阅的资料中没有涉及这个问题的内容。"}
	msgRelated    = msg{"Related topics I can answer about: ", "我可以回答的相关主题："}
	msgUnverified = msg{"(The language model's answer could not be verified against the documents; this answer quotes the documents directly.)", "（语言模型的回答未能通过资料核对，以下内容直接摘自资料。）"}
	msgFallback   = msg{"(The language model is unavailable right now; this answer quotes the documents directly.)", "（语言模型暂时不可用，以下内容直接摘自资料。）"}
)
