package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestByteSizeFlag(t *testing.T) {
	for in, want := range map[string]int64{
		"1048576": 1 << 20, "512KiB": 512 << 10, "64MiB": 64 << 20, "1GiB": 1 << 30, "2gib": 2 << 30,
		"10MB": 10_000_000, "3kB": 3000, "5M": 5 << 20, "100B": 100, " 7 MiB ": 7 << 20,
	} {
		var s byteSize
		if err := s.Set(in); err != nil || int64(s) != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, s, err, want)
		}
	}
	for _, in := range []string{"", "MiB", "-1MiB", "0", "1.5MiB", "ten", "99999999999GiB"} {
		var s byteSize
		if err := s.Set(in); err == nil {
			t.Errorf("Set(%q) = %d, want an error", in, s)
		}
	}
	if got := byteSize(256 << 20).String(); got != "256MiB" {
		t.Errorf("String() = %q, want 256MiB", got)
	}
}

// TestServeLimitFlagsRefuseLargerUploads runs `kgassist serve` with
// small upload, file and table limits and sends what each must refuse,
// then the same requests to a server with the defaults, which takes them.
func TestServeLimitFlagsRefuseLargerUploads(t *testing.T) {
	bin := buildKgassist(t)
	_, small := serveProcessWith(t, bin, filepath.Join(t.TempDir(), "kg.db"),
		[]string{"--max-upload-bytes", "1MiB", "--max-file-bytes", "256KiB", "--max-table-rows", "10"})
	_, plain := serveProcess(t, bin, filepath.Join(t.TempDir(), "kg.db"))
	notes := strings.Repeat("The HF-CP200 impeller is cast in CF8M stainless steel.\n\n", 3000) // 168 KB
	var table strings.Builder
	table.WriteString("Part,Description,Qty\n")
	for i := range 11 {
		fmt.Fprintf(&table, "P-%03d,Bolt M%d,%d\n", i, 6+i, i+1)
	}
	cases := []struct {
		name, route, want string
		files             map[string]string
	}{
		{"request over --max-upload-bytes", "/v1/documents", "limit of 1 MiB a request",
			map[string]string{"a.md": notes, "b.md": notes, "c.md": notes, "d.md": notes, "e.md": notes, "f.md": notes, "g.md": notes}},
		{"job over --max-upload-bytes", "/v1/jobs", "limit of 1 MiB a request",
			map[string]string{"a.md": notes, "b.md": notes, "c.md": notes, "d.md": notes, "e.md": notes, "f.md": notes, "g.md": notes}},
		{"file over --max-file-bytes", "/v1/documents", "the limit is 262144 bytes",
			map[string]string{"big.md": notes + notes}},
		{"table over --max-table-rows", "/v1/documents", "at most 10 rows",
			map[string]string{"bom.csv": table.String()}},
	}
	for _, c := range cases {
		status, msg := postFiles(t, small+c.route, c.files)
		if status != http.StatusRequestEntityTooLarge || !strings.Contains(msg, c.want) {
			t.Errorf("%s: %d %q, want 413 saying %q", c.name, status, msg, c.want)
		}
		if status, msg := postFiles(t, plain+c.route, c.files); status >= 300 {
			t.Errorf("%s, default limits: %d %q, want it taken", c.name, status, msg)
		}
		t.Logf("%s: %d %s", c.name, status, msg)
	}
}

var expectClient = &http.Client{Transport: &http.Transport{ExpectContinueTimeout: 10 * time.Second}}

// postFiles uploads files in one multipart request and returns the
// status and the error message of the body, or of its first failed file.
func postFiles(t *testing.T, url string, files map[string]string) (int, string) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for name, data := range files {
		fw, _ := w.CreateFormFile("file", name)
		fw.Write([]byte(data))
	}
	w.Close()
	req, err := http.NewRequest("POST", url, &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	// As curl does for large bodies: a server that refuses by the length
	// alone answers before the body is sent, so the client reads the 413
	// rather than a broken pipe.
	req.Header.Set("Expect", "100-continue")
	resp, err := expectClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Error   struct{ Message string }
		Results []struct{ Error string }
	}
	json.NewDecoder(resp.Body).Decode(&out)
	msg := out.Error.Message
	for _, r := range out.Results {
		if msg == "" {
			msg = r.Error
		}
	}
	return resp.StatusCode, msg
}

// TestIngestLimitFlags: `kgassist ingest` refuses a file over
// --max-file-bytes and a table over --max-table-rows, saying which
// limit, and takes both under the defaults.
func TestIngestLimitFlags(t *testing.T) {
	dir := t.TempDir()
	var table strings.Builder
	table.WriteString("Part,Description,Qty\n")
	for i := range 11 {
		fmt.Fprintf(&table, "P-%03d,Bolt M%d,%d\n", i, 6+i, i+1)
	}
	csv, notes := filepath.Join(dir, "bom.csv"), filepath.Join(dir, "notes.md")
	os.WriteFile(csv, []byte(table.String()), 0o644)
	os.WriteFile(notes, []byte(strings.Repeat("The HF-CP200 impeller is cast in CF8M.\n\n", 100)), 0o644)
	for _, c := range []struct{ flag, value, path, want string }{
		{"--max-table-rows", "10", csv, "at most 10 rows"},
		{"--max-file-bytes", "1KiB", notes, "the limit is 1024 bytes"},
	} {
		store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{"ingest", "--store", store, c.flag, c.value, c.path}, nil, &out, &errb)
		if code != 1 || !strings.Contains(out.String(), c.want) {
			t.Errorf("%s %s: exit %d, output %q, want a failure saying %q", c.flag, c.value, code, out.String(), c.want)
		}
		out.Reset()
		if code := run(context.Background(), []string{"ingest", "--store", store, c.path}, nil, &out, &errb); code != 0 {
			t.Errorf("%s under the defaults: exit %d, output %q", c.path, code, out.String())
		}
	}
	var errb bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--max-file-bytes", "lots", csv}, nil, io.Discard, &errb); code == 0 || !strings.Contains(errb.String(), "is not a size") {
		t.Errorf("--max-file-bytes lots: exit %d, stderr %q", code, errb.String())
	}
}
