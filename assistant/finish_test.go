package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

func TestFinishNumbersCitationsInOrderOfFirstUse(t *testing.T) {
	var items []retrieval.Item
	for i, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		items = append(items, item(i+1, id, "passage "+id, "en", "Doc "+id))
	}
	ev := evidence("anything", items...)
	ans := Finish(ev, Draft{Text: "First [5]. Second [3][5]. Third [8][8]. Again [3]."}, "extractive")
	if want := "First [1]. Second [2][1]. Third [3]. Again [2]."; ans.Answer != want {
		t.Fatalf("answer = %q, want %q", ans.Answer, want)
	}
	var got []string
	for i, c := range ans.Citations {
		if c.N != i+1 {
			t.Errorf("citation %d numbered %d", i, c.N)
		}
		got = append(got, c.Document.Title)
	}
	if strings.Join(got, ",") != "Doc e,Doc c,Doc h" {
		t.Fatalf("sources = %v", got)
	}
}

func TestRelatedTopicsNameEachTitleOnce(t *testing.T) {
	c := kg.Chunk{DocTitle: "bom", Section: []string{"bom"}}
	if got := topicTitle(c); got != "bom" {
		t.Errorf("topicTitle = %q", got)
	}
	c = kg.Chunk{DocTitle: "Manual", Section: []string{"Manual", "6. Maintenance"}}
	if got := topicTitle(c); got != "Manual › 6. Maintenance" {
		t.Errorf("topicTitle = %q", got)
	}
}
