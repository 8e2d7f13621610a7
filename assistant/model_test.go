package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A question about one model is not answered by pages placed under
// another model of the same product; other products, unnumbered pages
// and the steps of a document are no models.
func TestOffModel(t *testing.T) {
	m280 := kg.Chunk{DocTitle: "Robot Parameters", Section: []string{"Little Elephant Collaborative Robot Arm myCobot 280 for M5"}, Text: "Payload — 250g"}
	m320 := kg.Chunk{DocTitle: "myCobot 320 M5 data sheet", Text: "Payload — 1 kg"}
	plain := kg.Chunk{DocTitle: "FAQ", Section: []string{"Applicable devices"}, Text: "Working radius 280 mm"}
	step := kg.Chunk{DocTitle: "Assembly Operation Instruction", Section: []string{"Operation 110 — Painting"}, Text: "Paint the casing."}
	for _, c := range []struct {
		question, answer string
		want             bool
	}{
		{"What is the payload of the myCobot 320?", "250g [1]", true},
		{"myCobot 320 的有效负载是多少", "250g [1]", true},
		{"how much can a mycobot 320 lift", "250g [1]", true},
		{"What is the payload of the myCobot 280?", "250g [1]", false},
		{"What is the payload of the myCobot 320?", "1 kg [2]", false},
		{"What is the payload of the myCobot 320?", "250g [1]\n1 kg [2]", false},
		{"What is the payload of the mechArm 270?", "250g [1]", false},
		{"What is the reach of the myCobot 320?", "280 mm [3]", false},
		{"What comes after operation 100?", "Paint the casing. [4]", false},
		{"What is the payload of the myCobot 320?", "250g", false},
	} {
		ev := &retrieval.Evidence{Question: retrieval.Analyze(c.question), Items: []retrieval.Item{
			{N: 1, Chunk: m280}, {N: 2, Chunk: m320}, {N: 3, Chunk: plain}, {N: 4, Chunk: step},
		}}
		if got := offModel(ev, c.answer); got != c.want {
			t.Errorf("%q answered %q: offModel = %v, want %v", c.question, c.answer, got, c.want)
		}
	}
}
