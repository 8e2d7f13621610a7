package main

import (
	"archive/zip"
	"bytes"
	"time"
)

// zipEntry is one member of an OOXML package.
type zipEntry struct {
	name string
	data string
}

// zipBytes writes entries in the given order with a fixed modification time,
// so the archive bytes depend only on the content.
func zipBytes(entries []zipEntry) ([]byte, error) {
	mod, err := time.Parse(time.RFC3339, fixedTime)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(e.data)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
