package main

import (
	"strconv"
	"strings"
	"testing"
)

// heldout22DemoComputed recomputes from the demo files every value the
// twenty-second held-out demo set expects as a count, share, mean, sum,
// extreme, roll-up, where-used list or single table cell.
func heldout22DemoComputed(t *testing.T, f *demoFacts) map[string][]string {
	fm := h15FMEARows(t)
	spares := h2Spares(t)
	severity := func(m fmeaFact) int { return m.s }
	detection := func(m fmeaFact) int { return m.d }
	topItem, topSeverity := h14ItemWithHighestMean(f, severity)
	casingMode, casingRPN := h19HighestRPNOf(f, "Pump casing")
	quietSerial, quietHours := h14SerialWithLeastDowntime(f)
	in2025 := func(r []string) bool { return strings.HasPrefix(r[1], "2025") }
	dims := h18SheetFields(t, "Overall length × width × height", h18IsNumber)
	notCentre := func(s string) bool { return s != "centre" }
	return map[string][]string{
		"h22d-013": {h14Torque(t, "Casing bolts")},
		"h22d-015": {h18SheetFields(t, "Motor", h18IsNumber)[0]},
		"h22d-017": {dims[0], dims[2], dims[4]},
		"h22d-018": {h18SheetFields(t, "Shaft", notCentre)[0]},
		"h22d-019": {h18SheetFields(t, "40", h18IsNumber)[2]},
		"h22d-027": {h14Torque(t, "Motor bolts")},
		"h22d-029": {spares["CP200-IMP-01"][6]},
		"h22d-037": {f.bomField("CP200-CPL-02", 2)},
		"h22d-040": {f.countModes(func(m fmeaFact) bool { return m.s >= 7 })},
		"h22d-041": {topItem, num(h2Round2(topSeverity))},
		"h22d-042": h2Percent(h10Share(f, func(m fmeaFact) bool { return m.action == "None" })),
		"h22d-043": {casingMode, strconv.Itoa(casingRPN)},
		"h22d-044": {num(f.avg("Mechanical seal", detection))},
		"h22d-045": {f.countRPN(func(r int) bool { return r > 120 })},
		"h22d-046": {num(f.totalDowntime(in2025))},
		"h22d-047": {quietSerial, num(quietHours)},
		"h22d-048": {f.countLog(func(r []string) bool { return hours(r) >= 5 })},
		"h22d-049": {num(f.downtime("2403015"))},
		"h22d-050": f.workOrders(replaced("CP200-CPL-03")),
		"h22d-051": {num(h2SpareStockValue(spares))},
		"h22d-052": h22CheapestSpare(spares),
		"h22d-053": {strconv.Itoa(len(f.suppliedBy("Hangzhou Kexin")))},
		"h22d-054": {strconv.Itoa(h17OperationsWithin(15))},
		"h22d-055": {strconv.Itoa(h2RoutingMinutes(10, 50))},
		"h22d-056": {h19PublicStock(t, "CP200-SEL-03")},
		"h22d-057": {h18SheetFields(t, "45", h18IsNumber)[1]},
		"h22d-058": {num(f.rollupRows(suppliedBy("Shanghai Baoli")))},
		"h22d-059": {num(f.rollupBelow("CP200-BSE-00", is("GB/T 5783 M10x30")))},
		"h22d-060": f.parentsWhere(suppliedBy("Ningbo Jinhai")),
		"h22d-061": f.parents("LUB-LiX-2"),
		"h22d-062": h13PartsOfMaterial(f, "HT250"),
		"h22d-063": {h15Cell(t, fm, "Phase loss not detected", 10)},
		"h22d-064": {h15Cell(t, fm, "Shaft fracture", 5)},
		"h22d-065": {h15Cell(t, fm, "Seal face leakage", 7)},
		"h22d-066": {h15Cell(t, fm, "Grease contamination", 5)},
		"h22d-067": {h2LogField(t, f, "WO-25-0289", 5)},
		"h22d-068": {h2LogField(t, f, "WO-25-0104", 4)},
		"h22d-069": {f.bomField("CP200-BRG-04", 6)},
		"h22d-070": {f.bomField("CP200-CPL-03", 8)},
		"h22d-071": {spares["CP200-IMP-02"][7]},
		"h22d-072": {h15RoutingTime("80")},
	}
}

// h22CheapestSpare is the line of the internal spare parts sheet with the
// lowest unit price, and that price.
func h22CheapestSpare(spares map[string][]string) []string {
	best := ""
	for part, r := range spares {
		if best == "" || atof(r[6]) < atof(spares[best][6]) {
			best = part
		}
	}
	return []string{best, spares[best][6]}
}

// heldout22CorpusComputed recomputes from the real files every value the
// twenty-second held-out corpus set expects as a count, mean, share, sum,
// extreme, distinct list, roll-up, where-used list or single table cell.
func heldout22CorpusComputed(t *testing.T) map[string][]string {
	c := readCorpusTables(t)
	osr, fm, wo := c.osr, c.fmea, c.wo
	cell := corpusCells{t, c}
	severe, severity := fm.highestMean("Subsystem", "Severity")
	loadFrame := colIs("Subsystem", "Load Frame")
	powerUnit := 100 * float64(count(fm, "Subsystem", "Power Unit")) / float64(len(fm))
	mast := colIs("Functional_Location_Description", "mast")
	aid8 := wo.meanWhere("Work_Order_Total_Actual_Cost", colIs("AssetID", "AID8"))
	location, orders := mostCommon(wo, "Functional_Location_Description")
	partPrefix := func(prefix string) func(map[string]string) bool {
		return func(r map[string]string) bool { return strings.HasPrefix(r["part #"], prefix) }
	}
	dearest := osr.maxBy("cost")
	return map[string][]string{
		"h22c-025": {cell.fmea("Rim", "Wearing", "Recommended Action")},
		"h22c-027": {cell.fmea("Hitch Bolt", "Wearing", "Potential Effect(s) of Failure")},
		"h22c-029": {cell.wo("2185", "ShortText")},
		"h22c-031": {cell.wo("2375", "Work_Order_Total_Actual_Cost")},
		"h22c-032": {severe, num(h2Round2(severity)), num(h11Round1(severity))},
		"h22c-033": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["RPN"]) >= 24 }))},
		"h22c-034": append([]string{strconv.Itoa(fm.countWhere(loadFrame))}, fm.distinct("Component", loadFrame)...),
		"h22c-035": h2Percent(powerUnit),
		"h22c-036": {strconv.Itoa(fm.countWhere(func(r map[string]string) bool { return atof(r["Occurrence"]) >= 3 }))},
		"h22c-037": {strconv.Itoa(count(fm, "Component", "Data Collection Unit (DCU)"))},
		"h22c-038": {strconv.Itoa(wo.countWhere(mast)), num(h11CostWhere(wo, mast))},
		"h22c-039": {num(h11CostWhere(wo, colIs("AssetID", "AID9")))},
		"h22c-040": {strconv.Itoa(wo.countWhere(func(r map[string]string) bool { return r["AssetID"] == "AID7" && startYear(r) == "2001" }))},
		"h22c-041": {num(h2Round2(aid8)), strconv.FormatFloat(aid8, 'f', 0, 64)},
		"h22c-042": {location, strconv.Itoa(orders)},
		"h22c-043": {num(h2Round2(h16RoverCost(osr, colIs("assembly", "corner"))))},
		"h22c-044": {num(osr.rollupWhere(partPrefix("1106-")))},
		"h22c-045": osr.distinct("assembly", partPrefix("1120-")),
		"h22c-046": {dearest["short name"], num(price(dearest))},
		"h22c-047": {cell.fmea("Brakes", "Wearing", "Recommended Action")},
		"h22c-048": {cell.fmea("Oil Cooler", "Leaks", "Potential Effect(s) of Failure")},
		"h22c-049": {cell.fmea("Injectors", "Corrosion", "Recommended Action")},
		"h22c-050": {cell.wo("2405", "Work_Order_Basic_Start_Date")},
		"h22c-051": {cell.wo("2473", "Functional_Location_Description")},
		"h22c-052": {cell.part("angle bracket", "part #")},
		"h22c-053": {num(price(h13Row(t, osr, "short name", "50mm threaded rod")))},
		"h22c-054": {cell.part("41 hole beam", "req")},
	}
}
