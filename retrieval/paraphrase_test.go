package retrieval

import (
	"slices"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/testlines"
)

// A question that asks in everyday words is covered by the words the
// documents use, and one asking for a specification so is a specification
// question, whatever "how much" or "supply" it also says.
func TestParaphrasesReachDocumentNames(t *testing.T) {
	lines := testlines.Read(t, "testdata/paraphrases.tsv")
	for _, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("bad line %q", line)
		}
		q := Analyze(f[0])
		if string(q.Intent) != f[1] {
			t.Errorf("%q: intent %s, want %s", f[0], q.Intent, f[1])
		}
		if q.Covered(TokenSet(f[2])) == 0 {
			t.Errorf("%q: no term is covered by %q (alts %v)", f[0], f[2], q.Alts)
		}
		if !shares(TokenSet(searchText(q)), TokenSet(f[2])) {
			t.Errorf("%q: search text %q does not search for %q", f[0], searchText(q), f[2])
		}
	}
	if len(lines) < 10 {
		t.Fatalf("only %d cases", len(lines))
	}
	// Words that only look alike reach nothing: "weight" is not "weigh".
	if q := Analyze("What is the weight of the pump?"); q.Covered(TokenSet("payload")) > 0 {
		t.Errorf("weight reached payload: %v", q.Alts)
	}
}

func shares(a, b map[string]bool) bool {
	for t := range b {
		if a[t] {
			return true
		}
	}
	return false
}

// A dark screen told in everyday Chinese searches the whole phrase an
// English manual writes for it, not only "blank" or "display".
func TestDarkScreenSearchesTheManualsPhrase(t *testing.T) {
	for _, question := range []string{
		"控制箱屏幕一片黑，可是有电",
		"显示屏黑乎乎的什么也看不到",
		"开机后屏幕黑乎乎的",
		"屏幕黑着，电源是通的",
	} {
		have := TokenSet(searchText(Analyze(question)))
		for _, t2 := range ContentTerms("display stays blank") {
			if !have[t2] {
				t.Errorf("%q: search text %q lacks %q", question, searchText(Analyze(question)), t2)
			}
		}
	}
}

// What a limit allows is searched as installation manuals and tolerance
// sheets write it: "Permitted misalignment: … at most 0.10 mm".
func TestAllowedSearchesPermitted(t *testing.T) {
	for _, question := range []string{
		"allowed radial misalignment of the coupling?",
		"What's the max radial misalignment allowed on the coupling?",
		"what is the allowable runout of the shaft",
		"what is the max allowed end play of the motor shaft?",
	} {
		have := TokenSet(searchText(Analyze(question)))
		if !have["permit"] && !have["permitted"] {
			t.Errorf("%q: search text %q lacks permitted", question, searchText(Analyze(question)))
		}
	}
	// Whether something may be done asks for no limit.
	if have := TokenSet(searchText(Analyze("Is the pump allowed outdoors?"))); have["permit"] || have["toler"] {
		t.Errorf("a question whether the pump may stand outdoors searches a limit: %q", searchText(Analyze("Is the pump allowed outdoors?")))
	}
}

// What an arm can lift is its payload, not what a suction pump fitted to
// it can hold: only a question about the pump searches its suction weight.
func TestLiftIsPayloadUnlessAPumpLifts(t *testing.T) {
	if q := Analyze("how much can the robot arm lift"); strings.Contains(searchText(q), "吸取重量") {
		t.Errorf("an arm's lift searched the pump's suction weight: %q", searchText(q))
	}
}

// The head a pump makes against a shut discharge valve is the data sheet's
// shut-off head, however the asker words the valve.
func TestShutValveHeadIsTheShutOffHead(t *testing.T) {
	for question, want := range map[string]string{
		"what head does the pump make with the discharge valve shut?": "shut-off head",
		"出口阀门关死的时候扬程有多少？":                                             "关死点扬程",
		"how much head at zero flow?":                                 "shut-off head",
	} {
		found := false
		for _, f := range ParaphrasedForms(question) {
			found = found || slices.Contains(f.Named, want)
		}
		if !found {
			t.Errorf("%q: no form names %q (%v)", question, want, ParaphrasedForms(question))
		}
	}
}
