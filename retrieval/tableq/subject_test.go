package tableq

import (
	"context"
	"testing"
)

// A parts list that never names its product still answers a question
// that calls the product by name, when it is the only list that fits;
// the product's name is no word a row must hold, and "the rover" is all
// of it, multipliers included. Beside a second list that fits, or for a
// thing in no table, nothing is guessed.
func TestProductNamesTheOnlyPartsList(t *testing.T) {
	parts := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: motor; part #: 5202-2402-0027; cost pp: $42.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: drive wheel; short name: hub; part #: 545618; cost pp: $7.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: body; short name: beam; part #: 1106-0029-0232; cost pp: $5.09; # req in assy: 5; assembly multiplier: 1",
		"assembly: body; short name: bearing; part #: 1604-0043-0032; cost pp: $12.99; # req in assy: 4; assembly multiplier: 1",
		"assembly: body; short name: rod; part #: 2808-0004-0050; cost pp: $1.49; # req in assy: 1; assembly multiplier: 1",
		"assembly: body; short name: screw; part #: 2800-0004-0008; cost pp: $0.50; # req in assy: 8; assembly multiplier: 1")
	log := chunkTable(t, "work_orders",
		"WO: 1; Functional_Location_Description: hydraulics; WorkCentre: WC1",
		"WO: 2; Functional_Location_Description: lights & power; WorkCentre: WC2")
	tr := glossaryTranslate(t)
	for _, c := range []struct {
		q     string
		group string
		want  float64
	}{
		{"which rover assembly has the most line items?", "body", 4},
		{"average unit price of the rover body parts?", "", 5.0175},
		{"what's the total cost of the rover?", "", 388.78},
		{"how much does the whole rover cost in parts?", "", 388.78},
		{"what does the rover cost in parts?", "", 388.78},
		{"how many parts does the rover have?", "", 6},
		// The cheapest or dearest part is one piece's price, not what
		// its line adds to the product's cost.
		{"what's the cheapest part on the rover?", "", 0.50},
		{"which part of the rover is the most expensive?", "", 42.99},
		{"what is the dearest part in the rover?", "", 42.99},
		{"what's the most expensive part on the whole rover?", "", 42.99},
	} {
		res, err := AnswerOver(context.Background(), []*Table{parts, log}, c.q, Options{Translate: tr})
		if err != nil || res == nil {
			t.Fatalf("%q: no answer, %v", c.q, err)
		}
		key := ""
		if len(res.Groups) > 0 {
			key = res.Groups[0].Key
		}
		if key != c.group || res.Value < c.want-0.01 || res.Value > c.want+0.01 {
			t.Errorf("%q: [%s] = %v %q; want %v %q", c.q, res.Plan, res.Value, key, c.want, c.group)
		}
	}
	other := chunkTable(t, "spares", "assembly: arm; short name: servo; cost pp: $31.99; # req in assy: 2")
	for _, c := range []struct {
		tables []*Table
		q      string
	}{
		{[]*Table{parts, other}, "how many parts does the rover have?"},
		{[]*Table{parts, log}, "what's the total cost of the lidar mount on the rover?"},
		{[]*Table{parts, log}, "What is the part number of the rover's drive motor?"},
		{[]*Table{parts, log}, "执行器装配一共要几个 M3 垫圈"},
	} {
		if res, _ := AnswerOver(context.Background(), c.tables, c.q, Options{Translate: tr}); res != nil && res.Absent == "" {
			t.Errorf("%q: guessed [%s] over %s", c.q, res.Plan, res.Table.Ref.DocTitle)
		}
	}
}

// A product's name is read as a parts list's subject only where the
// caller's documents use the word: a thing they never name is one they
// lack, and the rover's total is no price of it.
func TestSubjectMustBeSaidInTheDocuments(t *testing.T) {
	parts := chunkTable(t, "parts_list",
		"assembly: drive wheel; short name: motor; part #: 5202-2402-0027; cost pp: $42.99; # req in assy: 1; assembly multiplier: 6",
		"assembly: body; short name: rod; part #: 2808-0004-0050; cost pp: $1.49; # req in assy: 1; assembly multiplier: 1")
	opts := Options{Translate: glossaryTranslate(t), Said: func(w string) bool { return w == "rover" }}
	res, err := AnswerOver(context.Background(), []*Table{parts}, "what's the total cost of the rover?", opts)
	if err != nil || res == nil || res.Value < 259.42 || res.Value > 259.44 {
		t.Errorf("the rover's total: %+v, %v; want 259.43", res, err)
	}
	if res, _ := AnswerOver(context.Background(), []*Table{parts}, "what's the total cost of the impeller?", opts); res != nil && res.Absent == "" {
		t.Errorf("the impeller's total: [%s] = %v, want none", res.Plan, res.Value)
	}
}
