package retrieval

import (
	"slices"
	"strings"
	"testing"
)

// Words a manual in one language uses for what the other language asks
// reach it through the glossary, in the forms people write them.
func TestGlossaryFormsAskedAcrossLanguages(t *testing.T) {
	for _, c := range []struct{ question, term, form string }{
		{"Can the pump handle hot water?", "hot", "热水"},
		{"Below what outside temperature do we have to drain the casing?", "outsid", "环境 境温 温度"},
		// A screw bought in, and what to use when it cannot be.
		{"做丝杆的 M3 六角头螺丝买不到，有啥替代办法？", "丝杆", "lead screw"},
		{"做丝杆的 M3 六角头螺丝买不到，有啥替代办法？", "六角", "hexagon head"},
		{"做丝杆的 M3 六角头螺丝买不到，有啥替代办法？", "替代", "substitut"},
		{"我们这里是60赫兹的电，这泵能用吗", "赫兹", "hz"},
		{"How often should a pump in long storage be turned by hand?", "turn", "盘车"},
		{"How often should a pump in long storage be turned by hand?", "storag", "长期 期存 存放"},
		{"长期存放的泵多久盘车一次？", "存放", "long-term storag"},
		{"装执行器的时候螺母从哪儿塞进去", "执行", "actuat"},
		{"装执行器的时候螺母从哪儿塞进去", "塞进", "insert"},
		// What befell the machine, and the code it showed, in a work order
		// written in English.
		{"WO-25-0042 雷击后报了什么故障码？", "雷击", "lightn strike"},
		{"WO-25-0042 雷击后报了什么故障码？", "障码", "fault code"},
		{"打雷以后控制箱显示的错误码是多少", "打雷", "lightn"},
		{"打雷以后控制箱显示的错误码是多少", "误码", "error code"},
		{"Which fault code came up after the lightning strike?", "lightn", "雷击"},
		// An FMEA written in English, asked of in Chinese.
		{"灭火器压力表过期了，失效模式是什么？", "过期", "out of date"},
		{"灭火器压力表过期了，失效模式是什么？", "力表", "gaug"},
		{"没有检验标签的后果是什么", "标签", "tag"},
		{"没有检验标签的后果是什么", "检验", "test"},
		// Handling a camera board, and measuring on a part, asked in
		// Chinese of English build notes.
		{"装相机板要注意静电吗", "静电", "static"},
		{"装相机板要注意静电吗", "注意", "precaut"},
		{"拆下来的镜头怎么放才不进灰", "进灰", "dust"},
		{"拆下来的镜头怎么放才不进灰", "拆下", "remov"},
		{"孔离中心多远", "中心", "centr"},
		{"补钻的孔离轮心多远", "轮心", "center of the wheel"},
		{"补钻的孔离轮心多远", "补钻", "drill"},
		// A mine's work orders and FMEA, written in English shorthand,
		// asked of in Chinese.
		{"平台油缸自己往下溜是什么问题", "下溜", "creep"},
		{"扶手松了的那条记录", "扶手", "handrail"},
		{"工作台上的油缸漏油", "作台", "deck"},
		{"换密封胶条花了多少", "胶条", "rubber"},
		// A build guide's parts and measures, asked of in Chinese words
		// that fall apart into two-character pieces.
		{"高分辨率版本要加多厚的样品垫高块", "垫高", "riser"},
		{"高分辨率版本要加多厚的样品垫高块", "样品", "sampl"},
		{"高分辨率版本要加多厚的样品垫高块", "多厚", "thick"},
		{"轮子要打几个孔", "孔", "hole"},
		{"相机用什么螺丝固定", "固定", "secur"},
		{"线一般留多长", "多长", "length"},
		// A maker's parts list names its beams by series, asked of in
		// Chinese.
		{"底盘用了哪几种 1120 系列方梁", "方梁", "squar beam"},
		{"底盘用了哪几种 1120 系列方梁", "系列", "seri"},
	} {
		q := Analyze(c.question)
		var forms []string
		for _, seq := range q.Alts[c.term] {
			forms = append(forms, strings.Join(seq, " "))
		}
		if !slices.Contains(forms, c.form) {
			t.Errorf("%s: forms of %q = %v, want %q", c.question, c.term, forms, c.form)
		}
	}
}
