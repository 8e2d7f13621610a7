package retrieval

import "testing"

func TestNumberedJointIsItsCode(t *testing.T) {
	checkTerms(t, []termCase{
		{"280 的 2 号关节转动范围多大？", []string{"j2", "关节"}, []string{"2"}},
		{"myCobot 280 第 2 关节能转多大范围？", []string{"j2"}, []string{"第", "节能", "能转", "转多"}},
		{"关节 5 的限位是多少", []string{"j5"}, nil},
		// English names the joint in words the table's rows match already.
		{"range of joint 1 on the mycobot 280?", []string{"joint"}, []string{"j1"}},
	})
}
