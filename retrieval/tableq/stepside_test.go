package tableq

import "testing"

// The steps on one side of a named step add up without the step itself,
// a span may be joined by "thru" or "till", and a step's time is asked
// by what it costs ("最费时间", "most time-consuming") of "the assembly
// steps", which are every row of an assembly routing, while "the
// bearing assembly step" stays one step.
func TestStepsAroundAStep(t *testing.T) {
	routing := chunkTable(t, "routing",
		"Operation: 10; Work step: Incoming inspection; 工序: 来料检验; Standard time (min): 15",
		"Operation: 20; Work step: Bearing assembly; 工序: 轴承装配; Standard time (min): 25",
		"Operation: 30; Work step: Impeller fitting; 工序: 叶轮安装; Standard time (min): 20",
		"Operation: 40; Work step: Leak test; 工序: 密封试验; Standard time (min): 10",
		"Operation: 50; Work step: Painting and packing; 工序: 涂装与包装; Standard time (min): 40")
	for _, c := range []struct {
		q    string
		want float64
	}{
		{"all the operations before the leak test, how many minutes in total?", 60},
		{"total time of the steps prior to the leak test", 60},
		{"密封试验之前的工序加起来一共多少分钟", 60},
		{"请问密封试验以前的那些工序总共多少分钟", 60},
		{"sum of the standard times after bearing assembly", 70},
		{"轴承装配之后的工序合计多少分钟", 70},
		{"time from bearing assembly thru the leak test, in total?", 55},
		{"from incoming inspection till impeller fitting, how many minutes altogether", 60},
		{"装配工序里哪一步最费时间", 40},
		{"哪道工序最耗时", 40},
		{"装配步骤中耗时最少的是哪一步", 10},
		{"in the assembly operations, which is the most time-consuming", 40},
		{"which is the least time-consuming assembly step", 10},
	} {
		p, ok := ParseWith(routing, c.q, glossaryTranslate(t))
		if !ok {
			t.Errorf("%q: no plan", c.q)
			continue
		}
		res, err := Execute(routing, p.Plan)
		if err != nil || res.Value != c.want {
			t.Errorf("%q: [%s] = %v, %v; want %v", c.q, p.Plan, res.Value, err, c.want)
		}
	}
	// A step named with the work it is part of is that step, and a step
	// asked for before another is the routing's order, not a figure.
	for _, q := range []string{"轴承装配工序一共多少分钟", "the bearing assembly step takes how many minutes in total"} {
		p, ok := ParseWith(routing, q, glossaryTranslate(t))
		if !ok {
			continue
		}
		if res, err := Execute(routing, p.Plan); err != nil || res.Value != 25 {
			t.Errorf("%q: [%s] = %v, %v; want 25 or no plan", q, p.Plan, res.Value, err)
		}
	}
	if p, ok := ParseWith(routing, "which step comes before the leak test", glossaryTranslate(t)); ok {
		t.Errorf("which step comes before: [%s], want no plan", p.Plan)
	}
}
