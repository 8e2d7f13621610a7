package extract

// TableSlicer is an optional ability of an Extractor: whether a table's
// facts can be found a part of its rows at a time, each part alone, with
// the facts the whole table gives. A large table is then ingested in
// parts, so its document's memory does not grow with its rows.
type TableSlicer interface {
	SlicesTable(header []string) bool
}

// mapRowLocal are the mappers whose facts of a row depend on that row
// alone (and on the column's currency, which a part of a few thousand rows
// states as the whole does). Not among them: a BOM tree, whose types and
// parents need the rows around; FMEA and troubleshooting sheets, whose
// blank cells take the value above; routings, whose steps link in order.
var mapRowLocal = map[string]bool{"parts": true, "spec": true, "worklog": true}

// SlicesTable implements TableSlicer.
func (x *RuleExtractor) SlicesTable(header []string) bool {
	cols := x.tables.classify(header)
	switch {
	case cols.mapper == "":
		return true // read as prose, row by row
	case cols.mapper == "bom":
		return cols.col("level") < 0 && cols.col("parent") < 0
	}
	return mapRowLocal[cols.mapper]
}

// SlicesTable implements TableSlicer: the model reads prose only.
func (x *Composite) SlicesTable(header []string) bool {
	return x.Rules == nil || x.Rules.SlicesTable(header)
}
