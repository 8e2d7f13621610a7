package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// An English sentence answers a Chinese question about what an item uses
// only where it names that item.
func TestOtherLanguageItemNamed(t *testing.T) {
	for _, c := range []struct {
		question, text string
		want           bool
	}{
		{"显微镜的相机用什么螺丝固定？", "These screws attach the motors in the motorised version of the microscope.", false},
		{"显微镜的相机用什么螺丝固定？", "1.5mm hex key (to secure the camera using M2 screws)", true},
		{"小车的轮子要打几个孔", "Drill at least 2 holes in the wheels.", true},
		{"小车的轮子要打几个孔", "Drill two holes in the bracket.", false},
		// No item, or an attribute: any sentence may answer.
		{"照明 LED 要串多大的电阻？", "a resistor (about 80 ohms)", true},
		{"电机的功率要多大", "Rated 750 W", true},
	} {
		item := otherLanguageItem(retrieval.Analyze(c.question))
		if got := namesOtherLanguageItem(item, c.text, tokenSets{}); got != c.want {
			t.Errorf("%s / %q: names item = %v, want %v", c.question, c.text, got, c.want)
		}
	}
}
