package main

import (
	"context"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// faultCodesText is the after-sales department's internal fault code table.
// It is saved in GBK, as such files still are on many Chinese Windows PCs, so
// that the loaders have to detect and decode a legacy encoding.
const faultCodesText = `汉山流体机械有限公司 售后服务部
HF-CP200 控制箱故障代码表及维修要点（内部资料，禁止外传）
版本：2025 年 12 月

一、故障代码表（保护器 HC-10，备件号 CP200-CTL-02）

E01 电机过流：电流超过额定电流 14.8 A 的 110 %（即 16.3 A）持续 10 秒。检查出口阀开度和电源电压。
E02 缺相或三相不平衡超过 5 %。检查现场配电柜端子和熔断器。
E03 干转保护：液位开关断开，延时由参数 P-17 设定（出厂值 10 秒）。
E04 电机过热：PTC 热敏电阻动作（动作温度 150 °C）。检查风扇罩是否堵塞、泵房温度是否超过 40 °C。
E05 出口超压：出口压力超过参数 P-21 设定值（出厂值 1.2 MPa）。
E06 欠电压：电源电压低于 342 V（380 V 的 90 %）持续 5 秒。说明书未列出此代码，用户来电时需解释。
E07 压力变送器信号异常：4～20 mA 信号低于 3.6 mA 或高于 20.5 mA。多为电缆磨损、接头腐蚀或变送器损坏。
E08 通讯故障：RS-485（Modbus RTU，从站地址 1，波特率 9600）超过 30 秒无应答。
E09 参数存储错误：EEPROM 校验失败。同时按住"复位"和"停止"键 10 秒恢复出厂参数；无效时更换保护器 HC-10。

二、维修要点

1. 叶轮螺母松动是 2025 年振动投诉的主要原因之一。维修后必须按 45 N·m 重新紧固叶轮螺母 CP200-IMP-02，并涂 Loctite 243 螺纹紧固胶。
2. 压力变送器 CP200-CTL-04 由西安华测仪表（Xi'an Huace Instruments Co.）供货，批号 HC2403（2024 年 3 月）的接头密封不良，E07 报修多与此批次有关，更换时一律换用新批次。
3. 保修更换机械密封 CP200-SEL-01 时，必须同时更换两个 O 形圈 CP200-SEL-03。
4. 因现场对中不合格（径向偏差大于 0.10 mm）造成的轴承损坏不属于保修范围。
5. 标准维修工时：更换机械密封 2.5 h；更换轴承 4 h；更换叶轮 3 h；更换压力变送器 1 h。
6. 机械密封备件单价 680 元，交货期 21 天，请服务工程师随车携带至少 1 套。
`

func renderFaultCodesGBK(ctx context.Context, src string) ([]byte, error) {
	return simplifiedchinese.GBK.NewEncoder().Bytes([]byte(faultCodesText))
}
