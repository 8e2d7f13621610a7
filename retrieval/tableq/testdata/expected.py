#!/usr/bin/env python3
"""Computes the expected answer of every question in questions.jsonl
straight from the source files, independently of kgassist, and writes
them into the "want" field. Run from the repository root:

    python3 retrieval/tableq/testdata/expected.py

Each question's meaning is spelled out below as a small Python function
over the rows, so a wrong figure in kgassist cannot hide in the test."""
import csv, json, re, sys, zipfile, xml.etree.ElementTree as ET

NULL = {"", "-", "--", "—", "n/a", "na", "none", "null", "nil", "/", "无", "tbd", "tbc"}
# the cells the table mappings read as empty, e.g. "No current controls"
NULL |= {v.lower() for v in json.load(open("ingest/mappings/tables.json"))["null_values"]}
SHARED = "../shared/corpus/"


def read_csv(path):
    with open(path, encoding="utf-8-sig") as f:
        return [{k.strip(): (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(f)]


def read_csv_mended(text_col):
    """A CSV whose free text in text_col holds unquoted commas: a row with
    more fields than the header had that cell split, so its pieces are
    joined back there."""
    def read(path):
        with open(path, encoding="utf-8-sig") as f:
            raw = list(csv.reader(f))
        head = [h.strip() for h in raw[0]]
        at, out = head.index(text_col), []
        for r in raw[1:]:
            extra = len(r) - len(head)
            if extra > 0:
                r = r[:at] + [",".join(r[at:at + extra + 1])] + r[at + extra + 1:]
            out.append({h: v.strip() for h, v in zip(head, r) if h})
        return out
    return read


def read_xlsx(path, sheet="sheet1"):
    z = zipfile.ZipFile(path)
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
    sheet = ET.fromstring(z.read("xl/worksheets/%s.xml" % sheet))
    rows = []
    for r in sheet.iter("{%s}row" % ns["m"]):
        cells = {}
        for c in r.findall("m:c", ns):
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            v = c.find("m:v", ns)
            t = c.find("m:is/m:t", ns)
            if c.get("t") == "s" and v is not None:
                val = shared[int(v.text)]
            elif t is not None:
                val = t.text or ""
            else:
                val = v.text if v is not None else ""
            cells[col] = (val or "").strip()
        rows.append(cells)
    cols = sorted({k for r in rows for k in r}, key=lambda s: (len(s), s))
    # the header is the first row with most cells filled
    hi = max(range(min(5, len(rows))), key=lambda i: sum(1 for c in cols if rows[i].get(c)))
    header = [rows[hi].get(c, "") for c in cols]
    out = []
    for r in rows[hi + 1:]:
        if any(r.get(c) for c in cols):
            out.append({h: r.get(c, "") for h, c in zip(header, cols) if h})
    return out


def read_tsv(path):
    """A table of a generated document, from the file it is written from."""
    with open(path, encoding="utf-8") as f:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f, delimiter="\t")]


def fill_down(rows, cols):
    last = {}
    for r in rows:
        carrying = True
        for c in cols:
            if r.get(c):
                carrying = False
            elif carrying:
                r[c] = last.get(c, "")
            last[c] = r.get(c, "")
    return rows


def num(v):
    v = v.strip().lstrip("$")
    try:
        return float(v.split()[0].replace(",", ""))
    except (ValueError, IndexError):
        return None


def null(v):
    return v.strip().lower() in NULL


def mentions(r, cols, stem):
    """A key column has a word starting with stem."""
    for c in cols:
        for w in re.findall(r"[\w#]+(?:-\w+)*", r.get(c, "").lower()):
            if w.startswith(stem):
                return True
    return False


def count(rows, keep=lambda r: True):
    return {"value": sum(1 for r in rows if keep(r))}


def agg(rows, col, fn, keep=lambda r: True):
    vals = [num(r[col]) for r in rows if keep(r) and num(r.get(col, "")) is not None]
    return {"value": round(fn(vals), 4)}


def avg(v):
    return sum(v) / len(v)


def group(rows, by, fn=len, col=None, keep=lambda r: True, order="desc"):
    groups = {}
    for r in rows:
        if keep(r) and not null(r.get(by, "")):
            groups.setdefault(r[by], []).append(r)
    figs = []
    for k, rs in groups.items():
        if col:
            vals = [num(x[col]) for x in rs if num(x[col]) is not None]
            figs.append((k, fn(vals)))
        else:
            figs.append((k, len(rs)))
    figs.sort(key=lambda kv: -kv[1] if order == "desc" else kv[1])  # stable: ties in sheet order
    return {"group": figs[0][0], "value": round(figs[0][1], 4)}


def date_part(v, part):
    """13/09/2001 as 2001 or 2001-09; None for a cell that is no date (0/1/00)."""
    bits = v.strip().split("/")
    if len(bits) != 3 or len(bits[2]) != 4:
        return None
    return bits[2] if part == "year" else "%s-%02d" % (bits[2], int(bits[1]))


def with_part(rows, col, part):
    return [dict(r, **{col: date_part(r[col], part) or ""}) for r in rows]


def distinct(rows, col):
    # cells as ingest reads them: runs of white space are one space
    return {"value": len({" ".join(r[col].lower().split()) for r in rows if not null(r.get(col, ""))})}


def most_direct(rows, top_only=False):
    """The assembly holding the most lines directly: each line's holder is
    the nearest line above it at a lower level, named by its part number,
    Chinese name and description as the BOM writes them."""
    counts, order = {}, []
    for i, r in enumerate(rows):
        lvl = num(r["Level"])
        if top_only and lvl != 2:
            continue
        for j in range(i - 1, -1, -1):
            if num(rows[j]["Level"]) < lvl:
                h = rows[j]
                k = " ".join(x for x in (h["Part No."], h["名称"], h["Description"]) if x)
                if k not in counts:
                    order.append(k)
                counts[k] = counts.get(k, 0) + 1
                break
    best = max(order, key=lambda k: counts[k])
    return {"group": best, "value": counts[best]}


def group_distinct(rows, by, col, keep=lambda r: True):
    """The group with the most distinct values of col."""
    groups = {}
    for r in rows:
        if keep(r) and not null(r.get(by, "")) and not null(r.get(col, "")):
            groups.setdefault(r[by], set()).add(r[col].lower())
    figs = sorted(((k, len(v)) for k, v in groups.items()), key=lambda kv: -kv[1])
    return {"group": figs[0][0], "value": figs[0][1]}


def extended(rows, keep=lambda r: True):
    """What the parts cost: each line's cost times how many are needed
    (a blank quantity counting one)."""
    total = 0.0
    for r in rows:
        if keep(r) and num(r.get("cost pp", "")) is not None:
            total += num(r["cost pp"]) * (num(r.get("# req in assy", "")) or 1)
    return {"value": round(total, 4)}


def percent(rows, keep):
    return {"value": round(100 * sum(1 for r in rows if keep(r)) / len(rows), 4)}


TABLES = {
    "examples/demo/internal/fmea.xlsx": lambda p: fill_down(read_xlsx(p), ["Item", "Function", "Potential Failure Mode", "Potential Effect"]),
    "examples/demo/internal/maintenance_log.csv": read_csv,
    "examples/demo/internal/bom.csv": read_csv,
    "examples/demo/public/spare_parts.csv": read_csv,
    SHARED + "fmea-hybrid-rag/data/dataset/fmea_dataset_filled.csv": read_csv,
    SHARED + "mwo-workorders/work_orders.csv": read_csv,
    SHARED + "osr-bom/parts_list.csv": read_csv_mended("long name"),
    "examples/demo/internal/bom.xlsx#Spare parts": lambda p: read_xlsx(p.split("#")[0], "sheet2"),
    "examples/demo/internal/assembly_sop.docx#3 Process routing (工艺路线)": lambda p: read_tsv("examples/demo/gen/tables/routing.tsv"),
    "examples/demo/internal/assembly_sop.docx#5 Torque values (扭矩表)": lambda p: read_tsv("examples/demo/gen/tables/torques.tsv"),
}

DFMEA_KEY = ["Item", "Potential Failure Mode"]
FMEA_KEY = ["Subsystem", "Component", "Sub-Component", "Potential Failure Mode"]
LOG_KEY = ["Equipment", "Symptom"]
WO_KEY = ["ShortText", "Functional_Location_Description"]
WO_DATE = "Work_Order_Basic_Start_Date"

# Each question's meaning, by id.
MEANING = {
    "dfmea-rpn-over-100": lambda t: count(t, lambda r: num(r["RPN"]) > 100),
    "dfmea-rpn-over-100-zh": lambda t: count(t, lambda r: num(r["RPN"]) > 100),
    "dfmea-item-most-modes": lambda t: group(t, "Item"),
    "dfmea-item-most-modes-zh": lambda t: group(t, "Item"),
    "dfmea-part-highest-avg-severity-zh": lambda t: group(t, "Item", avg, "Severity"),
    "dfmea-avg-severity-seal": lambda t: agg(t, "Severity", avg, lambda r: mentions(r, DFMEA_KEY, "seal")),
    "dfmea-no-action": lambda t: count(t, lambda r: null(r.get("Recommended Action", ""))),
    "dfmea-items-by-total-rpn": lambda t: group(t, "Item", sum, "RPN"),
    "dfmea-max-rpn": lambda t: agg(t, "RPN", max),
    "log-downtime-note-exclusive-en": lambda t: count(t, lambda r: num(r["Downtime (h)"]) > 4),
    "log-downtime-note-inclusive-en": lambda t: count(t, lambda r: num(r["Downtime (h)"]) >= 3),
    "log-downtime-note-inclusive-zh": lambda t: count(t, lambda r: num(r["Downtime (h)"]) <= 2),
    "log-downtime-within-zh": lambda t: count(t, lambda r: num(r["Downtime (h)"]) <= 3),
    "dfmea-avg-severity-whole-sheet": lambda t: agg(t, "Severity", avg),
    "dfmea-count-whole-sheet": lambda t: count(t),
    "dfmea-min-detection-possessive": lambda t: agg(t, "Detection", min, lambda r: r["Item"].startswith("Motor")),
    "dfmea-avg-rpn-possessive-short": lambda t: agg(t, "RPN", avg, lambda r: r["Item"].startswith("Impeller")),
    "dfmea-avg-rpn-possessive": lambda t: agg(t, "RPN", avg, lambda r: r["Item"].startswith("Pump shaft")),
    "dfmea-max-rpn-possessive": lambda t: agg(t, "RPN", max, lambda r: r["Item"].startswith("Mechanical seal")),
    "dfmea-sum-rpn-possessive": lambda t: agg(t, "RPN", sum, lambda r: r["Item"].startswith("Control box")),
    "dfmea-avg-rpn-zh": lambda t: agg(t, "RPN", avg),
    "dfmea-severity-8-or-more": lambda t: count(t, lambda r: num(r["Severity"]) >= 8),
    "dfmea-pct-severity-9-zh": lambda t: percent(t, lambda r: num(r["Severity"]) >= 9),
    "log-pct-leak": lambda t: percent(t, lambda r: mentions(r, list(r), "leak")),
    "log-total-downtime": lambda t: agg(t, "Downtime (h)", sum),
    "log-equipment-most-orders": lambda t: group(t, "Equipment"),
    "log-downtime-over-5": lambda t: count(t, lambda r: num(r["Downtime (h)"]) > 5),
    "log-downtime-over-5-zh": lambda t: count(t, lambda r: num(r["Downtime (h)"]) > 5),
    "log-avg-downtime-zh": lambda t: agg(t, "Downtime (h)", avg),
    "log-no-parts": lambda t: count(t, lambda r: null(r.get("Parts Replaced", ""))),
    "fmea-rpn-plural-sum": lambda t: agg(t, "RPN", sum, lambda r: r["Item"].startswith("Control box")),
    "routing-span-led-by-noun-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 20 <= num(r["Operation"]) <= 50),
    "routing-span-named-and-numbered-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 20 <= num(r["Operation"]) <= 50),
    # every step of the routing is final assembly's
    "routing-longest-of-final-assembly": lambda t: group(t, "Work step", max, "Standard time (min)"),
    "log-service-calls-leak": lambda t: count(t, lambda r: mentions(r, list(r), "leak")),
    "log-callouts-leak": lambda t: count(t, lambda r: mentions(r, list(r), "leak")),
    "bom-revision-c-list": lambda t: count(t, lambda r: r["Revision"] == "C"),
    "t-torque-span-cell-unit": lambda t: count(t, lambda r: 20 <= num(r["Torque"]) <= 40),
    "t-torque-span-units-both": lambda t: count(t, lambda r: 20 <= num(r["Torque"]) <= 40),
    "t-torque-span-between-zh": lambda t: count(t, lambda r: 20 <= num(r["Torque"]) <= 40),
    "c-spares-stock-one-part-zh": lambda t: {"value": sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t if r["名称"] == "机械密封")},
    "c-spares-stock-one-part-oring-zh": lambda t: {"value": sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t if r["名称"].startswith("O形圈"))},
    "t-fmea-item-total-rpn-added-together": lambda t: group(t, "Item", sum, "RPN"),
    "t-fmea-item-total-rpn-adding": lambda t: group(t, "Item", sum, "RPN"),
    "routing-span-name-said-short-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 60 <= num(r["Operation"]) <= 80),
    "routing-span-name-said-short-numbered-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 60 <= num(r["Operation"]) <= 80),
    "fmea-subsystem-avg-occurrence-glossed-zh": lambda t: group(t, "Subsystem", avg, "Occurrence"),
    "fmea-subsystem-avg-occurrence-zh": lambda t: group(t, "Subsystem", avg, "Occurrence"),
    "log-planned-rather-than-breakdowns": lambda t: count(t, lambda r: mentions(r, list(r), "planned")),
    "log-months-span-zh": lambda t: count(t, lambda r: "2026-01" <= r["Date"][:7] <= "2026-06"),
    "log-months-span-en": lambda t: count(t, lambda r: "2026-01" <= r["Date"][:7] <= "2026-06"),
    "log-first-half-en": lambda t: count(t, lambda r: "2025-01" <= r["Date"][:7] <= "2025-06"),
    "log-quarter-zh": lambda t: count(t, lambda r: "2025-07" <= r["Date"][:7] <= "2025-09"),
    "spares-get-within-a-week": lambda t: count(t, lambda r: num(r["Lead time (days)"]) <= 7),
    "log-max-downtime": lambda t: agg(t, "Downtime (h)", max),
    "log-avg-downtime-seal": lambda t: agg(t, "Downtime (h)", avg, lambda r: mentions(r, LOG_KEY, "seal")),
    "bom-distinct-suppliers": lambda t: distinct(t, "Supplier"),
    "bom-distinct-suppliers-zh": lambda t: distinct(t, "Supplier"),
    "bom-parts-by-ningbo": lambda t: count(t, lambda r: r["Supplier"] == "Ningbo Jinhai Seal Co."),
    "bom-supplier-most-parts": lambda t: group(t, "Supplier"),
    "bom-no-material": lambda t: count(t, lambda r: null(r.get("Material", ""))),
    "bom-level-2": lambda t: count(t, lambda r: num(r["Level"]) == 2),
    "spares-total-stock": lambda t: agg(t, "Recommended stock", sum),
    "wo-location-itself-not-longer-name": lambda t: count(t, lambda r: r["Functional_Location_Description"].strip().lower() == "mast"),
    "wo-location-itself-cost": lambda t: agg(t, "Work_Order_Total_Actual_Cost", sum, lambda r: r["Functional_Location_Description"].strip().lower() == "mast"),
    "wo-location-glossed-cost-zh": lambda t: agg(t, "Work_Order_Total_Actual_Cost", sum, lambda r: r["Functional_Location_Description"].strip().lower() == "deck"),
    "log-downtime-of-loop-pump-zh": lambda t: agg(t, "Downtime (h)", sum, lambda r: "2403015" in r["Equipment"]),
    "spares-stock-at-least-4": lambda t: count(t, lambda r: num(r["Recommended stock"]) >= 4),
    "fmea-rpn-over-20": lambda t: count(t, lambda r: num(r["RPN"]) > 20),
    "fmea-subsystem-hardest-to-detect": lambda t: group(t, "Subsystem", avg, "Detection"),
    "fmea-subsystem-hardest-to-detect-zh": lambda t: group(t, "Subsystem", avg, "Detection"),
    "fmea-power-unit-severity-scored-4-zh": lambda t: count(t, lambda r: r["Subsystem"] == "Power Unit" and num(r["Severity"]) == 4),
    "fmea-component-most-modes": lambda t: group(t, "Component"),
    "fmea-subsystems-by-total-rpn": lambda t: group(t, "Subsystem", sum, "RPN"),
    "fmea-avg-severity-hydraulic": lambda t: agg(t, "Severity", avg, lambda r: r["Subsystem"] == "Hydraulic System"),
    "fmea-no-action": lambda t: count(t, lambda r: null(r.get("Recommended Action", ""))),
    "fmea-no-action-header-gloss-zh": lambda t: count(t, lambda r: null(r.get("Recommended Action", ""))),
    "fmea-subsystem-most-modes-zh": lambda t: group(t, "Subsystem"),
    "fmea-avg-rpn-leaking": lambda t: agg(t, "RPN", avg, lambda r: mentions(r, FMEA_KEY, "leak")),
    "fmea-pct-severity-4": lambda t: percent(t, lambda r: num(r["Severity"]) == 4),
    "fmea-distinct-subsystems": lambda t: distinct(t, "Subsystem"),
    "fmea-max-rpn-zh": lambda t: agg(t, "RPN", max),
    "wo-total-cost": lambda t: agg(t, "Work_Order_Total_Actual_Cost", sum),
    "wo-pct-leak": lambda t: percent(t, lambda r: mentions(r, list(r), "leak")),
    "wo-asset-most-orders": lambda t: group(t, "AssetID"),
    "wo-cost-over-50000": lambda t: count(t, lambda r: num(r["Work_Order_Total_Actual_Cost"]) > 50000),
    "parts-max-cost": lambda t: agg(t, "cost pp", max),
    "parts-assembly-glossed-rows-zh": lambda t: count(t, lambda r: r["assembly"] == "body"),
    "parts-assembly-most-parts": lambda t: group(t, "assembly"),
    "parts-cost-over-20": lambda t: count(t, lambda r: (num(r["cost pp"]) or 0) > 20),
    "parts-avg-price": lambda t: agg(t, "cost pp", avg),
    "parts-no-part-number": lambda t: count(t, lambda r: null(r.get("part #", ""))),
    "parts-assembly-most-parts-zh": lambda t: group(t, "assembly"),
    "h-dfmea-detection-avg": lambda t: agg(t, "Detection", avg),
    "h-dfmea-occ-over-3": lambda t: count(t, lambda r: num(r["Occurrence"]) > 3),
    "h-dfmea-bearing-count": lambda t: count(t, lambda r: mentions(r, DFMEA_KEY, "bearing")),
    "h-dfmea-min-rpn-zh": lambda t: agg(t, "RPN", min),
    "h-dfmea-item-highest-avg-sev": lambda t: group(t, "Item", avg, "Severity"),
    "h-log-count-e07": lambda t: count(t, lambda r: mentions(r, list(r), "e07")),
    "h-log-min-downtime": lambda t: agg(t, "Downtime (h)", min),
    "h-log-equipment-total-downtime": lambda t: group(t, "Equipment", sum, "Downtime (h)"),
    "h-bom-distinct-materials": lambda t: distinct(t, "Material"),
    "h-bom-units-zh": lambda t: count(t),
    "h-spares-most-stock": lambda t: agg(t, "Recommended stock", max),
    "h-fmea-detection-5": lambda t: count(t, lambda r: num(r["Detection"]) == 5),
    "h-fmea-component-highest-total-rpn": lambda t: group(t, "Component", sum, "RPN"),
    "h-fmea-no-controls": lambda t: count(t, lambda r: null(r.get("Current Controls", ""))),
    "h-fmea-avg-occ-zh": lambda t: agg(t, "Occurrence", avg),
    "h-fmea-overheat-count": lambda t: count(t, lambda r: mentions(r, list(r), "overheat")),
    "h-wo-avg-cost": lambda t: agg(t, "Work_Order_Total_Actual_Cost", avg),
    "h-wo-max-cost-zh": lambda t: agg(t, "Work_Order_Total_Actual_Cost", max),
    "h-parts-total-cost": lambda t: agg(t, "cost pp", sum),
    "h-parts-multiplier-6": lambda t: count(t, lambda r: num(r["assembly multiplier"]) == 6),
    # questions of testdata/qa that ask over a whole table
    "e-wo-asset-most-zh": lambda t: group(t, "AssetID"),
    "e-wo-aid3-zh": lambda t: count(t, lambda r: r["AssetID"] == "AID3"),
    "wo-aid9-cost-and-how-many": lambda t: agg(t, "Work_Order_Total_Actual_Cost", sum, lambda r: r["AssetID"] == "AID9"),
    "e-fmea-hydraulic-max-rpn-zh": lambda t: agg(t, "RPN", max, lambda r: r["Subsystem"] == "Hydraulic System"),
    "e-fmea-subsystems-count": lambda t: distinct(t, "Subsystem"),
    "e-dfmea-rpn-ge-100-zh": lambda t: count(t, lambda r: num(r["RPN"]) >= 100),
    "e-dfmea-control-box-top": lambda t: agg(t, "RPN", max, lambda r: r["Item"].lower().startswith("control box")),
    "e-dfmea-seal-avg-sev-zh": lambda t: agg(t, "Severity", avg, lambda r: "mechanical seal" in r["Item"].lower() or "mechanical seal" in r["Potential Failure Mode"].lower()),
    "dfmea-severity-eight-or-more-words": lambda t: count(t, lambda r: num(r["Severity"]) >= 8),
    "spares-stock-four-or-more-words": lambda t: count(t, lambda r: num(r["Recommended stock"]) >= 4),
    # one per phrasing class, written before the parser read them
    "c-log-e04-times-zh": lambda t: count(t, lambda r: mentions(r, list(r), "e04")),
    "c-log-took-3h": lambda t: count(t, lambda r: num(r["Downtime (h)"]) >= 3),
    "c-log-unit-zh": lambda t: count(t, lambda r: num(r["Downtime (h)"]) >= 4),
    "c-fmea-component-shows-total": lambda t: group(t, "Component", sum, "RPN", lambda r: r["Subsystem"] == "Electrical System"),
    "c-bom-source-prefix": lambda t: count(t, lambda r: r["Supplier"] == "Shanghai Baoli Fasteners Co."),
    "c-log-serial-avg": lambda t: agg(t, "Downtime (h)", avg, lambda r: "2403015" in r["Equipment"]),
    "c-log-code-count-zh": lambda t: count(t, lambda r: "CP200-CPL-03" in r["Parts Replaced"]),
    "c-log-which-machine": lambda t: group(t, "Equipment", sum, "Downtime (h)"),
    "c-dfmea-left-blank": lambda t: {"value": round(100 * count(t, lambda r: null(r["Recommended Action"]))["value"] / len(t), 4)},
    "c-parts-cost-between": lambda t: count(t, lambda r: num(r["cost pp"]) is not None and 5 <= num(r["cost pp"]) <= 10),
    "c-parts-priciest": lambda t: agg(t, "cost pp", max),
    "c-bom-not-supplier": lambda t: count(t, lambda r: not r["Supplier"].startswith("Shanghai Baoli")),
    "c-fmea-glossed-zh": lambda t: count(t, lambda r: num(r["Severity"]) >= 4),
    "c-fmea-group-sum-zh": lambda t: group(t, "Subsystem", sum, "RPN"),
    "c-log-replaced-no-parts-in-log": lambda t: count(t, lambda r: null(r.get("Parts Replaced", ""))),
    "c-log-no-parts-zh": lambda t: count(t, lambda r: null(r.get("Parts Replaced", ""))),
    "c-fmea-spreadsheet-sev3": lambda t: count(t, lambda r: num(r["Severity"]) == 3),
    "c-log-most-downtime-row": lambda t: agg(t, "Downtime (h)", max),
    "c-log-most-downtime-row-zh": lambda t: agg(t, "Downtime (h)", max),
    "c-fmea-subsystem-distinct-components": lambda t: group_distinct(t, "Subsystem", "Component"),
    "c-bom-different-parts": lambda t: distinct(t, "Part No."),
    "c-fmea-different-modes": lambda t: distinct(t, "Potential Failure Mode"),
    "c-fmea-components-belong": lambda t: distinct([r for r in t if r["Subsystem"] == "Hydraulic System"], "Component"),
    "c-wo-work-centre-wc2": lambda t: count(t, lambda r: r["WorkCentre"] == "WC2"),
    "c-bom-never-material": lambda t: count(t, lambda r: null(r.get("Material", ""))),
    "c-log-equipment-most-zh": lambda t: group(t, "Equipment"),
    "c-bom-pct-material": lambda t: percent(t, lambda r: not null(r.get("Material", ""))),
    "c-log-avg-downtime-boiler": lambda t: agg(t, "Downtime (h)", avg, lambda r: "boiler feed" in r["Equipment"]),
    "c-log-rank-equipment-avg": lambda t: group(t, "Equipment", avg, "Downtime (h)"),
    "c-log-order-equipment-sum-zh": lambda t: group(t, "Equipment", sum, "Downtime (h)"),
    "c-spares-different-zh": lambda t: distinct(t, "Part No."),
    "c-dfmea-sev-over-6-pct": lambda t: percent(t, lambda r: num(r["Severity"]) > 6),
    "c-dfmea-occ-at-most-2": lambda t: count(t, lambda r: num(r["Occurrence"]) <= 2),
    "c-dfmea-with-action-zh": lambda t: count(t, lambda r: not null(r.get("Recommended Action", ""))),
    "c-parts-over-10-each": lambda t: count(t, lambda r: (num(r["cost pp"]) or 0) > 10),
    "c-parts-avg-cost-drive-wheel": lambda t: agg(t, "cost pp", avg, lambda r: r["assembly"] == "drive wheel"),
    "c-wo-asset-aid3-opened": lambda t: count(t, lambda r: r["AssetID"] == "AID3"),
    "c-fmea-highest-rpn-in-subsystem-zh": lambda t: group(t, "Component", max, "RPN", lambda r: r["Subsystem"] == "Power Train"),
    "c-wo-service-verb": lambda t: count(t, lambda r: r["AssetID"] == "AID2"),
    "c-log-unit-down-verb": lambda t: count(t, lambda r: num(r["Downtime (h)"]) >= 4),
    "c-log-which-unit-entity": lambda t: group(t, "Equipment"),
    "c-log-which-han-entity": lambda t: group(t, "Equipment"),
    "c-log-e04-code-zh": lambda t: count(t, lambda r: mentions(r, list(r), "e04")),
    "c-log-none-replaced-zh": lambda t: count(t, lambda r: null(r.get("Parts Replaced", ""))),
    "c-spares-header-word": lambda t: count(t),
    "c-log-widen-strainer": lambda t: count(t, lambda r: mentions(r, list(r), "strainer")),
    "gap-log-nothing-swapped": lambda t: count(t, lambda r: null(r.get("Parts Replaced", ""))),
    "c-parts-plural-cost-extended": lambda t: extended(t, lambda r: r["assembly"] == "rocker bogie"),
    "c-parts-how-much-do-cost": lambda t: extended(t, lambda r: r["assembly"] == "corner"),
    "c-parts-total-cost-list": lambda t: extended(t),
    "c-wo-abbreviated-header": lambda t: count(t, lambda r: null(r.get("ACtStartDate", ""))),
    "c-wo-camel-po-number": lambda t: count(t, lambda r: num(r["PONumber"]) > 2400),
    "c-log-minutes-convert": lambda t: count(t, lambda r: num(r["Downtime (h)"]) * 60 > 300),
    "c-log-han-numeral-unit": lambda t: count(t, lambda r: num(r["Downtime (h)"]) > 3),
    "x-fmea-fire-count-zh": lambda t: count(t, lambda r: r["Subsystem"] == "Fire Suppression System"),
    "x-fmea-hydraulic-avg-rpn-zh": lambda t: agg(t, "RPN", avg, lambda r: r["Subsystem"] == "Hydraulic System"),
    "x-fmea-leak-count-zh": lambda t: count(t, lambda r: mentions(r, ["Potential Failure Mode"], "leak")),
    "x-fmea-fuel-cooler-count-zh": lambda t: count(t, lambda r: r["Sub-Component"] == "Fuel Cooler"),
    "x-fmea-corrosion-pct-zh": lambda t: percent(t, lambda r: mentions(r, ["Potential Failure Mode"], "corrosion")),
    "x-fmea-brake-avg-occ-zh": lambda t: agg(t, "Occurrence", avg, lambda r: mentions(r, FMEA_KEY, "brake")),
    "x-wo-hydraulic-count-zh": lambda t: count(t, lambda r: mentions(r, WO_KEY, "hydraulic")),
    "x-wo-compressor-max-cost-zh": lambda t: agg(t, "Work_Order_Total_Actual_Cost", max, lambda r: mentions(r, WO_KEY, "compressor")),
    "x-wo-most-location-zh": lambda t: group(t, "Functional_Location_Description"),
    "x-parts-drive-wheel-cost-zh": lambda t: extended(t, lambda r: r["assembly"] == "drive wheel"),
    "x-parts-rocker-bogie-max-zh": lambda t: agg(t, "cost pp", max, lambda r: r["assembly"] == "rocker bogie"),
    "x-fmea-detection-scored-zh": lambda t: count(t, lambda r: num(r["Detection"]) == 3),
    "x-fmea-electrical-components-zh": lambda t: distinct([r for r in t if r["Subsystem"] == "Electrical System"], "Component"),
    "x-fmea-dcu-avg-rpn-zh": lambda t: agg(t, "RPN", avg, lambda r: r["Component"] == "Data Collection Unit (DCU)"),
    "x-wo-wc3-max-cost-zh": lambda t: agg(t, "Work_Order_Total_Actual_Cost", max, lambda r: r["WorkCentre"] == "WC3"),
    "x-parts-corner-rows-zh": lambda t: count(t, lambda r: r["assembly"] == "corner"),
    "x-log-kind-noun-zh": lambda t: count(t, lambda r: num(r["Downtime (h)"]) >= 8),
    "c-spares-stock-times-price": lambda t: {"value": round(sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t), 4)},
    "c-parts-cost-whole-product": lambda t: per_product(t, lambda r: r["assembly"] == "rocker bogie"),
    "c-parts-cost-hyphen-remark": lambda t: per_product(t, lambda r: r["assembly"] == "rocker bogie"),
    "c-parts-which-assemblies-zh": lambda t: {"value": len({r["assembly"] for r in t if r["assembly"]})},
    "c-wo-examples-remark": lambda t: count(t, lambda r: mentions(r, list(r), "hydraul")),
    "c-log-count-and-which": lambda t: count_listing(t, lambda r: mentions(r, list(r), "seal") and mentions(r, list(r), "leak"), "Equipment"),
    "c-log-count-and-which-zh": lambda t: count_listing(t, lambda r: mentions(r, list(r), "e07"), "Equipment"),
    "c-wo-count-and-which-assets": lambda t: count_listing(t, lambda r: mentions(r, list(r), "tramming"), "AssetID"),
    "c-log-hours-counted-sum": lambda t: agg(t, "Downtime (h)", sum),
    # the cell as written, not the cells the mappings read as empty
    "fmea-literal-no-controls": lambda t: count(t, lambda r: r["Current Controls"].lower() == "no current controls"),
    "c-log-quarter-glossed-zh": lambda t: count(t, lambda r: "2025-07" <= r["Date"][:7] <= "2025-09"),
    "c-log-one-pump-count-zh": lambda t: count(t, lambda r: "2404102" in r["Equipment"]),
    "c-log-one-pump-downtime-zh": lambda t: {"value": sum(num(r["Downtime (h)"]) for r in t if "2404102" in r["Equipment"])},
    "c-bom-list-every-supplier": lambda t: count(t, lambda r: "taizhou hengxin" in r["Supplier"].lower()),
    "c-fmea-or-worse": lambda t: percent(t, lambda r: num(r["Detection"]) >= 4),
    "c-fmea-score-points-zh": lambda t: count(t, lambda r: num(r["Severity"]) == 4),
    "c-wo-year-filter-zh": lambda t: count(t, lambda r: date_part(r[WO_DATE], "year") == "2001"),
    "c-wo-year-most": lambda t: group(with_part(t, WO_DATE, "year"), WO_DATE),
    "c-wo-month-most": lambda t: group(with_part(t, WO_DATE, "month"), WO_DATE),
    "c-wo-year-most-zh": lambda t: group(with_part(t, WO_DATE, "year"), WO_DATE),
    "c-wo-year-cost": lambda t: agg(t, "Work_Order_Total_Actual_Cost", sum, lambda r: date_part(r[WO_DATE], "year") == "2006"),
    "c-parts-which-part-row": lambda t: agg(t, "cost pp", max),
    "c-bom-which-part-row": lambda t: agg(t, "Qty", max),
    "c-parts-sheet-named": lambda t: agg(t, "cost pp", max),
    "c-wo-this-machine-zh": lambda t: count(t, lambda r: r["AssetID"] == "AID3"),
    "c-log-which-orders-mention": lambda t: count(t, lambda r: mentions(r, list(r), "leak")),
    "c-wo-location-by-name": lambda t: group(t, "Functional_Location_Description"),
    "c-wo-word-before-column": lambda t: count(t, lambda r: mentions(r, ["Functional_Location_Description"], "hydraulic")),
    "c-log-breakdowns-in-year": lambda t: count(t, lambda r: r["Date"].startswith("2025-")),
    "c-log-downtime-in-year": lambda t: agg(t, "Downtime (h)", sum, lambda r: r["Date"].startswith("2025-")),
    "c-log-year-most-downtime": lambda t: group([dict(r, Date=r["Date"][:4]) for r in t], "Date", sum, "Downtime (h)"),
    "c-log-equipment-most-downtime": lambda t: group(t, "Equipment", sum, "Downtime (h)"),
    "c-log-month-en": lambda t: agg(t, "Downtime (h)", sum, lambda r: r["Date"].startswith("2025-01-")),
    "c-log-month-zh": lambda t: count(t, lambda r: r["Date"].startswith("2026-03-")),
    "c-wo-place-exact": lambda t: count(t, lambda r: r["Functional_Location_Description"] == "mast"),
    "c-spares-lead-time-weeks-zh": lambda t: count(t, lambda r: num(r["Lead time (days)"]) > 14),
    "d-fmea-eq-abbreviated-zh": lambda t: count(t, lambda r: num(r["Severity"]) == 7),
    "d-fmea-equal-to": lambda t: count(t, lambda r: num(r["Occurrence"]) == 3),
    "d-fmea-exactly": lambda t: count(t, lambda r: num(r["RPN"]) == 90),
    "d-fmea-carry-score": lambda t: count(t, lambda r: num(r["Detection"]) == 5),
    "d-fmea-document-qualifier": lambda t: count(t, lambda r: num(r["Severity"]) >= 8),
    "c-wo-year-attached-zh": lambda t: count(t, lambda r: date_part(r[WO_DATE], "year") == "2006"),
    "c-wo-short-value-labelled": lambda t: count(t, lambda r: r["Work_Order_Type"] == "Z"),
    "c-wo-short-value-labelled-zh": lambda t: count(t, lambda r: r["Work_Order_Type"] == "X"),
    "c-wo-actual-cost-zh": lambda t: agg(t, "Work_Order_Total_Actual_Cost", avg, lambda r: r["AssetID"] == "AID5"),
    "c-wo-word-in-column": lambda t: count(t, lambda r: mentions(r, ["ShortText"], "compressor")),
    "c-fmea-value-labelled": lambda t: count(t, lambda r: r["Component"] == "Engine"),
    "c-parts-counted-wholes": lambda t: per_product(t, lambda r: r["assembly"] == "drive wheel" and r["short name"] == "motor"),
    "c-parts-counted-wholes-zh": lambda t: per_product(t, lambda r: r["assembly"] == "corner"),
    "d-routing-two-steps-sum": lambda t: agg(t, "Standard time (min)", sum, lambda r: r["Work step"] in ("Bearing assembly", "Impeller mounting")),
    "d-routing-two-steps-sum-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: r["Operation"] in ("70", "80")),
    "d-routing-numbered-rows": lambda t: agg(t, "Standard time (min)", sum, lambda r: 60 <= num(r["Operation"]) <= 90),
    "d-log-unit-before-column": lambda t: count(t, lambda r: num(r["Downtime (h)"]) >= 4),
    "d-log-serial-labelled-zh": lambda t: count(t, lambda r: "2409210" in r["Equipment"]),
    "d-log-serial-labelled": lambda t: count(t, lambda r: "2406055" in r["Equipment"]),
    "d-log-needed-no-parts": lambda t: count(t, lambda r: null(r["Parts Replaced"])),
    "d-bom-outside-most-parts": lambda t: group_distinct(t, "Supplier", "Part No.", lambda r: "in-house" not in r["Supplier"].lower()),
    "d-bom-outside-count": lambda t: count(t, lambda r: "in-house" not in r["Supplier"].lower()),
    "d-fmea-not-none-remark-zh": lambda t: count(t, lambda r: not null(r["Recommended Action"])),
    "c-parts-separate-section": lambda t: count(t, lambda r: r["assembly"] == "corner"),
    "d-bom-product-most-rows-hold": lambda t: {"value": len({r["Part No."] for r in t if r["Supplier"].startswith("Shanghai Baoli")})},
    "c-parts-sheet-named-zh": lambda t: agg(t, "cost pp", max),
    "d-routing-longest-zh": lambda t: agg(t, "Standard time (min)", max),
    "d-routing-span-numbers-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 60 <= num(r["Operation"]) <= 90),
    "t-bom-directly-under": lambda t: {"value": len(direct_rows(t, "CP200-ROT-00"))},
    "t-bom-directly-under-parts-zh": lambda t: {"value": len(direct_rows(t, "CP200-BRG-00"))},
    "t-bom-directly-under-zh": lambda t: {"value": len(direct_rows(t, "CP200-SEL-00"))},
    "t-log-no-part-swapped-zh": lambda t: count(t, lambda r: null(r.get("Parts Replaced", ""))),
    "t-log-no-parts-short-zh": lambda t: count(t, lambda r: null(r.get("Parts Replaced", ""))),
    "t-fmea-none-glossed-zh": lambda t: count(t, lambda r: null(r.get("Recommended Action", ""))),
    "t-torque-or-above-zh": lambda t: count(t, lambda r: num(r["Torque"]) >= 40),
    "t-torque-and-below-zh": lambda t: count(t, lambda r: num(r["Torque"]) <= 20),
    "t-routing-span-word-again-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 20 <= num(r["Operation"]) <= 60),
    "t-fmea-scored-plain-zh": lambda t: count(t, lambda r: num(r["Severity"]) == 4),
    "t-wo-looking-at-commonest": lambda t: group(t, "Functional_Location_Description"),
    "t-wo-year-cost-then-count-zh": lambda t: agg(t, "Work_Order_Total_Actual_Cost", sum, lambda r: date_part(r[WO_DATE], "year") == "2007"),
    "d-routing-span-named": lambda t: agg(t, "Standard time (min)", sum, lambda r: 20 <= num(r["Operation"]) <= 60),
    "d-routing-span-named-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 30 <= num(r["Operation"]) <= 70),
    "d-bom-under-assembly-zh": lambda t: under(t, "CP200-BSE-00"),
    "d-bom-under-assembly": lambda t: under(t, "CP200-CTL-00"),
    # written in customers' words, one table at a time, before the parser read them
    "n-dfmea-share-rpn-100": lambda t: percent(t, lambda r: num(r["RPN"]) > 100),
    "n-dfmea-detection-avg-zh": lambda t: agg(t, "Detection", avg),
    "n-dfmea-item-sum-rpn-zh": lambda t: group(t, "Item", sum, "RPN"),
    "n-dfmea-occ-4-plus-zh": lambda t: count(t, lambda r: num(r["Occurrence"]) >= 4),
    "n-dfmea-sev-below-6": lambda t: count(t, lambda r: num(r["Severity"]) < 6),
    "n-dfmea-motor-worst-rpn": lambda t: agg(t, "RPN", max, lambda r: mentions(r, DFMEA_KEY, "motor")),
    "n-log-share-over-8-zh": lambda t: percent(t, lambda r: num(r["Downtime (h)"]) > 8),
    "n-log-longest-zh": lambda t: agg(t, "Downtime (h)", max),
    "n-log-serial-total-zh": lambda t: agg(t, "Downtime (h)", sum, lambda r: "2403015" in r["Equipment"]),
    "n-log-code-without-prefix": lambda t: count(t, lambda r: any(re.search(r"-SEL-01\b", v) for v in r.values())),
    "n-log-code-touching-han-zh": lambda t: count(t, lambda r: any(re.search(r"-CPL-03\b", v) for v in r.values())),
    "n-bom-supplier-count": lambda t: count(t, lambda r: r["Supplier"].startswith("Changzhou Ruitai")),
    "n-bom-level-1": lambda t: count(t, lambda r: num(r["Level"]) == 1),
    "n-bom-distinct-suppliers-zh": lambda t: distinct(t, "Supplier"),
    "n-bom-stainless": lambda t: count(t, lambda r: "stainless" in r["Material"].lower()),
    "n-spares-avg-stock": lambda t: agg(t, "Recommended stock", avg),
    "n-spares-stock-over-2-zh": lambda t: count(t, lambda r: num(r["Recommended stock"]) > 2),
    "n-spares-longest-lead": lambda t: agg(t, "Lead time (days)", max),
    "n-spares-supplier-most": lambda t: group(t, "Supplier"),
    "n-spares-avg-price-zh": lambda t: agg(t, "Unit price (CNY)", avg),
    "n-routing-all-steps": lambda t: agg(t, "Standard time (min)", sum),
    "n-routing-over-20-zh": lambda t: count(t, lambda r: num(r["Standard time (min)"]) > 20),
    "n-routing-avg": lambda t: agg(t, "Standard time (min)", avg),
    "n-routing-quickest": lambda t: agg(t, "Standard time (min)", min),
    "n-fmea-pct-sev-4-plus": lambda t: percent(t, lambda r: num(r["Severity"]) >= 4),
    "n-fmea-avg-rpn-power-unit": lambda t: agg(t, "RPN", avg, lambda r: r["Subsystem"] == "Power Unit"),
    "n-fmea-component-avg-rpn-zh": lambda t: group(t, "Component", avg, "RPN"),
    "n-fmea-rpn-over-30-zh": lambda t: count(t, lambda r: num(r["RPN"]) > 30),
    "n-fmea-different-components": lambda t: distinct(t, "Component"),
    "n-wo-wc1-spend": lambda t: agg(t, "Work_Order_Total_Actual_Cost", sum, lambda r: r["WorkCentre"] == "WC1"),
    "n-wo-workcentre-most-zh": lambda t: group(t, "WorkCentre"),
    "n-wo-cost-under-1000": lambda t: count(t, lambda r: num(r["Work_Order_Total_Actual_Cost"]) < 1000),
    "n-wo-different-assets": lambda t: distinct(t, "AssetID"),
    "n-wo-pm01": lambda t: count(t, lambda r: r["WO_Type"] == "PM01"),
    "n-parts-different-assemblies": lambda t: distinct(t, "assembly"),
    "n-parts-cheapest-zh": lambda t: agg(t, "cost pp", min),
    "n-parts-avg-cost-corner": lambda t: agg(t, "cost pp", avg, lambda r: r["assembly"] == "corner"),
    "n-parts-under-5": lambda t: count(t, lambda r: num(r["cost pp"]) is not None and num(r["cost pp"]) < 5),
    # the sheet named before a verb, a code's display, "每单" of an average
    "s-log-e04-shown-zh": lambda t: count(t, lambda r: any("E04" in v for v in r.values())),
    "s-log-e03-display-zh": lambda t: count(t, lambda r: any("E03" in v for v in r.values())),
    "pieces-by-part-code": lambda t: agg(t, "Qty", sum, lambda r: r["Part No."] == "CP200-SEL-03"),
    "t-parts-pieces-in-one-assembly-zh": lambda t: agg(t, "# req in assy", sum, lambda r: r["assembly"] == "rocker bogie" and r["short name"] == "control arm"),
    "t-parts-pieces-in-one-assembly": lambda t: agg(t, "# req in assy", sum, lambda r: r["assembly"] == "rocker bogie" and r["short name"] == "control arm"),
    "t-bom-pieces-under-named-with-number-zh": lambda t: pieces(t, "CP200-BSE-00", lambda r: "hex bolt" in r["Description"].lower()),
    "t-bom-pieces-under-number-zh": lambda t: pieces(t, "CP200-BSE-00", lambda r: "hex bolt" in r["Description"].lower()),
    "t-spares-stock-on-the-shelf-outlay": lambda t: {"value": round(sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t), 4)},
    "t-spares-stock-qty-cost": lambda t: {"value": round(sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t), 4)},
    "t-log-year-entries-needed-no-parts": lambda t: count(t, lambda r: r["Date"].startswith("2025-") and null(r.get("Parts Replaced", ""))),
    "t-bom-individual-pieces-screws-included": lambda t: pieces(t, "CP200-CPL-00", lambda r: True),
    # the lines whose material names the 304 grade; listed, each by its holder
    "c-bom-holders-of-grade": lambda t: count(t, lambda r: "304 stainless" in r["Material"].lower()),
    "c-bom-count-of-grade": lambda t: count(t, lambda r: "304 stainless" in r["Material"].lower()),
    "parts-packs-whole-rover-zh": lambda t: pieces_for_product(t, lambda r: r["part #"].startswith("1611-") and "bearing" in r["long name"].lower()),
    "c-bom-pieces-every-bolt": lambda t: pieces(t, "CP200-CAS-00", lambda r: True),
    "c-bom-pieces-counting-each": lambda t: pieces(t, "CP200-SEL-00", lambda r: True),
    "t-fmea-only-control": lambda t: count(t, lambda r: r["Current Controls"].strip().rstrip(".") == "Investigated upon component failure"),
    "t-log-closed-without-replacing": lambda t: count(t, lambda r: null(r.get("Parts Replaced", ""))),
    "t-fmea-action-written-none-zh": lambda t: count(t, lambda r: null(r["Recommended Action"])),
    "t-bom-standard-every-size-counted-zh": lambda t: pieces(t, "HF-CP200", lambda r: r["Part No."].startswith("GB/T 5783 ")),
    "t-log-longest-down-the-one-zh": lambda t: agg(t, "Downtime (h)", max),
    "t-torque-small-wrench-how-many-is-that": lambda t: count(t, lambda r: "5–25" in r["Tool"]),
    "t-torque-small-wrench-that-one-zh": lambda t: count(t, lambda r: "5–25" in r["Tool"]),
    "t-routing-two-tests-added-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: r["Work step"] in ("Hydrostatic test", "Performance test")),
    "t-routing-how-many-steps-counted-zh": lambda t: count(t, lambda r: num(r["Standard time (min)"]) >= 30),
    "t-log-spider-replaced": lambda t: count(t, lambda r: any("coupling spider" in v.lower() for v in r.values())),
    "t-log-spider-replaced-zh": lambda t: count(t, lambda r: any("coupling" in v.lower() for v in r.values()) and any("spider" in v.lower() for v in r.values())),
    "t-spares-supplier-most-lines-internal": lambda t: group(t, "Supplier"),
    "s-log-avg-per-order-2025-zh": lambda t: agg(t, "Downtime (h)", avg, lambda r: r["Date"].startswith("2025")),
    # a step's Chinese name said without its joiner ("涂装包装" of "涂装与包装")
    "j-routing-span-no-joiner-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 70 <= num(r["Operation"]) <= 110),
    # "实际费用" is the actual cost
    "r-wo-avg-actual-cost-zh": lambda t: agg(t, "Work_Order_Total_Actual_Cost", avg),
    # a yes/no column asked by what it flags
    "g-wo-marked-exclusion": lambda t: count(t, lambda r: r["Exclusion"].upper() == "TRUE"),
    # a step named by the start of its word ("hydro" of "Hydrostatic")
    "v-routing-abbreviated-step": lambda t: agg(t, "Standard time (min)", sum, lambda r: r["Work step"] in ("Hydrostatic test", "Performance test")),
    # a part named by its code and its name: the code picks the rows
    "k-log-code-and-name-zh": lambda t: count(t, lambda r: any("CPL-03" in v for v in r.values())),
    # a supplier named in Chinese by its city and trade name
    "z-bom-supplier-city-zh": lambda t: count(t, lambda r: r["Supplier"] == "Ningbo Jinhai Seal Co."),
    "z-bom-supplier-company-form-zh": lambda t: count(t, lambda r: r["Supplier"] == "Luoyang Xinda Bearing Co."),
    "z-bom-supplier-for-us-zh": lambda t: count(t, lambda r: r["Supplier"] == "Suzhou Runtong Lubricants Co."),
    # "avg" for average
    "a-dfmea-avg-detection-bearing": lambda t: agg(t, "Detection", avg, lambda r: r["Item"].lower().startswith("bearing assembly")),
    # "unit price" names the price, not the Unit column
    "m-spares-highest-unit-price": lambda t: agg(t, "Unit price (CNY)", max),
    # "WOs" for work orders
    "w-wos-short-text": lambda t: count(t, lambda r: "hydraulic" in r["ShortText"].lower()),
    # a score named between the column and its value
    "f-fmea-detection-score-1-zh": lambda t: count(t, lambda r: num(r["Detection"]) == 1),
    "f-fmea-severity-score-4-zh": lambda t: count(t, lambda r: num(r["Severity"]) == 4),
    # pieces of one part in a levelled BOM, not its lines
    "p-bom-washers-in-base": lambda t: pieces(t, "CP200-BSE-00", lambda r: "spring washer" in r["Description"].lower()),
    "p-bom-m10-bolts-in-base-zh": lambda t: pieces(t, "CP200-BSE-00", lambda r: "M10x30" in r["Part No."]),
    "p-bom-m8-bolts-in-bearing": lambda t: pieces(t, "CP200-BRG-00", lambda r: "M8x25" in r["Part No."]),
    "p-bom-m8-bolts-in-bearing-zh": lambda t: pieces(t, "CP200-BRG-00", lambda r: "M8x25" in r["Part No."]),
    "p-bom-o-rings-seal": lambda t: pieces(t, "CP200-SEL-00", lambda r: "o-ring" in r["Description"].lower()),
    "p-bom-parts-under-is-lines": lambda t: count(under_rows(t, "CP200-CTL-00")),
    "p-bom-v-rings-one-pump": lambda t: pieces(t, "HF-CP200", lambda r: "v-ring" in r["Description"].lower()),
    "p-bom-washers-one-pump": lambda t: pieces(t, "HF-CP200", lambda r: "spring washer" in r["Description"].lower()),
    "p-bom-supplier-pieces-one-pump": lambda t: pieces(t, "HF-CP200", lambda r: r["Supplier"].startswith("Ningbo Jinhai")),
    "p-bom-supplier-pieces-each-pump-zh": lambda t: pieces(t, "HF-CP200", lambda r: r["Supplier"].startswith("Shanghai Baoli")),
    "p-bom-supplier-pieces-whole-zh": lambda t: pieces(t, "HF-CP200", lambda r: r["Supplier"].startswith("Taizhou Hengxin")),
    "p-bom-parts-listed-by-assembly": lambda t: count(under_rows(t, "CP200-BRG-00")),
    "p-bom-parts-make-up-assembly": lambda t: count(under_rows(t, "CP200-CAS-00")),
    "p-bom-parts-made-of-zh": lambda t: count(under_rows(t, "CP200-ROT-00")),
    "p-bom-parts-included-zh": lambda t: count(under_rows(t, "CP200-BSE-00")),
    "p-bom-model-code-context": lambda t: count([r for r in t if r["Supplier"].startswith("Shanghai Baoli")]),
    "p-bom-model-code-context-zh": lambda t: count([r for r in t if r["Supplier"].startswith("Ningbo Jinhai")]),
    "p-bom-supplier-lines": lambda t: count([r for r in t if r["Supplier"].startswith("Shanghai Baoli")]),
    "p-bom-hex-bolts-in-base-zh": lambda t: pieces(t, "CP200-BSE-00", lambda r: r["名称"].startswith("六角头螺栓")),
    "s-fmea-only-says-control": lambda t: count(t, lambda r: r["Current Controls"].rstrip(".").lower() == "investigated upon component failure"),
    "s-parts-series-pieces-whole": lambda t: pieces_for_product(t, lambda r: r["part #"].startswith("1120-")),
    "s-parts-kind-pieces-every-assembly": lambda t: pieces_for_product(t, lambda r: "angle pattern bracket" in r["long name"].lower()),
    "s-parts-kind-pieces-glossed-zh": lambda t: pieces_for_product(t, lambda r: "square beam" in r["long name"].lower()),
    "s-parts-series-either-zh": lambda t: {"value": len({r["assembly"] for r in t if r["part #"][:5] in ("1120-", "1121-")})},
    "s-parts-pieces-one-assembly": lambda t: {"value": sum(num(r["# req in assy"]) for r in t if r["assembly"] == "rocker bogie" and r["part #"].startswith("1118-"))},
    "s-parts-series-lines": lambda t: count(t, lambda r: r["part #"].startswith("1120-")),
    "s-parts-share-of-cost": lambda t: {"value": round(100 * per_product(t, lambda r: r["assembly"] == "corner")["value"] / per_product(t, lambda r: True)["value"], 4)},
    "s-parts-listed-under": lambda t: count(t, lambda r: r["assembly"] == "corner"),
    "s-parts-section-of-product": lambda t: count(t, lambda r: r["assembly"] == "body"),
    "s-parts-in-several-assemblies": lambda t: in_several(t, "part #", "assembly"),
    "s-parts-in-several-assemblies-zh": lambda t: in_several(t, "part #", "assembly"),
    "s-fmea-highest-anywhere": lambda t: agg(t, "RPN", max, lambda r: r["Subsystem"] == "Power Train"),
    "t-bom-most-direct-top-zh": lambda t: most_direct(t, top_only=True),
    "t-bom-most-direct-any": lambda t: most_direct(t),
    "t-log-code-before-most": lambda t: group(t, "Equipment", keep=lambda r: mentions(r, list(r), "e07")),
    "t-log-code-before-most-zh": lambda t: group(t, "Equipment", keep=lambda r: mentions(r, list(r), "e07")),
    "t-wo-went-through-centre": lambda t: count(t, lambda r: r["WorkCentre"] == "WC2"),
    "t-wo-passed-via-centre": lambda t: count(t, lambda r: r["WorkCentre"] == "WC2"),
    "t-fmea-modes-under-subsystem": lambda t: count(t, lambda r: r["Subsystem"] == "Load Frame"),
    "t-fmea-modes-under-subsystem-zh": lambda t: count(t, lambda r: r["Subsystem"] == "Load Frame"),
    "t-parts-times-multiplier-zh": lambda t: pieces_for_product(t, lambda r: r["assembly"] == "rocker bogie"),
    "parts-hyphen-series-one-rover-needs": lambda t: pieces_for_product(t, lambda r: r["part #"].startswith("1106-")),
    "parts-series-whole-rover-open-zh": lambda t: pieces_for_product(t, lambda r: r["part #"].startswith("1118-")),
    "t-parts-times-multiplier": lambda t: pieces_for_product(t, lambda r: r["assembly"] == "rocker bogie"),
    "t-parts-scoped-lines": lambda t: count(t, lambda r: r["assembly"] == "rocker bogie"),
    "t-bom-supplier-most-part-numbers": lambda t: group_distinct(t, "Supplier", "Part No."),
    "t-bom-outside-most-part-numbers-zh": lambda t: group_distinct(t, "Supplier", "Part No.", lambda r: "in-house" not in r["Supplier"].lower()),
    "t-fmea-item-total-rpn-of-modes": lambda t: group(t, "Item", sum, "RPN"),
    "t-spares-pieces-in-unit": lambda t: agg(t, "Recommended stock", sum, lambda r: r["Unit"] == "pcs"),
    "t-spares-pieces-in-unit-zh": lambda t: agg(t, "Recommended stock", sum, lambda r: r["Unit"] == "pcs"),
    "t-spares-rows-in-unit": lambda t: count(t, lambda r: r["Unit"] == "pcs"),
    "t-spares-pieces-errand-lead-in": lambda t: agg(t, "Recommended stock", sum, lambda r: r["Unit"] == "pcs"),
    "t-spares-pieces-sold-in": lambda t: agg(t, "Recommended stock", sum, lambda r: r["Unit"] == "pcs"),
    "t-log-which-replaced-named-part": lambda t: count(t, lambda r: "CP200-CAS-03" in r["Parts Replaced"]),
    "t-log-which-replaced-named-part-zh": lambda t: count(t, lambda r: "CP200-CAS-03" in r["Parts Replaced"]),
    "t-bom-standard-all-sizes": lambda t: pieces(t, "HF-CP200", lambda r: r["Part No."].startswith("GB/T 5783 ")),
    "t-bom-standard-all-sizes-zh": lambda t: pieces(t, "HF-CP200", lambda r: r["Part No."].startswith("GB/T 5783 ")),
    "t-parts-cost-of-all-sets-zh": lambda t: {"value": round(sum(num(r["cost pp"]) * (num(r["# req in assy"]) or 1) * (num(r["assembly multiplier"]) or 1) for r in t if r["assembly"] == "drive wheel" and num(r["cost pp"]) is not None), 4)},
    "t-parts-cost-of-all-sets": lambda t: {"value": round(sum(num(r["cost pp"]) * (num(r["# req in assy"]) or 1) * (num(r["assembly multiplier"]) or 1) for r in t if r["assembly"] == "drive wheel" and num(r["cost pp"]) is not None), 4)},
    "t-log-code-reported-zh": lambda t: group(t, "Equipment", keep=lambda r: mentions(r, list(r), "e07")),
    "t-fmea-what-modes-listed": lambda t: count(t, lambda r: r["Subsystem"] == "Hydraulic System"),
    "t-bom-supplier-most-kinds-zh": lambda t: group_distinct(t, "Supplier", "Part No."),
    "t-spares-total-in-unit-zh": lambda t: agg(t, "Recommended stock", sum, lambda r: r["Unit"] == "pcs"),
    "t-bom-which-supplier-han-zh": lambda t: group(t, "Supplier", keep=lambda r: "in-house" not in r["Supplier"].lower()),
    # a value the column never holds: none, not the nearest rows
    "c-fmea-equal-absent-zh": lambda t: count(t, lambda r: num(r["Occurrence"]) == 1),
    "c-fmea-equal-absent-count-zh": lambda t: count(t, lambda r: num(r["Occurrence"]) == 6),
    "c-spares-stock-equal-absent": lambda t: count(t, lambda r: num(r["Recommended stock"]) == 3),
    "c-bom-revision-absent": lambda t: count(t, lambda r: r["Revision"] == "D"),
    "c-bom-revision-absent-zh": lambda t: count(t, lambda r: r["Revision"] == "D"),
    "c-bom-revision-said-zh": lambda t: count(t, lambda r: r["Revision"] == "C"),
    "c-log-year-before-rows": lambda t: count(t, lambda r: r["Date"].startswith("2026")),
    # a fault code said as seen on a display: the rows that name the code
    "t-log-code-on-screen": lambda t: count(t, lambda r: mentions(r, list(r), "e07")),
    "t-log-code-display-showed": lambda t: count(t, lambda r: mentions(r, list(r), "e07")),
    # "多久", "多长时间" ask the time the measure already is
    "t-log-year-avg-how-long-zh": lambda t: agg(t, "Downtime (h)", avg, lambda r: r["Date"].startswith("2025")),
    "t-log-year-avg-how-long-words-zh": lambda t: agg(t, "Downtime (h)", avg, lambda r: r["Date"].startswith("2026")),
    # buying the recommended stock: each spare's price times its stock
    "t-spares-stock-bought-zh": lambda t: {"value": round(sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t), 4)},
    "t-spares-stock-money": lambda t: {"value": round(sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t), 4)},
    # steps by number, or after a named one, with a verb of time or order
    "t-routing-ops-take": lambda t: agg(t, "Standard time (min)", sum, lambda r: 20 <= num(r["Operation"]) <= 50),
    "t-routing-adding-up-per-pump": lambda t: agg(t, "Standard time (min)", sum, lambda r: 60 <= num(r["Operation"]) <= 90),
    "t-routing-steps-come-after": lambda t: agg(t, "Standard time (min)", sum, lambda r: num(r["Operation"]) > 90),
    # a threshold in the unit every cell writes ("45 N·m")
    "t-torque-cell-unit": lambda t: count(t, lambda r: num(r["Torque"]) >= 45),
    "t-torque-cell-unit-zh": lambda t: count(t, lambda r: num(r["Torque"]) <= 20),
    # pieces asked outright of an assembly with no sub-assembly
    "t-bom-pieces-under-zh": lambda t: pieces(t, "CP200-SEL-00", lambda r: True),
    "t-bom-pieces-under": lambda t: pieces(t, "CP200-CPL-00", lambda r: True),
    "t-bom-kinds-under-zh": lambda t: under(t, "CP200-CPL-00"),
    "t-fmea-pct-action-unwritten-zh": lambda t: percent(t, lambda r: null(r["Recommended Action"])),
    "t-fmea-pct-action-not-filled-zh": lambda t: percent(t, lambda r: null(r["Recommended Action"])),
    "t-parts-rows-in-assembly-sheet-zh": lambda t: count(t, lambda r: r["assembly"] == "rocker bogie"),
    # a stock counted in pieces, added up in each unit its rows are in
    "t-spares-stock-pieces-by-unit-zh": lambda t: group(t, "Unit", sum, "Recommended stock"),
    "t-spares-stock-pieces-by-unit": lambda t: group(t, "Unit", sum, "Recommended stock"),
    # an assembly that uses or needs parts: the parts under it
    "t-bom-assembly-uses-zh": lambda t: under(t, "CP200-BRG-00"),
    "t-bom-assembly-needs-zh": lambda t: under(t, "CP200-CPL-00"),
    # "how long" over steps named as a span: their times added
    "t-routing-how-long-before": lambda t: agg(t, "Standard time (min)", sum, lambda r: num(r["Operation"]) < 90),
    "t-routing-how-long-ops": lambda t: agg(t, "Standard time (min)", sum, lambda r: 20 <= num(r["Operation"]) <= 40),
    "t-routing-how-long-after-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: num(r["Operation"]) > 50),
    # the cost of buying the stock, with no word of a total
    "t-spares-stock-cost-no-total-zh": lambda t: {"value": round(sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t), 4)},
    "t-spares-stock-cost-to-stock": lambda t: {"value": round(sum(num(r["Unit price (CNY)"]) * num(r["Recommended stock"]) for r in t), 4)},
    # operation numbers joined by a hyphen
    "t-routing-ops-hyphen": lambda t: agg(t, "Standard time (min)", sum, lambda r: 20 <= num(r["Operation"]) <= 50),
    "t-routing-ops-hyphen-zh": lambda t: agg(t, "Standard time (min)", sum, lambda r: 60 <= num(r["Operation"]) <= 90),
    "t-bom-quantities-summed-zh": lambda t: pieces(t, "CP200-SEL-00", lambda r: True),
    "s-fmea-subcomponent-highest-rpn": lambda t: group(t, "Sub-Component", max, "RPN", lambda r: r["Component"] == "Engine"),
    "t-bom-next-level-zh": lambda t: {"value": len(direct_rows(t, "CP200-BRG-00"))},
    "t-torque-below-on-the-pump": lambda t: count(t, lambda r: num(r["Torque"]) < 25),
    "n-spares-lead-over-in-file": lambda t: count(t, lambda r: num(r["Lead time (days)"]) > 20),
    "n-spares-lead-over-in-file-zh": lambda t: count(t, lambda r: num(r["Lead time (days)"]) > 20),
    "spares-stock-only-two-or-litres-zh": lambda t: count(t, lambda r: num(r["Recommended stock"]) == 2),
}


def under(rows, key):
    """The distinct part numbers an assembly holds, at any depth, by the
    level column: the rows after its own, deeper than it."""
    i = next(k for k, r in enumerate(rows) if r["Part No."] == key)
    top, held = int(rows[i]["Level"]), set()
    for r in rows[i + 1:]:
        if int(r["Level"]) <= top:
            break
        held.add(r["Part No."])
    return {"value": len(held)}


def under_rows(rows, key):
    """The rows an assembly holds, at any depth."""
    i = next(k for k, r in enumerate(rows) if r["Part No."] == key)
    out = []
    for r in rows[i + 1:]:
        if int(r["Level"]) <= int(rows[i]["Level"]):
            break
        out.append(r)
    return out


def direct_rows(rows, key):
    """The rows an assembly holds at the next level: its own lines."""
    i = next(k for k, r in enumerate(rows) if r["Part No."] == key)
    top = int(rows[i]["Level"])
    return [r for r in under_rows(rows, key) if int(r["Level"]) == top + 1]


def pieces(rows, key, keep):
    """How many pieces of the kept lines an assembly holds: each line's
    Qty times the Qty of every sub-assembly between it and the assembly."""
    i = next(k for k, r in enumerate(rows) if r["Part No."] == key)
    top, stack, total = int(rows[i]["Level"]), [], 0.0
    for r in rows[i + 1:]:
        level = int(r["Level"])
        if level <= top:
            break
        stack = [s for s in stack if s[0] < level]  # the sub-assemblies holding r
        mult = 1.0
        for _, q in stack:
            mult *= q
        if keep(r):
            total += float(r["Qty"]) * mult
        stack.append((level, float(r["Qty"])))
    return {"value": total}


def count_listing(rows, keep, col):
    """How many rows, and the distinct values of col among them."""
    kept = [r for r in rows if keep(r)]
    return {"value": len(kept), "lists": sorted({r[col] for r in kept if not null(r[col])})}


def per_product(rows, keep):
    """What one whole product's parts cost: each line's cost times how
    many the assembly needs times how many of the assembly it has."""
    total = 0.0
    for r in rows:
        if keep(r) and num(r.get("cost pp", "")) is not None:
            total += num(r["cost pp"]) * (num(r.get("# req in assy", "")) or 1) * (num(r.get("assembly multiplier", "")) or 1)
    return {"value": round(total, 4)}


def in_several(rows, key, col):
    """The keys found under more than one value of col: the most such
    values, and the first key in sheet order that has them."""
    seen = {}
    for r in rows:
        if not null(r[key]):
            seen.setdefault(r[key], set()).add(r[col])
    over = [(len(v), k) for k, v in seen.items() if len(v) > 1]
    top = max(n for n, _ in over)
    return {"value": top, "group": next(k for n, k in over if n == top)}


def pieces_for_product(rows, keep):
    """How many pieces one whole product needs: each line's quantity
    times how many of its assembly the product has."""
    return {"value": sum((num(r.get("# req in assy", "")) or 1) * (num(r.get("assembly multiplier", "")) or 1) for r in rows if keep(r))}


def main():
    path = "retrieval/tableq/testdata/questions.jsonl"
    items = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    cache = {}
    for it in items:
        if it.get("none"):
            continue  # a question the table does not answer
        f = it["file"]
        if it.get("section"):
            f += "#" + it["section"]
        if f not in cache:
            cache[f] = TABLES[f](f)
        it["want"] = MEANING[it["id"]](cache[f])
    missing = set(MEANING) ^ {it["id"] for it in items if not it.get("none")}
    if missing:
        sys.exit("questions without a line: %s" % sorted(missing))
    with open(path, "w", encoding="utf-8") as out:
        for it in items:
            out.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(len(items), "questions")


main()
