package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

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
		{"phone asked", asksPhone("服务热线电话"), true},
		{"phone asked en", asksPhone("service hotline number"), true},
		{"phone stated", statesPhone("服务热线：400-820-1234"), true},
		{"phone stated intl", statesPhone("Call +86 571 8765 4321"), true},
		{"warranty is no phone", statesPhone("for 18 months from delivery or 12 months from commissioning"), false},
		{"a part number is no phone", statesPhone("Order CP200-SEL-01"), false},
		{"the warranty states no hotline", statesAttribute(retrieval.Question{Text: "服务热线电话", Terms: []string{"服务", "热线", "电话"}}, true, "The warranty covers defects for 18 months. 售后服务电话见铭牌。"), false},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
}
