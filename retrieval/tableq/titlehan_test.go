package tableq

import (
	"strconv"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// A Chinese question may call a sheet by the words of its heading
// ("维护保养表" of the table under "4.维护和保养"): they are no words its
// rows must hold.
func TestSheetCalledByItsHeading(t *testing.T) {
	rows := []string{
		"维护项目: 视觉检查; 描述: 检查机器人有无明显的损坏; 推荐周期: 日常",
		"维护项目: 结构清洁; 描述: 使用干净的布料清洁; 推荐周期: 日常",
		"维护项目: 紧固件检查; 描述: 检查并紧固所有螺栓; 推荐周期: 日常",
		"维护项目: 润滑; 描述: 对关节进行润滑; 推荐周期: 每 3 个月",
		"维护项目: 电缆和接线检查; 描述: 检查电缆和接线; 推荐周期: 每月",
	}
	var chunks []kg.Chunk
	for i, r := range rows {
		chunks = append(chunks, kg.Chunk{ID: "m" + strconv.Itoa(i), Text: r})
	}
	tb, err := NewTable(kg.Table{DocumentID: "notice", DocTitle: "第三章 用户须知", Section: []string{"第三章 用户须知", "4.维护和保养", "常见维护项目及推荐周期"}, Rows: len(rows)}, chunks)
	if err != nil {
		t.Fatal(err)
	}
	// 每天 is the table's 日常, as the schedule is written there
	for _, q := range []string{"维护保养表里日常要做的有几项？", "维护保养表里每天要做的有几项？"} {
		p, ok := ParseWith(tb, q, glossaryTranslate(t))
		if !ok {
			t.Fatalf("%q: no plan", q)
		}
		if res, err := Execute(tb, p.Plan); err != nil || res.Value != 3 {
			t.Errorf("%q: [%s] = %v, %v; want 3", q, p.Plan, res.Value, err)
		}
	}
}

// A heading word that also names a column ("扭矩" of "扭矩表") still
// names the column where the question says it again.
func TestHeadingWordThatNamesAColumn(t *testing.T) {
	rows := []string{"Fastener: M8 bolt; Torque (N·m): 25", "Fastener: M10 bolt; Torque (N·m): 45", "Fastener: M12 bolt; Torque (N·m): 80"}
	var chunks []kg.Chunk
	for i, r := range rows {
		chunks = append(chunks, kg.Chunk{ID: "t" + strconv.Itoa(i), Text: r})
	}
	tb, err := NewTable(kg.Table{DocumentID: "sop", DocTitle: "Assembly instruction", Section: []string{"5 Torque values (扭矩表)"}, Rows: len(rows)}, chunks)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := ParseWith(tb, "扭矩表里扭矩超过30 N·m的紧固件有几项", glossaryTranslate(t))
	if !ok {
		t.Fatal("no plan")
	}
	if res, err := Execute(tb, p.Plan); err != nil || res.Value != 2 {
		t.Errorf("[%s] = %v, %v; want 2", p.Plan, res.Value, err)
	}
}
