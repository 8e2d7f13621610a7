package main

import "context"

// routing is the process routing of the SOP: operation number, work centre
// and standard time in minutes, in production order.
var routing = tsvTable("routing")

// torques is the torque table of the SOP. The values are internal: the public
// manual only gives the anchor bolt torque that the customer applies on site.
var torques = tsvTable("torques")

var sopBlocks = []docBlock{
	title("HF-CP200 Centrifugal Pump — Assembly Operation Instruction (装配作业指导书)"),
	para("Document HS-SOP-CP200-03, revision D, effective 2025-11-01. Hanshan Fluid Machinery Co., Ltd., assembly workshop 2 (装配二车间). Internal document, not for customers."),
	heading(1, "1 Scope (适用范围)"),
	para("This instruction covers the final assembly of the HF-CP200 centrifugal pump (HF-CP200 单级离心泵) from released parts to the packed unit. It applies to BOM revision C. Every pump is accompanied by a traveller (流转卡) in which the operator records the torques of operations 40 and 50 and the results of operations 90 and 100."),
	heading(1, "2 Tools and fixtures (工装工具)"),
	para("Torque wrench 5–25 N·m and torque wrench 20–100 N·m (扭矩扳手), calibrated every 6 months."),
	para("Induction bearing heater (轴承感应加热器) with temperature probe, set to 100 °C."),
	para("Seal installation sleeve T-CP200-05 (机封导套) and shaft clamp T-CP200-07."),
	para("Dial indicator 0.01 mm with magnetic base (百分表) for run-out and alignment."),
	para("Hydrostatic test bench HB-3 and performance test loop PT-1 (ISO 9906 Grade 2B)."),
	para("Thread locker Loctite 243 (螺纹紧固胶)."),
	heading(1, "3 Process routing (工艺路线)"),
	para("The operations run in the order below; an operation may start only when the previous one is signed off in the traveller. Total standard time per pump: 270 min."),
	table(routing...),
	heading(1, "4 Operations (作业步骤)"),
	heading(2, "Operation 10 — Incoming inspection and cleaning (来料检验)"),
	para("Step 1: Check every part number against BOM revision C; the impeller CP200-IMP-01 must carry revision C."),
	para("Step 2: Clean the pump shaft CP200-SFT-01 and the bearing seats; remove burrs at the key ways."),
	para("Step 3: Measure the impeller bore: 32.000 to 32.025 mm (H7). Reject impellers outside this range."),
	heading(2, "Operation 20 — Bearing assembly (轴承装配)"),
	para("Step 1: Heat the bearing 6308 C3 on the induction heater to 100 °C. Never heat a bearing above 110 °C."),
	para("Step 2: Slide the bearing onto the drive end of the shaft against the shoulder and let it cool in place."),
	para("Step 3: Repeat steps 1 and 2 for the bearing 6306 C3 at the pump end."),
	para("Step 4: Fill each bearing with 15 g lithium complex grease LUB-LiX-2."),
	para("Step 5: Insert the shaft into the bearing housing CP200-BRG-01, fit both bearing covers CP200-BRG-03 with the V-rings CP200-BRG-04 and tighten the M8x25 cover bolts to 22 N·m."),
	heading(2, "Operation 30 — Mechanical seal installation (机械密封安装)"),
	para("Step 1: Press the stationary seat with its O-ring CP200-SEL-03 into the seal gland CP200-SEL-02."),
	para("Step 2: Wet the shaft sleeve CP200-SLV-01 with water only (no grease, no oil) and push the rotating unit of the mechanical seal CP200-SEL-01 over the installation sleeve T-CP200-05."),
	para("Step 3: Fit the gland and tighten the two M8x25 gland bolts evenly to 18 N·m."),
	para("Step 4: Never touch the seal faces with bare hands (禁止用手触摸密封端面)."),
	heading(2, "Operation 40 — Impeller mounting (叶轮安装)"),
	para("Step 1: Fit the key GB/T 1096 8x7x32 and slide the impeller CP200-IMP-01 onto the shaft."),
	para("Step 2: Apply Loctite 243 to the thread and tighten the impeller nut CP200-IMP-02 to 45 N·m using a torque wrench while holding the shaft in the shaft clamp T-CP200-07."),
	para("Step 3: Mark the nut and the shaft end with a torque-check paint line."),
	para("Step 4: Check the axial run-out of the impeller: at most 0.05 mm."),
	heading(2, "Operation 50 — Casing assembly (泵体装配)"),
	para("Step 1: Place a new casing gasket CP200-CAS-03 on the casing cover CP200-CAS-02."),
	para("Step 2: Join the rotor unit to the pump casing CP200-CAS-01 and fit the eight GB/T 5783 M10x30 bolts with spring washers GB/T 93 10."),
	para("Step 3: Tighten the casing bolts crosswise in two passes, first to 20 N·m, then to 40 N·m."),
	para("Step 4: Turn the shaft by hand: it must turn freely without rubbing."),
	para("Step 5: Check the radial clearance between impeller and wear ring CP200-CAS-05: 0.3 to 0.5 mm."),
	heading(2, "Operation 60 — Pump mounting on the base plate (底座安装)"),
	para("Step 1: Fix the pump feet to the base plate CP200-BSE-01 with the two foot clamp sets CP200-BSE-03, each with two M10x30 bolts and spring washers; tighten to 40 N·m."),
	heading(2, "Operation 70 — Motor mounting and coupling alignment (电机安装与对中)"),
	para("Step 1: Fit the coupling hubs CP200-CPL-01 (pump side) and CP200-CPL-02 (motor side) with the spider CP200-CPL-03; tighten the set screws M8x10 to 10 N·m."),
	para("Step 2: Place the motor CP200-MOT-01 on the base plate and fit the four M12x40 bolts; tighten to 70 N·m."),
	para("Step 3: Align the coupling with the dial indicator. Factory tolerance: radial offset at most 0.05 mm and angular misalignment at most 0.05 mm over the hub face. This is tighter than the 0.10 mm permitted on site, so that the pump is still within the site limit after transport."),
	para("Step 4: Fit the coupling guard CP200-CPL-04 with four M6x16 bolts tightened to 8 N·m."),
	heading(2, "Operation 80 — Control box mounting and wiring (控制箱安装与接线)"),
	para("Step 1: Mount the control box CP200-CTL-00 and connect the motor with 3 m of cable YJV 4x4 mm²."),
	para("Step 2: Set the protection relay HC-10: overcurrent 16.3 A (110 % of 14.8 A), dry-running delay parameter P-17 = 10 s, overpressure limit P-21 = 1.2 MPa."),
	para("Step 3: Measure the insulation resistance of the motor winding at 500 V DC: at least 20 MΩ."),
	heading(2, "Operation 90 — Hydrostatic test (水压试验)"),
	para("Step 1: Fill the casing with water and pressurise it to 2.4 MPa (1.5 × the maximum working pressure of 1.6 MPa) for 5 min."),
	para("Step 2: Accept when there is no leakage or sweating and the pressure drop is at most 0.02 MPa."),
	heading(2, "Operation 100 — Performance test (性能试验)"),
	para("Step 1: Test on loop PT-1 according to ISO 9906 Grade 2B at 0, 20, 40 and 48 m³/h; record head, power input and efficiency."),
	para("Step 2: Acceptance at the rated point: 40 m³/h at 32 m within the Grade 2B tolerances; vibration on the bearing housing at most 2.8 mm/s (factory limit)."),
	para("Step 3: Check the mechanical seal: no visible leakage after 30 min of running."),
	heading(2, "Operation 110 — Painting and packing (涂装与包装)"),
	para("Step 1: Paint with epoxy topcoat RAL 5015, dry film thickness 80 to 120 µm."),
	para("Step 2: Fit the flange covers, fix the unit on a pallet and attach the nameplate. Serial numbers have the form YYMMNNN, for example 2403015."),
	heading(1, "5 Torque values (扭矩表)"),
	para("Tighten with a calibrated torque wrench; values are for dry, zinc-plated grade 8.8 threads unless a thread locker is specified."),
	table(torques...),
}

func renderSOP(ctx context.Context, src string) ([]byte, error) {
	return docxBytes("HF-CP200 Assembly Operation Instruction HS-SOP-CP200-03 rev D", sopBlocks)
}
