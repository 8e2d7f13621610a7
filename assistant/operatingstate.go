package assistant

import (
	"regexp"
	"strings"
)

// A motor's locked-rotor current is not its running current, nor its
// no-load current: the same measure taken in another state of the machine
// is another value. "What is the motor's locked-rotor (starting) current?"
// is not answered by "the motor current (at most 14.8 A)".

// operatingStates are the words that name one state a measure is taken
// in, each group one state in both languages.
var operatingStates = [][]string{
	{"locked-rotor", "locked rotor", "starting", "start-up", "startup", "inrush", "堵转", "起动", "启动"},
	{"no-load", "no load", "idle", "空载"},
	{"peak", "峰值"},
}

var reStateMeasure = regexp.MustCompile(`(?i)\b(locked[- ]rotor|starting|start-up|startup|inrush|no[- ]load|idle|peak)\W+(?:\([\w -]+\)\W*)?(current|torque|power|amps?)\b|(堵转|起动|启动|空载|峰值)(电流|转矩|扭矩|功率)`)

// askedState is the group of state words the question puts before its
// measure, or nil.
func askedState(question string) []string {
	m := reStateMeasure.FindStringSubmatch(question)
	if m == nil {
		return nil
	}
	word := strings.ToLower(m[1] + m[4])
	for _, g := range operatingStates {
		for _, w := range g {
			if strings.ReplaceAll(w, "-", " ") == strings.ReplaceAll(word, "-", " ") {
				return g
			}
		}
	}
	return nil
}

// otherOperatingState reports a sentence that does not name the state the
// question asks its measure in.
func otherOperatingState(state []string, sentence string) bool {
	if state == nil {
		return false
	}
	lower := strings.ToLower(sentence)
	for _, w := range state {
		if strings.Contains(lower, w) {
			return false
		}
	}
	return true
}
