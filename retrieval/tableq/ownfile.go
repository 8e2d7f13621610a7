package tableq

import (
	"path"
	"regexp"
	"strings"
	"sync"
)

// ownFilePatterns holds a pattern per file name, compiled once.
var ownFilePatterns sync.Map // file name → *regexp.Regexp

// withoutOwnFile is the question without the name of the file t was read
// from: "bom.xlsx 备件表里", "in bom.xlsx" say where to look, and no row
// holds the file's name, nor is its kind ("bom") the kind of every sheet
// in it.
func (t *Table) withoutOwnFile(text string) string {
	file := strings.ToLower(path.Base(t.Ref.DocURI))
	if len(file) < 5 || !strings.Contains(file, ".") {
		return text
	}
	re := ownFilePattern(file)
	return strings.TrimSpace(re.ReplaceAllString(text, " "))
}

func ownFilePattern(file string) *regexp.Regexp {
	if re, ok := ownFilePatterns.Load(file); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(`(?i)(?:\b(?:in|from|of)\s+(?:the\s+)?)?` + regexp.QuoteMeta(file) + `(?:\s*(?:file|workbook|spreadsheet)\b)?(?:\s*(?:里|中|里面)(?:的)?)?`)
	ownFilePatterns.Store(file, re)
	return re
}
