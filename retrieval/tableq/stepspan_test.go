package tableq

import "testing"

// A span of steps named by their first and last step adds up every step
// between, however the span is said: "to the …", "until", "一直到", and a
// Chinese name the glossary reads as the English column's value.
func TestSpanOfStepsSaidAnyWay(t *testing.T) {
	routing := chunkTable(t, "routing",
		"Operation: 10; Work step: Incoming inspection; 工序: 来料检验; Standard time (min): 15",
		"Operation: 20; Work step: Bearing assembly; 工序: 轴承装配; Standard time (min): 25",
		"Operation: 30; Work step: Impeller fitting; 工序: 叶轮安装; Standard time (min): 20",
		"Operation: 40; Work step: Performance test; 工序: 性能试验; Standard time (min): 30",
		"Operation: 50; Work step: Painting and packing; 工序: 涂装与包装; Standard time (min): 40")
	for _, q := range []string{
		"from bearing assembly to the performance test, how many minutes in total?",
		"from the bearing assembly step until the performance test, how long in total?",
		"从轴承装配一直到性能试验，标准工时加起来多少分钟？",
		"从轴承装配到性能试验，一共多少分钟",
	} {
		p, ok := ParseWith(routing, q, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		res, err := Execute(routing, p.Plan)
		if err != nil || res.Value != 75 {
			t.Errorf("%q: [%s] = %v, %v; want 75, operations 20 to 40", q, p.Plan, res.Value, err)
		}
	}
}

// A span of steps named by their numbers ("from op 30 through op 70") is
// every step between, and asking how long the span takes adds up their
// times.
func TestStepSpanByNumberTakesTheSumOfTimes(t *testing.T) {
	tb := loadTable(t, "examples/demo/internal/assembly_sop.docx")
	for q, want := range map[string]float64{
		"how long does assembly take from op 30 through op 70, standard time?": 100,
		"what is the total standard time from operation 30 to operation 70?":   100,
		"how long does it take from bearing assembly to casing assembly?":      80,
	} {
		wantValue(t, tb, q, want)
	}
}
