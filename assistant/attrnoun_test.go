package assistant

import (
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// "at which X is …" asks the value X at which something is done; "in
// which X must …" asks where or when, which a sentence merely naming X
// ("development environments") does not answer.
func TestAttributeAfterWhich(t *testing.T) {
	if a, ok := attributeNamed(retrieval.Analyze("at which flow points is the factory performance test run?")); !ok || a.Text != "flow points" {
		t.Errorf("at which: attribute %q, %v", a.Text, ok)
	}
	if a, ok := attributeNamed(retrieval.Analyze("In which environments or applications must the myCobot 280 not be used?")); ok {
		t.Errorf("in which: attribute %q read", a.Text)
	}
}
