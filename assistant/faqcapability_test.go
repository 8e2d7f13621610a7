package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// capabilityEntry is an FAQ entry of the pump FAQ, whose title names the
// product the way the real one does.
func capabilityEntry(n int, id, question, answer, lang string, score float64) retrieval.Item {
	it := item(n, id, question+"\n"+answer, lang, "HF-CP200 Centrifugal Pump — Frequently Asked Questions")
	it.Chunk.Section = []string{"Selection and application", question}
	it.Score = score
	return it
}

var (
	at60Hz   = [2]string{"Can the pump run at 60 Hz?", "The standard HF-CP200 is built for 50 Hz only. A 60 Hz version with a 160 mm impeller is available on request."}
	inverter = [2]string{"Can I run the HF-CP200 on a frequency inverter?", "Yes, between 30 Hz and 50 Hz. Do not run above 50 Hz."}
	hotWater = [2]string{"HF-CP200 可以输送热水吗？", "可以，介质温度范围为 −10 °C 至 +90 °C。超过 90 °C 时机械密封会损坏，请选用高温型。"}
	seaWater = [2]string{"Can the HF-CP200 pump sea water?", "No. The grey cast iron casing (HT250) is not suitable for sea water or brine."}
)

// Asking whether the pump can be used, run or made to pump something is
// one question however the verb is put ("能用吗", "will it work", "能抽吗"
// for "can it run", "可以输送"): the entry answers it, and with the
// condition the user adds around it ("我们这边的电是 60 赫兹").
func TestFAQCapabilityAskedWithOtherVerb(t *testing.T) {
	for _, c := range []struct {
		q, want string
		entry   [2]string
		lang    string
	}{
		{"我们厂里的电是60赫兹的，这个泵还能用吗", "160 mm", at60Hz, "en"},
		{"这泵在 60 赫兹下能用吗？", "160 mm", at60Hz, "en"},
		{"Will this pump work on a 60 Hz supply?", "160 mm", at60Hz, "en"},
		{"Can I use the pump with an inverter?", "between 30 Hz and 50 Hz", inverter, "en"},
		{"管道里走的是热水，这泵能抽吗", "+90 °C", hotWater, "zh"},
		{"热水用这个泵能抽吗？", "+90 °C", hotWater, "zh"},
	} {
		ev := evidence(c.q,
			capabilityEntry(1, "a", c.entry[0], c.entry[1], c.lang, 1.1),
			capabilityEntry(2, "b", seaWater[0], seaWater[1], "en", 1.2))
		ev.Trace.Coverage = 0.3
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, c.want) {
			t.Errorf("%s: answer = %q (%s), want the entry %q", c.q, ans.Answer, ans.Trace.Abstention, c.entry[0])
		}
	}
}

// Taking the verb of using out leaves what each asks about: an entry on
// another condition, or on another medium, is still another question.
func TestFAQCapabilityOtherConditionNotMatched(t *testing.T) {
	for _, c := range []struct {
		q     string
		entry [2]string
	}{
		{"Can the pump run dry for a minute?", at60Hz},
		{"这泵能用变频器吗？", at60Hz},
		{"这泵能抽 100 度的油吗", hotWater},
		{"Can I use the pump at 60 Hz?", inverter},
	} {
		ev := evidence(c.q, capabilityEntry(1, "a", c.entry[0], c.entry[1], "en", 1.2))
		ev.Trace.Coverage = 0.3
		if ans := answer(t, ev); strings.Contains(ans.Answer, c.entry[1]) {
			t.Errorf("%s: answer = %q, want no answer from the entry %q", c.q, ans.Answer, c.entry[0])
		}
	}
}
