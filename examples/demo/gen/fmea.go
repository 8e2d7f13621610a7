package main

import (
	"context"
	"strconv"

	"github.com/xuri/excelize/v2"
)

var fmeaHeader = []string{"Item", "Function", "Potential Failure Mode", "Potential Effect", "Severity",
	"Potential Cause", "Occurrence", "Current Controls", "Detection", "RPN", "Recommended Action"}

// fmeaRow is one line of the design/process FMEA. An empty item continues the
// item above it, as in the merged cells of a hand-kept sheet.
type fmeaRow struct {
	item, function, mode, effect string
	s                            int
	cause                        string
	o                            int
	controls                     string
	d                            int
	action                       string
}

// mergedItem is the one item whose cells are a real merged range, so loaders
// meet both conventions: blank continuation cells and merged cells.
const mergedItem = "Mechanical seal CP200-SEL-01"

var fmeaRows = []fmeaRow{
	{"Impeller CP200-IMP-01", "Transfer energy to the liquid (40 m³/h at 32 m)", "Cavitation erosion of the vanes", "Reduced head and flow, noise", 7, "NPSH available below the 3.2 m required; undersized suction line", 4, "Installation guide for NPSH available; suction pipe at least DN65", 5, "Add a suction pressure alarm to the control box"},
	{"", "Transfer energy to the liquid (40 m³/h at 32 m)", "Erosive wear of the vanes", "Efficiency drop", 5, "Abrasive solids above 0.2 % by volume", 3, "Application check at order; material CF8", 6, "Offer a duplex stainless impeller option"},
	{"", "Transfer energy to the liquid (40 m³/h at 32 m)", "Impeller loosens on the shaft", "Severe vibration, impeller rubs on the casing", 9, "Impeller nut under-torqued (below 45 N·m)", 3, "Torque wrench at operation 40; torque-check paint mark", 4, "Apply thread locker Loctite 243 and record the torque in the traveller"},
	{"", "Transfer energy to the liquid (40 m³/h at 32 m)", "Rotor imbalance", "Vibration and bearing wear", 6, "Casting porosity or insufficient balancing", 3, "Dynamic balancing to grade G6.3", 3, "None"},
	{mergedItem, "Seal the shaft passage against leakage", "Seal face leakage", "Liquid leaks, loss of pressure", 7, "Dry running", 5, "Level switch dry-running protection (E03)", 3, "Add flow-based dry-running detection"},
	{"", "Seal the shaft passage against leakage", "Seal face cracking", "Sudden heavy leakage", 8, "Thermal shock; liquid above 90 °C", 2, "Temperature limit stated in the manual", 6, "Offer a high-temperature seal variant"},
	{"", "Seal the shaft passage against leakage", "Elastomer swelling", "Leakage at the O-rings", 6, "Liquid incompatible with EPDM (mineral oil)", 3, "Material compatibility table", 7, "Offer FKM O-rings as an option"},
	{"", "Seal the shaft passage against leakage", "Seal face wear", "Gradual leakage increase", 5, "Abrasive particles in the liquid", 4, "Inspection at 8000 h", 4, "None"},
	{"", "Seal the shaft passage against leakage", "Seal spring clogged", "Faces open, leakage", 6, "Crystallising or scaling liquid", 2, "None", 8, "Add flushing connection option"},
	{"Bearing assembly CP200-BRG-00", "Carry radial and axial loads of the rotor", "Bearing overheating", "Bearing seizure, pump stops", 8, "Over-greasing or too little grease", 4, "Relubrication interval 4000 h, 15 g per bearing", 5, "Fit grease nipples with relief valves"},
	{"", "Carry radial and axial loads of the rotor", "Bearing fatigue spalling", "Noise, vibration, bearing failure", 7, "Coupling misalignment above 0.10 mm", 4, "Alignment check at commissioning", 6, "Ship a laser alignment report with every pump and add vibration check at 500 h"},
	{"", "Carry radial and axial loads of the rotor", "Grease contamination", "Premature bearing wear", 5, "Water ingress past a damaged V-ring", 3, "IP55 design; V-ring CP200-BRG-04", 5, "None"},
	{"Pump casing CP200-CAS-01", "Contain the liquid under pressure up to 1.6 MPa", "Casing crack", "Leakage, risk of injury", 9, "Water frozen in the casing", 2, "Draining instructions in the manual", 4, "Add a frost warning label at the drain plug"},
	{"", "Contain the liquid under pressure up to 1.6 MPa", "Gasket leakage at the casing joint", "Dripping at the casing joint", 5, "Casing bolts M10x30 under-torqued", 3, "Torque 40 N·m crosswise at operation 50", 4, "None"},
	{"", "Contain the liquid under pressure up to 1.6 MPa", "Excessive wear ring clearance", "Efficiency drop", 4, "Wear by solids", 5, "Clearance check 0.3 to 0.5 mm at assembly", 5, "None"},
	{"Pump shaft CP200-SFT-01", "Transmit torque from the motor to the impeller", "Shaft fracture", "Pump stops", 10, "Fatigue from misalignment", 2, "Design calculation; material 2Cr13", 5, "None"},
	{"", "Transmit torque from the motor to the impeller", "Shaft corrosion under the sleeve", "Leakage along the shaft", 5, "Crevice corrosion", 3, "Stainless shaft sleeve CP200-SLV-01", 6, "None"},
	{"Coupling CP200-CPL-00", "Transmit torque and absorb misalignment", "Spider wear", "Noise and vibration", 4, "Misalignment", 5, "Inspection every 2000 h", 3, "None"},
	{"", "Transmit torque and absorb misalignment", "Hub slips on the shaft", "Loss of drive", 7, "Set screws loose", 2, "Set screws M8x10 tightened to 10 N·m", 5, "Add thread locker to the set screws"},
	{"Motor CP200-MOT-01", "Drive the pump at 2900 r/min", "Winding overheating", "Motor trips with E04", 7, "Supply voltage outside 380 V ±10% or overload", 3, "PTC thermistors and protection relay HC-10", 3, "None"},
	{"", "Drive the pump at 2900 r/min", "Motor bearing failure", "Noise, motor stops", 6, "Lubricant ageing", 3, "Sealed-for-life motor bearings", 5, "None"},
	{"", "Drive the pump at 2900 r/min", "Insulation failure", "Short circuit, motor burnout", 9, "Moisture in the winding", 2, "IP55 enclosure; insulation test at operation 80", 4, "None"},
	{"Control box CP200-CTL-00", "Start, stop and protect the pump", "Phase loss not detected", "Motor burnout", 8, "Protection relay failure", 2, "Relay self-test at power-up", 6, "Add a phase monitoring relay"},
	{"", "Start, stop and protect the pump", "Pressure signal fault (E07)", "Wrong pressure display, nuisance trips", 5, "Transmitter cable damage or water ingress", 4, "Signal range check below 3.6 mA", 3, "None"},
	{"", "Start, stop and protect the pump", "Contactor welded", "Pump cannot be stopped from the control box", 8, "Contact wear", 2, "None", 7, "Add a second contactor in series for emergency stop"},
}

// rpn is Severity × Occurrence × Detection, computed rather than typed so the
// sheet is arithmetically consistent.
func (r fmeaRow) rpn() int { return r.s * r.o * r.d }

func (r fmeaRow) cells() []string {
	return []string{r.item, r.function, r.mode, r.effect, strconv.Itoa(r.s), r.cause,
		strconv.Itoa(r.o), r.controls, strconv.Itoa(r.d), strconv.Itoa(r.rpn()), r.action}
}

func renderFMEAWorkbook(ctx context.Context, src string) ([]byte, error) {
	f, err := newWorkbook("FMEA", "HF-CP200 design and process FMEA")
	if err != nil {
		return nil, err
	}
	rows := [][]string{fmeaHeader}
	for _, r := range fmeaRows {
		rows = append(rows, r.cells())
	}
	if err := writeRows(f, "FMEA", rows); err != nil {
		return nil, err
	}
	if err := mergeItem(f, "FMEA", mergedItem); err != nil {
		return nil, err
	}
	return workbookBytes(f)
}

// mergeItem merges the Item cells of the named item and its continuation rows.
func mergeItem(f *excelize.File, sheet, item string) error {
	first, last := -1, -1
	for i, r := range fmeaRows {
		switch {
		case r.item == item:
			first, last = i, i
		case first >= 0 && last == i-1 && r.item == "":
			last = i
		}
	}
	if first < 0 || last == first {
		return nil
	}
	return f.MergeCell(sheet, "A"+strconv.Itoa(first+2), "A"+strconv.Itoa(last+2))
}
