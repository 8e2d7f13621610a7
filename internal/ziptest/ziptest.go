// Package ziptest writes zip archives of given entries, for tests of
// uploads, jobs and the office formats built on zip.
package ziptest

import (
	"archive/zip"
	"bytes"
	"maps"
	"slices"
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
