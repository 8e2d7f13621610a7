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
