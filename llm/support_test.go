package llm

import (
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/internal/testlines"
	"github.com/kgassist/kgassist/retrieval"
)

func bilingualPumpEvidence(question string) *retrieval.Evidence {
	ev := pumpEvidence(question)
	zh := evidenceOf(question, "HF-CP200 离心泵的额定功率为2.2 kW，额定电压为380 V。机械密封MS-35每运行4000小时更换一次。")
	it := zh.Items[0]
	it.N, it.Chunk.ID, it.Chunk.Lang = 4, "d", "zh"
	ev.Items = append(ev.Items, it)
	return ev
}

// A model obeying planted instructions writes made-up sentences under real
// citation markers (served over the OpenAI protocol by the loopback fake).
// The answer keeps the faithful sentences and none of the made-up ones.
func TestMadeUpCitedSentencesAreDropped(t *testing.T) {
	var madeUp, keep []string
	for _, l := range testlines.Read(t, "testdata/madeup.txt") {
		if s, ok := strings.CutPrefix(l, "keep: "); ok {
			keep = append(keep, s)
		} else {
			madeUp = append(madeUp, l)
		}
	}
	all := append(append([]string{}, keep[:2]...), madeUp...)
	all = append(all, keep[2:]...)
	srv := fakellm.Start(t)
	srv.Script("obeys", fakellm.Fixed(strings.Join(all, "\n")))
	a := answerer(5*time.Second, model(t, srv, "obeys", 2*time.Second))
	d, _ := run(t, a, bilingualPumpEvidence("What are the specifications of the HF-CP200?"), nil)
	survived, lost := 0, 0
	for _, s := range madeUp {
		if strings.Contains(d.Text, claimOf(s)) {
			survived++
			t.Errorf("made-up sentence kept: %s", s)
		}
	}
	for _, s := range keep {
		if !strings.Contains(d.Text, claimOf(s)) {
			lost++
			t.Errorf("faithful sentence dropped: %s", s)
		}
	}
	t.Logf("%d made-up cited sentences (EN and ZH): %d dropped; %d faithful kept of %d", len(madeUp), len(madeUp)-survived, len(keep)-lost, len(keep))
}

// claimOf is a sentence without its citation and final stop.
func claimOf(s string) string {
	s = citeMark.ReplaceAllString(s, "")
	return strings.TrimRight(strings.TrimSpace(s), ".。")
}

// Part codes are names the passage holds whole, whatever their capitals;
// a restated table row stands.
func TestSupportKeepsCodesAndRows(t *testing.T) {
	ev := evidenceOf("What is the impeller?", "Part No.: CP200-IMP-01; Name: Impeller, closed, 6 vanes; Supplier: Hanshan Fluid Machinery (in-house)")
	for _, s := range []string{
		"Part No.: CP200-IMP-01; Name: Impeller, closed, 6 vanes; Supplier: Hanshan Fluid Machinery (in-house) [1].",
		"The impeller CP200-IMP-01 is closed with 6 vanes [1].",
	} {
		g := newGate(NewChecker(ev, nil), nil)
		g.write(s)
		g.finish()
		if g.text() == "" {
			t.Errorf("dropped: %s (%v)", s, g.removed)
		}
	}
}
