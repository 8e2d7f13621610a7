package assistant

import "testing"

// A part naming its item only by pronoun stands for the item of the part
// before it.
func TestPartRefersBack(t *testing.T) {
	for _, c := range []struct {
		part string
		want bool
	}{
		{"what's its capacity?", true},
		{"how long does it run?", true},
		{"它的容量是多少", true},
		{"其防水等级多少", true},
		{"what's the capacity of the battery?", false},
		{"电池容量是多少", false},
		{"how many washers go on each screw?", false},
		{"哪个工作中心做的", true},
		{"要多久保养一次", true},
		{"能吸多重的工件", true},
		{"多少钱", true},
		{"工作中心是哪个", false},
	} {
		if got := refersBack(c.part); got != c.want {
			t.Errorf("%q refers back = %v, want %v", c.part, got, c.want)
		}
	}
}
