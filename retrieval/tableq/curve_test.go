package tableq

import (
	"os"
	"path/filepath"
	"testing"
)

// A table of curve points is no range to run over: "the lowest flow I can
// run at" is a stated limit, not the curve's first point, so the table
// answers it only when the question names the table.
func TestCurveEndsAreNoLimits(t *testing.T) {
	dir := t.TempDir()
	csv := "Flow (m³/h),Head (m),Efficiency (%)\n0,38.0,0\n10,37.4,45\n20,36.2,58\n45,30.2,71\n50,28.4,69\n"
	if err := os.WriteFile(filepath.Join(dir, "curve.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(root, filepath.Join(dir, "curve.csv"))
	if err != nil {
		t.Fatal(err)
	}
	curve := loadTable(t, rel)
	for _, c := range []struct {
		q    string
		read bool
	}{
		{"What is the minimum flow I can run at?", false},
		{"What is the minimum flow the pump can be run at?", false},
		{"What is the maximum head?", false},
		{"How high a flow can this pump handle at most?", false},
		{"泵允许的最小流量是多少？", false},
		{"What is the lowest flow in the curve table?", true},
	} {
		if _, ok := Parse(curve, c.q); ok != c.read {
			t.Errorf("%q: read = %v, want %v", c.q, ok, c.read)
		}
	}
}
