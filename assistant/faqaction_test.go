package assistant

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// "How often are the joints lubricated" is not answered by an FAQ about
// a joint that will not move, though both name the arm's joints, and the
// maintenance table's lubrication row answers instead.
func TestHowOftenEntryMustNameTheJob(t *testing.T) {
	stuck := item(1, "a", "A joint of the robot arm cannot move. How to deal with it?\nYou can use a python script to read the angle in a loop. If there is a return value, check the following points.", "en", "Other Issue")
	stuck.Chunk.Section = []string{"Other Issue", "A joint of the robot arm cannot move. How to deal with it?"}
	stuck.Score = 1
	row := item(2, "b", "维护项目: 润滑; 描述: 对关节和移动部件进行润滑，使用制造商推荐的润滑油。; 推荐周期: 每 3 个月", "zh", "第三章 用户须知")
	row.Chunk.Kind = "table_row"
	row.Score = 0.5
	for _, q := range []string{"机械臂关节多久要润滑一次？", "机械臂的关节隔多久润滑？"} {
		ev := evidence(q, stuck, row, filler(3, "机械臂关节运动验证"), filler(4, "机械臂关节响应正常"), filler(5, "机械臂关节逐一运动"), filler(6, "机械臂的关节1在0-90度循环运动"))
		ans := answer(t, ev)
		if ans.Abstained || !strings.Contains(ans.Answer, "3 个月") || strings.Contains(ans.Answer, "python") {
			t.Errorf("%s: %q, want the lubrication row's 3 个月", q, ans.Answer)
		}
	}
	// An entry about the job asked keeps its match.
	lube := item(1, "a", "How often should the joints be lubricated?\nLubricate the joints every 3 months.", "en", "Other Issue")
	lube.Chunk.Section = []string{"Other Issue", "How often should the joints be lubricated?"}
	if _, ok := faqAnswer(evidence("机械臂关节多久要润滑一次？", lube, filler(3, "机械臂关节运动验证"), filler(4, "机械臂关节响应正常"), filler(5, "机械臂关节逐一运动")), "zh", true); !ok {
		t.Error("the entry about lubricating lost its match")
	}
}

// Asked in English with a word the glossary knows ("lube" as 润滑), an
// entry about the joints' limits is no answer either.
func TestHowOftenEntryMustNameTheJobEN(t *testing.T) {
	limits := item(1, "a", "What are the limits of myCobot's joints?\nOne axis and five axes have limits. Note: When rotating the robot arm, it should be rotated at a small angle and gently.", "en", "Hardware Issues")
	limits.Chunk.Section = []string{"Hardware Issues", "What are the limits of myCobot's joints?"}
	limits.Score = 1
	if text, ok := faqAnswer(evidence("how often am I supposed to lube the joints on the mycobot?", limits), "en", true); ok {
		t.Errorf("the joints' limits answer how often to lube them: %q", text)
	}
	lube := item(1, "a", "How often should the joints be lubricated?\nLubricate the joints every 3 months.", "en", "Other Issue")
	lube.Chunk.Section = []string{"Other Issue", "How often should the joints be lubricated?"}
	if _, ok := faqAnswer(evidence("how often am I supposed to lube the joints on the mycobot?", lube), "en", true); !ok {
		t.Error("the entry about lubricating lost its match")
	}
}

// filler is a passage about the arm's joints that answers nothing asked.
func filler(n int, text string) retrieval.Item {
	it := item(n, string(rune('a'+n)), text+"。", "zh", "首次使用自查")
	it.Score = 0.4
	return it
}

// Pairs cut across the passages' common words ("臂关" of 机械臂关节) are
// dropped with them; a word of its own is kept.
func TestCutPairsGoWithCommonWords(t *testing.T) {
	ev := evidence("机械臂关节多久要润滑一次？")
	ev.Items = []retrieval.Item{item(1, "a", "机械臂关节运动", "zh", "t")}
	got := withoutStraddlesOfDropped(ev, ev.Question.Text, []string{"臂关", "节多", "多久", "润滑"}, map[string]bool{"机械": true, "械臂": true, "关节": true})
	if strings.Join(got, " ") != "多久 润滑" {
		t.Errorf("terms = %v, want 多久 润滑", got)
	}
}
