package retrieval

import "regexp"

// "这泵额定流量是多少" says "this pump" in two characters: read as a pair
// of characters, "这泵" and "泵额" are terms no passage holds, and the item
// asked is lost. A demonstrative before the product's noun points at what
// every document is about.
var reDemonstrative = regexp.MustCompile(`(?:这|那)(?:台|个|款|种|只|套|部|辆)?(泵|机器|机械臂|机器人|显微镜|电机|设备|产品|型号|车|机|臂)`)

func withoutDemonstrative(text string) string {
	return reDemonstrative.ReplaceAllString(text, " $1 ")
}
