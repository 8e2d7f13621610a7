package assistant

import "regexp"

// "售后的邮箱是多少", "what's the support email": an address answers it,
// whether or not the sentence says the word ("Contact
// service@hanshan-fluid.example").
var (
	reAsksEmail   = regexp.MustCompile(`(?i)\be-?mail\b|邮箱|电邮|邮件地址`)
	reEmailStated = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`)
)

// asksEmail reports an attribute that is an e-mail address.
func asksEmail(attr string) bool { return reAsksEmail.MatchString(attr) }

// statesEmail reports text that writes an e-mail address.
func statesEmail(text string) bool { return reEmailStated.MatchString(text) }

// "售后服务热线电话是多少", "what's the service hotline": a telephone number
// answers it, and nothing else does: the warranty's 18 months said near
// "after-sales service" is no number to call.
var (
	reAsksPhone   = regexp.MustCompile(`(?i)\b(?:tele)?phone\b|\bhotline\b|电话|热线|手机号`)
	rePhoneStated = regexp.MustCompile(`(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?)?\d{3,4}[\s-]?\d{3,4}\b`)
)

// asksPhone reports an attribute that is a telephone number.
func asksPhone(attr string) bool { return reAsksPhone.MatchString(attr) }

// statesPhone reports text that writes a telephone number: seven digits
// or more, in groups.
func statesPhone(text string) bool {
	for _, m := range rePhoneStated.FindAllString(text, -1) {
		digits := 0
		for _, r := range m {
			if r >= '0' && r <= '9' {
				digits++
			}
		}
		if digits >= 7 {
			return true
		}
	}
	return false
}
