package tableq

import (
	"context"
	"strconv"
	"strings"
	"testing"
)

// A column of ranges ("-168 ~ +168") is compared by how wide each range
// is: the joint with the largest range turns the furthest, wherever its
// range begins.
func TestRangesCompareByWidth(t *testing.T) {
	joints := chunkTable(t, "joints",
		"Joint: J1; Range: -168 ~ +168",
		"Joint: J2; Range: -140 ~ +140",
		"Joint: J5; Range: -155 ~ +160",
		"Joint: J6; Range: -180 ~ +180")
	for _, c := range []struct {
		q     string
		group string
		want  float64
	}{
		{"which joint has the largest range?", "J6", 360},
		{"哪个关节的转动范围最小？", "J2", 280},
	} {
		p, ok := ParseWith(joints, c.q, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", c.q)
		}
		res, err := Execute(joints, p.Plan)
		if err != nil || len(res.Rows) != 1 || !strings.Contains(res.Rows[0].Chunk.Text, c.group+";") || res.Value != c.want {
			t.Errorf("%q: [%s] = %v %v, %v; want %s %v", c.q, p.Plan, res.Value, res.Rows, err, c.group, c.want)
		}
	}
}

// Beyond the largest tables, a small one answers a figure over a column
// it names, never a count or listing of its few rows; the product its
// manual is of ("myCobot 280") singles out none of its rows.
func TestSmallTablesAnswerFiguresOnly(t *testing.T) {
	var tables []*Table
	for i := 0; i < MainTables; i++ {
		tables = append(tables, chunkTable(t, "log"+strconv.Itoa(i),
			"WO: 1; Equipment: pump; Downtime (h): 2", "WO: 2; Equipment: fan; Downtime (h): 3", "WO: 3; Equipment: belt; Downtime (h): 1"))
	}
	tables = append(tables, chunkTable(t, "joints",
		"Joint: J1; Range: -168 ~ +168", "Joint: J6; Range: -180 ~ +180"))
	for _, q := range []string{"which joint has the largest range?", "which myCobot 280 joint has the largest range?"} {
		res, err := AnswerOver(context.Background(), tables, q, Options{})
		if err != nil || res == nil || res.Value != 360 {
			t.Fatalf("%q: %+v, %v", q, res, err)
		}
		if len(res.Groups) > 0 && res.Table.RangeOf(res.Groups[0], res.Plan.Column) != "-180 ~ +180" {
			t.Errorf("%q: the widest range is not given as written: %+v", q, res.Groups[0])
		}
	}
	if res, _ := AnswerOver(context.Background(), tables, "how many joints have a range?", Options{}); res != nil && res.Table.Ref.DocTitle == "joints" {
		t.Errorf("a count of a small table's rows: [%s]", res.Plan)
	}
}
