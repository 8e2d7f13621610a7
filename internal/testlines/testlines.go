// Package testlines reads the line-per-case files tests keep under
// testdata: question sets, hostile forms, corpus path lists.
package testlines

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// Read returns the lines of the file at path, less blank lines and
// comments (lines starting with #), as written. A file that cannot be
// read fails tb.
func Read(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}
