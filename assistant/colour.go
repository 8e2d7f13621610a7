package assistant

import "regexp"

// A colour is stated by its name or its code, not by the word "colour":
// "epoxy topcoat RAL 5015" says what colour the pumps are painted.
var (
	reColourAsked  = regexp.MustCompile(`(?i)\bcolou?rs?\b|颜色|什么色|色号`)
	reColourStated = regexp.MustCompile(`(?i)\bRAL\s?\d{4}\b|\bpantone\b|\b(?:black|white|grey|gray|blue|red|green|yellow|orange|silver)\b|[黑白灰蓝红绿黄橙银]色`)
)

func asksColour(attr string) bool   { return reColourAsked.MatchString(attr) }
func statesColour(text string) bool { return reColourStated.MatchString(text) }
