package assistant

import "testing"

// An example the asker gives is the asker's own: the sentence writing it
// is the one that explains it.
func TestAskedExamples(t *testing.T) {
	got := askedExamples("铭牌上的出厂编号比如 2403015 是按什么规则编的？")
	if len(got) != 1 || got[0] != "2403015" {
		t.Fatalf("examples %q, want 2403015", got)
	}
	if !holdsExample(got, "Serial numbers have the form YYMMNNN, for example 2403015.") || holdsExample(got, "Quote the serial number from the nameplate.") {
		t.Error("holdsExample reads the wrong sentence")
	}
	if ex := askedExamples("what is the rated flow?"); ex != nil {
		t.Errorf("examples %q in a question that gives none", ex)
	}
}
