package retrieval

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A Chinese question naming a product in Latin letters demotes the
// passages of documents that never say it; a supplier named only in
// lines, or an English word for a thing, sets no scope.
func TestDemoteOtherNames(t *testing.T) {
	pool := func() *fusion {
		f := newFusion()
		for _, c := range []kg.Chunk{
			{ID: "arm", Text: "电机PID介绍：修改关节电机参数。", DocTitle: "电机PID介绍", DocURI: "mycobot/cn/pid.md"},
			{ID: "of1", Text: "fit stepper motors to the X, Y and Z axes", DocTitle: "Motor assembly", DocURI: "openflexure-v6/docs/5_motors.md"},
			{ID: "of2", Text: "3 28BYJ-48 micro geared stepper motors", DocTitle: "Motor assembly", DocURI: "openflexure-v6/docs/5_motors.md"},
			{ID: "of3", Text: "three 28BYJ-48 stepper motors, e.g. from ThorLabs", DocTitle: "Printing", DocURI: "openflexure-v6/docs/0_printing.md"},
		} {
			f.add(c, 1, "fulltext", false)
		}
		return f
	}
	for q, demoted := range map[string]bool{
		"OpenFlexure 电动版用的啥步进电机，要几个？":                    true,
		"ThorLabs 的步进电机型号是啥":                             false,
		"电动版的 stepper motor 用几个":                         false,
		"Which stepper motors does the OpenFlexure use?": false, // an English question's words are all Latin
	} {
		f := pool()
		demoteOtherNames(Analyze(q), f)
		if got := f.byID["arm"].score < 1; got != demoted {
			t.Errorf("%s: the arm's passage demoted %v, want %v", q, got, demoted)
		}
		if f.byID["of1"].score != 1 {
			t.Errorf("%s: a passage of the named product demoted", q)
		}
	}
}
