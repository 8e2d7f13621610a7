package assistant

import (
	"reflect"
	"testing"
)

func TestPartsAskingOfTheTopicNameIt(t *testing.T) {
	cases := []struct {
		question string
		want     []string
	}{
		{"impeller - what's it made of and how big is it?", []string{"impeller - what's it made of", "how big is it (impeller)"}},
		{"mechanical seal: what type is it and what does it cost?", []string{"mechanical seal: what type is it", "what does it cost (mechanical seal)"}},
		{"叶轮：它是什么材料？直径多大？", []string{"叶轮：它是什么材料", "直径多大"}},                                                        // no pronoun: the part stands alone
		{"How heavy is the pump and how wide is it?", []string{"How heavy is the pump", "how wide is it (pump)"}}, // the first part's thing
		{"How heavy is it and how wide?", []string{"How heavy is it", "how wide"}},                                // nothing named
	}
	for _, c := range cases {
		if got := questionParts(c.question); !reflect.DeepEqual(got, c.want) {
			t.Errorf("questionParts(%q) = %q, want %q", c.question, got, c.want)
		}
	}
}
