package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

func TestTimeRival(t *testing.T) {
	faq := func(n int, text string) retrieval.Item {
		return retrieval.Item{N: n, Chunk: kg.Chunk{ID: "faq", DocumentID: "faq", Text: text, Lang: "en", DocTitle: "FAQ", Section: []string{"Service"}}}
	}
	sheet := func(n int, text string) retrieval.Item {
		return retrieval.Item{N: n, Chunk: kg.Chunk{ID: "sheet", DocumentID: "sheet", Text: text, Lang: "zh", DocTitle: "service_sheet", Section: []string{"维修要点"}}}
	}
	hours := "标准维修工时：更换叶轮 3.5 h；更换轴承 4 h。"
	cases := []struct {
		name, question string
		items          []retrieval.Item
		quote          scored
		want           []string // in the line; none: no line
	}{
		{"an English answer and a Chinese sheet", "how long does replacing the impeller take?",
			[]retrieval.Item{faq(1, "A trained fitter can replace the impeller in roughly 3 hours."), sheet(2, hours)},
			scored{text: "A trained fitter can replace the impeller in roughly 3 hours.", n: 1}, []string{"3 hours [1]", "3.5 h [2]"}},
		{"a Chinese answer and an English FAQ", "换叶轮大概要多久？",
			[]retrieval.Item{sheet(1, hours), faq(2, "A trained fitter can replace the impeller in roughly 3 hours.")},
			scored{text: "更换叶轮 3.5 h；", n: 1}, []string{"3.5 h [1]", "3 hours [2]"}},
		{"another job's time is no rival", "how long does a bearing change take?",
			[]retrieval.Item{sheet(1, hours), faq(2, "A trained fitter can replace the impeller in roughly 3 hours.")},
			scored{text: "更换轴承 4 h。", n: 1}, nil},
		{"the same time written otherwise is no rival", "how much time does an impeller replacement need?",
			[]retrieval.Item{faq(1, "Replacing the impeller takes about 210 minutes."), sheet(2, hours)},
			scored{text: "Replacing the impeller takes about 210 minutes.", n: 1}, nil},
		{"hours run are not a time taken", "how long does replacing the impeller take?",
			[]retrieval.Item{faq(1, "A trained fitter can replace the impeller in roughly 3 hours."), sheet(2, "叶轮运行 9000 h 后磨损，需要更换叶轮。")},
			scored{text: "A trained fitter can replace the impeller in roughly 3 hours.", n: 1}, nil},
		{"how often is not how long", "叶轮多久换一次？",
			[]retrieval.Item{faq(1, "A trained fitter can replace the impeller in roughly 3 hours."), sheet(2, hours)},
			scored{text: "A trained fitter can replace the impeller in roughly 3 hours.", n: 1}, nil},
		{"labour hours ask the time taken", "How many labour hours is an impeller replacement?",
			[]retrieval.Item{faq(1, "A trained fitter can replace the impeller in roughly 3 hours."), sheet(2, hours)},
			scored{text: "A trained fitter can replace the impeller in roughly 3 hours.", n: 1}, []string{"3 hours [1]", "3.5 h [2]"}},
		{"工时 asks the time taken", "更换叶轮算多少工时？",
			[]retrieval.Item{sheet(1, hours), faq(2, "A trained fitter can replace the impeller in roughly 3 hours.")},
			scored{text: "更换叶轮 3.5 h；", n: 1}, []string{"3.5 h [1]", "3 hours [2]"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := evidence(c.question, c.items...)
			line, _ := timeRival(ev, c.quote)
			if len(c.want) == 0 {
				if line != "" {
					t.Fatalf("line = %q, want none", line)
				}
				return
			}
			for _, w := range c.want {
				if !strings.Contains(line, w) {
					t.Fatalf("line = %q, want %q in it", line, w)
				}
			}
		})
	}
}

// A quote giving times for several cases gives the asked case's: the one
// whose clause names the job and its case.
func TestAskedTimeOfSeveralCases(t *testing.T) {
	text := "The housing takes around 6 hours on a Prusa Mini (and similar printers) or about 4 hours on a Bambu X1, Voron, and the like."
	cases := []struct {
		question string
		want     string // "" for none
	}{
		{"How long does the housing take to print on a Prusa Mini?", "6 hours"},
		{"how long does printing the housing take on the Bambu X1?", "4 hours"},
		{"在 Bambu X1 上打印外壳要多长时间？", "4 hours"},
	}
	for _, c := range cases {
		v, ok := askedTime(text, jobTerms(retrieval.Analyze(c.question)))
		if got := map[bool]string{true: v.written}[ok]; got != c.want {
			t.Errorf("%q: time %q, want %q", c.question, got, c.want)
		}
	}
	// Where no clause names the job more than another, no one time is it.
	if v, ok := askedTime("It takes 6 hours on a Prusa Mini or 4 hours on a Bambu X1.", jobTerms(retrieval.Analyze("How long does the lid take to print?"))); ok {
		t.Errorf("time %q, want none", v.written)
	}
}

func TestAskedTimeOfOneCase(t *testing.T) {
	cases := []struct{ question, want string }{
		{"How long does replacing the impeller take?", "3 hours"},
	}
	for _, c := range cases {
		v, ok := askedTime("A trained fitter can replace the impeller in roughly 3 hours.", jobTerms(retrieval.Analyze(c.question)))
		if got := map[bool]string{true: v.written}[ok]; got != c.want {
			t.Errorf("%q: time %q, want %q", c.question, got, c.want)
		}
	}
}

// "What does it take to" asks what is needed; a thing taking time to be
// made is asked for a time.
func TestTimeTakenToDoSomething(t *testing.T) {
	for q, want := range map[string]bool{
		"what does the housing take to print?":       true,
		"How long does the main body take to print?": true,
		"what does it take to become a distributor?": false,
		"更换叶轮需要多长时间":                                 true,
	} {
		if got := asksTimeTaken(q); got != want {
			t.Errorf("asksTimeTaken(%q) = %v, want %v", q, got, want)
		}
	}
}

// 一次 after the asking asks how often ("多久换一次"); before it, it counts
// the one run whose time is asked ("打印一次要多久").
func TestOneRunAsksTimeNotFrequency(t *testing.T) {
	for q, want := range map[string]bool{
		"显微镜主体打印一次要多久":                           true,
		"换一次机械密封需要多长时间":                          true,
		"整机装配一次要花多少时间":                           true,
		"机械密封要多久换一次":                             false,
		"轴承多长时间加一次油":                             false,
		"每隔多久要检查一次":                              false,
		"how often should the seal be replaced?": false,
	} {
		if got := asksTimeTaken(q) || asksHowLongLasting(q); got != want {
			t.Errorf("%q asks a time taken: %v, want %v", q, got, want)
		}
		if got := retrieval.AsksHowOften(q); got == want {
			t.Errorf("AsksHowOften(%q) = %v, want %v", q, got, !want)
		}
	}
}
