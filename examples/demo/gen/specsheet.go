package main

import "context"

func h(text string) pdfLine  { return pdfLine{size: 12, bold: true, text: text} }
func tx(text string) pdfLine { return pdfLine{size: 10, text: text} }

// row is a table row; the first column is wide enough for the parameter names.
func row(cells ...string) pdfLine {
	return pdfLine{size: 10, cells: cells, widths: []float64{200, 110, 110}}
}

// curveRow is a row of the performance table on page 2.
func curveRow(cells ...string) pdfLine {
	return pdfLine{size: 10, cells: cells, widths: []float64{90, 90, 90, 90}}
}

var specPage1 = []pdfLine{
	{size: 16, bold: true, text: "HF-CP200 Centrifugal Pump — Data Sheet"},
	tx("Hanshan Fluid Machinery Co., Ltd. · Data sheet DS-CP200-EN, revision B, October 2025"),
	tx("Single-stage end-suction centrifugal pump with closed impeller, 7.5 kW IE3 motor,"),
	tx("flexible jaw coupling, control box and common base plate. Page 1 of 2."),
	h("Hydraulic data (clean water, 20 °C, ISO 9906 Grade 2B)"),
	row("Parameter", "Value", "Tolerance"),
	row("Rated flow", "40 m³/h", "±5%"),
	row("Rated head", "32 m", "±3%"),
	row("Maximum flow", "50 m³/h", "—"),
	row("Shut-off head", "38 m", "±5%"),
	row("Rated speed", "2900 r/min", "±1%"),
	row("Efficiency at rated point", "72 %", "-3 points"),
	row("NPSH required at rated flow", "3.2 m", "+0.3 m"),
	h("Electrical data"),
	row("Motor rated power", "7.5 kW", "IE3, 2-pole"),
	row("Rated voltage", "380 V", "±10%"),
	row("Rated frequency", "50 Hz", "±2%"),
	row("Rated current", "14.8 A", "±5%"),
	row("Insulation class", "F", "rise class B"),
	row("Protection class", "IP55", "motor and control box"),
	row("Starting method", "direct-on-line", "soft starter optional"),
	h("Operating limits"),
	row("Liquid temperature", "-10 to +90 °C", ""),
	row("Maximum working pressure", "1.6 MPa", "PN16"),
	row("Maximum ambient temperature", "40 °C", ""),
	row("Solids content", "0.2 % by volume", "particles up to 0.2 mm"),
	h("Materials"),
	row("Pump casing and cover", "HT250", "grey cast iron"),
	row("Impeller", "CF8", "stainless steel 304"),
	row("Shaft", "2Cr13", "stainless steel"),
	row("Mechanical seal", "SiC / carbon", "EPDM elastomers"),
	row("Base plate", "Q235B", "welded steel"),
	tx("Standards: ISO 9906:2012, IEC 60034-1, GB/T 3216-2016."),
}

var specPage2 = []pdfLine{
	{size: 16, bold: true, text: "HF-CP200 Data Sheet — Performance and Dimensions"},
	tx("Page 2 of 2. Performance at 2900 r/min with impeller diameter 174 mm."),
	h("Performance curve points"),
	curveRow("Flow (m³/h)", "Head (m)", "Efficiency (%)", "Power P2 (kW)", "NPSHr (m)"),
	curveRow("0", "38.0", "0", "1.9", "—"),
	curveRow("10", "37.4", "38", "2.7", "1.6"),
	curveRow("20", "36.2", "58", "3.4", "2.0"),
	curveRow("30", "34.4", "68", "4.1", "2.5"),
	curveRow("40", "32.0", "72", "4.8", "3.2"),
	curveRow("45", "30.2", "71", "5.2", "3.8"),
	curveRow("50", "27.8", "67", "5.7", "4.6"),
	tx("The best efficiency point is at 40 m³/h. The power curve is non-overloading up to the"),
	tx("maximum flow, so the 7.5 kW motor cannot be overloaded by the pump alone."),
	h("Dimensions (mm)"),
	row("Overall length × width × height", "1050 × 420 × 520", ""),
	row("Shaft centre height", "180", "above base plate"),
	row("Suction flange", "DN65 PN16", "axial"),
	row("Discharge flange", "DN50 PN16", "vertical, top"),
	row("Foundation bolt spacing", "950 × 340", "4 holes Ø20 mm"),
	h("Weights"),
	row("Pump", "48 kg", ""),
	row("Motor", "52 kg", ""),
	row("Base plate", "14 kg", ""),
	row("Control box", "4 kg", ""),
	row("Total", "118 kg", "±3%"),
	row("Shipping weight (crate)", "135 kg", "crate 1200 × 600 × 750 mm"),
	h("Options"),
	tx("Soft starter (code SS) · FKM elastomers (code V) · stainless steel casing (HF-CP200-S)"),
	tx("60 Hz version with 160 mm impeller on request."),
}

func renderSpecSheet(ctx context.Context, src string) ([]byte, error) {
	return pdfBytes("HF-CP200 Centrifugal Pump Data Sheet", [][]pdfLine{specPage1, specPage2})
}
