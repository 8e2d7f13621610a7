package assistant

import "testing"

// A part the lead labels with its own words is answered, not left open.
func TestLabelledPartIsNotLeftOpen(t *testing.T) {
	text := "每次加：15 g（据英文文档）[1]\nEvery 4000 operating hours with 15 g per bearing. [1]\n\n资料中没有回答：每次加多少"
	if got, want := withoutLabelledMissing(text, "zh"), "每次加：15 g（据英文文档）[1]\nEvery 4000 operating hours with 15 g per bearing. [1]"; got != want {
		t.Errorf("got %q", got)
	}
	open := "每次加：15 g [1]\n\n资料中没有回答：每次加多少；保修多久"
	if got, want := withoutLabelledMissing(open, "zh"), "每次加：15 g [1]\n\n资料中没有回答：保修多久"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	unlabelled := "Every 4000 operating hours. [1]\n\nThe documents do not answer: how much grease"
	if got := withoutLabelledMissing(unlabelled, "en"); got != unlabelled {
		t.Errorf("an unlabelled part dropped: %q", got)
	}
}

// What the question leaves out answers nothing: "without the motor" is not
// answered by the motor's weight, in either language's label.
func TestLeftOutLabelsAnswerNothing(t *testing.T) {
	left := leftOutTerms("how heavy is just the pump end, without the motor or the base?")
	for s, want := range map[string]bool{
		"Motor: 52 kg.": true,
		"整机重量（泵、电机、底座、控制箱）: 118 kg (±3%).": true,
		"Pump: 48 kg.":            false,
		"The unit weighs 118 kg.": false,
	} {
		if got := labelsLeftOut(left, s); got != want {
			t.Errorf("%q: left out %v, want %v", s, got, want)
		}
	}
	// Left out in Chinese, in brackets, the English sheet's labels are
	// left out too, and the question still asks how heavy.
	left = leftOutTerms("泵头本身（不算电机、底座和控制箱）有多重？")
	for s, want := range map[string]bool{"Motor: 52 kg.": true, "Control box: 4 kg.": true, "Pump: 48 kg.": false} {
		if got := labelsLeftOut(left, s); got != want {
			t.Errorf("%q: left out %v, want %v", s, got, want)
		}
	}
	if left["多重"] {
		t.Error("the bracket's end did not end what is left out: 多重 is left out")
	}
}

// A support entry asking why an error shows answers what to do about it.
func TestWhyEntryOfAnErrorAnswersTheFix(t *testing.T) {
	field := askedAttribute("rosrun says could not open port /dev/ttyUSB0: Permission denied. how do i fix it?")
	if field == nil {
		t.Skip("the fix is asked as no field")
	}
	if !answersRemedy("When rosrun is running, the terminal reports an error message counld not open port /dev/ttyUSB0: Permission: '/dev/ttyUSB0', why?", field) {
		t.Errorf("the error's entry does not answer the fix %v", field)
	}
	if answersRemedy("Why is the pump noisy at high flow?", field) {
		t.Error("a why-entry without an error answers a fix")
	}
}
