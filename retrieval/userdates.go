package retrieval

import (
	"regexp"
	"strings"
)

// The asker may say when their own machine was delivered or put to work
// ("we got the pump in January but only commissioned it in May",
// "1月收到泵，5月才调试"). No document knows those dates, so the months
// count against every passage: they say from when to count what a
// passage states (the warranty from delivery or commissioning). Only a
// month dating a delivery or a commissioning goes: "今年三月泵体滴水"
// dates an event the work orders may record.

var (
	enDeliveredMonth = regexp.MustCompile(`(?i)\b((?:got|received|bought|delivered|arrived|commissioned|installed|started (?:it |the pump |the unit )?up|put (?:it |the pump |the unit )?into (?:service|operation))\b(?:\s+(?:it|the pump|the unit|them))?\s+)(?:in|on|since|early|late|mid|back in)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(\s*\d)?`)
	zhDeliveredMonth = regexp.MustCompile(`(^|[^年\d])(?:[去今前]年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?(?:初|底|中旬|上旬|下旬)?(?:的时候)?([才就刚]?(?:收到|到货|到的|调试|投入|投用|安装|装好|买的|购买|发货|开始用))`)
)

// The asker may also say how long their own part lasted ("the spider
// wore out after 10 months", "用了10个月就坏了"): no document states that
// span, which says only when to weigh what a passage states (a warranty's
// term, a wear part's life).
var (
	enElapsedLife = regexp.MustCompile(`(?i)\b((?:wore|worn|wearing) out|failed|broke(?: down)?|died|gave out|quit|stopped working|started (?:to )?leak(?:ing)?|began (?:to )?leak(?:ing)?|cracked|seized(?: up)?)\s+(?:after|within|in)\s+(?:only\s+|just\s+|about\s+|around\s+)?(?:\d+|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)\b|\b\d+\s*(?:days?|weeks?|months?|years?)\s+old\b|\b(?:\d+|a few|a couple of)\s+(?:days?|weeks?|months?|years?)\s+(?:after|since|from)\s+(?:delivery|commissioning|installation|install|start-?up|purchase|we bought it|we got it)\b`)
	zhElapsedLife = regexp.MustCompile(`(?:才|只|刚)?(?:用了|使用了|装了|运行了)\s*(?:不到)?\s*(?:\d+|[一二三四五六七八九十两半]{1,3})\s*(?:天|周|个月|个多月|年|多月)`)
)

// withoutUserDates blanks the months dating the asker's delivery or
// commissioning; a month with a year after it ("in May 2024") stays.
func withoutUserDates(text string) string {
	if strings.Contains(text, "月") {
		text = zhDeliveredMonth.ReplaceAllString(text, "$1 $2")
	}
	text = zhElapsedLife.ReplaceAllString(enElapsedLife.ReplaceAllString(text, "$1 "), " ")
	return enDeliveredMonth.ReplaceAllStringFunc(text, func(m string) string {
		sub := enDeliveredMonth.FindStringSubmatch(m)
		if sub[2] != "" {
			return m
		}
		return sub[1] + " "
	})
}
