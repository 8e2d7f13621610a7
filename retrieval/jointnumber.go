package retrieval

import (
	"regexp"
	"slices"
	"strings"
)

// A robot's parameter table names its joints J1 to J6; askers say "第 2
// 关节", "2 号关节" or "关节 2". The joint's code is
// the term a table row holds, where 关节 alone matches every joint's row
// and the bigrams around the figure (节能, 能转 of 关节能转) match none.
// English questions are left alone: "joint 1" already matches "J1"'s row
// through its words, and a code term would hold back the FAQ's "about
// 165°", which names the joint otherwise.
var reJointNumber = regexp.MustCompile(`第\s*([1-9])\s*(?:个|号)?\s*(?:关节|轴)|([1-9])\s*号\s*(?:关节|轴)|(?:关节|轴)\s*([1-9])(?:[^0-9.]|$)`)

// withJointCodes adds the joint code of each numbered joint the question
// names as a term of its own.
func withJointCodes(q Question) Question {
	for _, m := range reJointNumber.FindAllStringSubmatch(q.Text, -1) {
		n := strings.Join(m[1:4], "")
		code := "j" + n
		if n == "" || slices.Contains(q.Terms, code) {
			continue
		}
		// The figure and 第 are the code now; 节能 of 关节能转 is no word.
		q.Terms = slices.DeleteFunc(q.Terms, func(t string) bool {
			return t == n || t == "第" || strings.HasPrefix(t, "节") && len([]rune(t)) == 2
		})
		q.Terms = append(q.Terms, code)
		if q.words != nil {
			q.words[code] = "J" + n
		}
	}
	return q
}
