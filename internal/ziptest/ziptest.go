// Package ziptest writes zip archives of given entries, for tests of
// uploads, jobs and the office formats built on zip.
package ziptest

import (
	"archive/zip"
	"bytes"
	"io"
	"maps"
	"slices"
	"testing"
)

// Archive is a zip holding the (name, content) entries in order.
func Archive(entries ...[2]string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, e := range entries {
		f, err := w.Create(e[0])
		if err != nil {
			panic(err) // an entry name zip refuses is the test's own mistake
		}
		f.Write([]byte(e[1]))
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// Files is Archive of the files (name → content), in name order.
func Files(files map[string]string) []byte {
	var entries [][2]string
	for _, name := range slices.Sorted(maps.Keys(files)) {
		entries = append(entries, [2]string{name, files[name]})
	}
	return Archive(entries...)
}

// Entries reads a zip's (name, content) entries in order, the inverse of
// Archive; an archive that does not read fails tb.
func Entries(tb testing.TB, data []byte) [][2]string {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	var out [][2]string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatalf("%s: %v", f.Name, err)
		}
		out = append(out, [2]string{f.Name, string(b)})
	}
	return out
}
