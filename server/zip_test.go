package server

import (
	"bytes"
	"testing"

	"github.com/kgassist/kgassist/internal/ziptest"
)

// An archive whose entries would be stored under one name is refused, not
// half ingested: neither a repeated entry nor two paths that flatten alike.
func TestZipJobRefusesEntriesOfOneName(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	for _, files := range []map[string]string{
		{"notes/a_b.md": "# One\n\nfirst\n", "notes/a/b.md": "# Two\n\nsecond\n"},
	} {
		r, body := e.do(call{method: "POST", path: "/v1/jobs", body: &multipartBody{fields: map[string]string{"audience": "public"},
			files: map[string]string{"notes.zip": string(ziptest.Files(files))}}}, e.keys["ingest"])
		if r.StatusCode != 400 || !bytes.Contains(body, []byte("a_b.md")) {
			t.Errorf("%v: %d %s", files, r.StatusCode, body)
		}
	}
}
