package assistant

import "regexp"

// A pump's supply has two circuits: the main one feeding the motor and
// the control one feeding the control box. Their fuses differ tenfold
// ("Recommended supply fuse: 25 A" against "Control fuse F1, 2 A"), and
// quoting one for the other sizes a fuse wrong. A question about the main
// circuit is not answered by a sentence naming only the control circuit,
// nor the other way round.
var (
	mainCircuit    = regexp.MustCompile(`(?i)\b(?:main|supply|mains|power|incoming|motor) (?:circuit|fuse|fuses|breaker|line|side)\b|主回路|主电路|动力回路|主电源|进线|电源保险|供电保险`)
	controlCircuit = regexp.MustCompile(`(?i)\bcontrol (?:circuit|fuse|fuses|transformer|supply)\b|控制回路|控制电路|控制保险`)
)

// otherCircuit reports a sentence naming only the circuit the question
// does not ask about.
func otherCircuit(question, s string) bool {
	switch {
	case mainCircuit.MatchString(question) && !controlCircuit.MatchString(question):
		return controlCircuit.MatchString(s) && !mainCircuit.MatchString(s)
	case controlCircuit.MatchString(question) && !mainCircuit.MatchString(question):
		return mainCircuit.MatchString(s) && !controlCircuit.MatchString(s)
	}
	return false
}
