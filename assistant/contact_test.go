package assistant

import "testing"

// An address answers a question for an e-mail, with or without the word;
// a part that takes weeks to come in is asked its lead time, not how
// long a job takes; "which parts" asks which items, at word boundaries.
func TestAskedShapesReadAtWordBoundaries(t *testing.T) {
	for _, c := range []struct {
		name string
		got  bool
		want bool
	}{
		{"email asked", asksEmail("售后的邮箱是多少"), true},
		{"email asked en", asksEmail("what's the support e-mail?"), true},
		{"no email asked", asksEmail("what is the mailing weight"), false},
		{"address stated", statesEmail("Contact service@hanshan-fluid.example and quote"), true},
		{"no address", statesEmail("Contact the service department"), false},
		{"arrival", asksArrival.MatchString("how long does a replacement impeller take to come in?"), true},
		{"arrival is no job time", asksTimeTaken("how long does a replacement impeller take to come in?"), false},
		{"job time", asksTimeTaken("how long does a seal swap take?"), true},
		{"which parts", asksWhichItems.MatchString("which parts are wear parts?"), true},
		{"which partsmith", asksWhichItems.MatchString("which partsmith built it?"), false},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
}
