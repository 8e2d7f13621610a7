package load

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"path/filepath"
	"strings"
)

// loadCSV reads a CSV or TSV export as one table named after the file.
// Exports from ERP and spreadsheet tools are messy: the delimiter is sniffed,
// stray quotes are tolerated and rows with too many or too few fields are
// kept, because a BOM row with an unquoted comma is still a part: a row
// split by one is joined back (rejoinSplitCells), a short one padded.
func loadCSV(ctx context.Context, name string, data []byte, lim Limits) (*Parsed, error) {
	text, enc, err := loadDecode(ctx, data)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = csvSniff(text, strings.EqualFold(filepath.Ext(name), ".tsv"))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	r.ReuseRecord = true // tableRows copies what it keeps
	base := filepath.Base(name)
	rows := tableRows{name: strings.TrimSuffix(base, filepath.Ext(base)), max: lim.MaxTableRows, joiner: csvJoiner(r.Comma)}
	for n := 1; ; n++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, loadCorrupt("csv", name, err)
		}
		if err := checkTableWidth(name, len(rec)); err != nil {
			return nil, err
		}
		if err := rows.add(rec); err != nil {
			return nil, err
		}
		if n%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	t := rows.table()
	if t == nil {
		return loadNeedText("csv", &Parsed{})
	}
	return &Parsed{Blocks: []Block{{Kind: TableBlock, Table: t}}, Encoding: enc}, nil
}

// csvJoiner is how delimiter d reads inside a sentence.
func csvJoiner(d rune) string {
	switch d {
	case ',', ';':
		return string(d) + " "
	}
	return " "
}

// csvSniff picks the delimiter that splits the first lines most
// consistently: the one giving the same non-zero field count on the most
// lines, ties going to the larger count.
func csvSniff(text string, tsv bool) rune {
	best, bestLines, bestCount := ',', 0, 0
	if tsv {
		best = '\t'
	}
	lines := csvHeadLines(text, 20)
	for _, d := range []rune{'\t', ',', ';', '|'} {
		count, lines := csvConsistency(lines, d)
		if count == 0 {
			continue
		}
		if lines > bestLines || (lines == bestLines && count > bestCount) {
			best, bestLines, bestCount = d, lines, count
		}
	}
	return best
}

func csvHeadLines(text string, n int) []string {
	var out []string
	for _, line := range strings.SplitN(text, "\n", n+1) {
		if strings.TrimSpace(line) != "" && len(out) < n {
			out = append(out, line)
		}
	}
	return out
}

// csvConsistency returns the most frequent count of d outside quotes and
// how many lines have it.
func csvConsistency(lines []string, d rune) (count, agreeing int) {
	freq := map[int]int{}
	for _, line := range lines {
		freq[csvCountOutsideQuotes(line, d)]++
	}
	for c, n := range freq {
		if c > 0 && (n > agreeing || (n == agreeing && c > count)) {
			count, agreeing = c, n
		}
	}
	return count, agreeing
}

func csvCountOutsideQuotes(line string, d rune) int {
	n, quoted := 0, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted = !quoted
		case r == d && !quoted:
			n++
		}
	}
	return n
}
