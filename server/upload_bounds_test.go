package server

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// bomRows is a BOM export of n rows, about 60 bytes a row.
func bomRows(n int) string {
	var b strings.Builder
	b.WriteString("Level,Part No.,Description,Material,Qty,Unit,Supplier,Note\n")
	for i := range n {
		fmt.Fprintf(&b, "%d,P-%05d,Impeller blank %d,CF8M,%d,pcs,Supplier %d,rev %d\n", 1+i%3, i, i, 1+i%7, i%40, i%9)
	}
	return b.String()
}

// formOf encodes files ("file" fields, in order) as a multipart body.
func formOf(names []string, contents []string) ([]byte, string) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	_ = w.WriteField("audience", "public")
	for i, name := range names {
		fw, _ := w.CreateFormFile("file", name)
		_, _ = io.WriteString(fw, contents[i])
	}
	_ = w.Close()
	return b.Bytes(), w.FormDataContentType()
}

// rawPost writes a request of body's first n bytes on its own connection,
// announcing all of it, and returns the connection still open.
func rawPost(t *testing.T, base, path, key, ctype string, body []byte, n int) net.Conn {
	t.Helper()
	u, _ := url.Parse(base)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
		path, u.Host, key, ctype, len(body))
	if _, err := conn.Write(body[:n]); err != nil {
		t.Fatal(err)
	}
	return conn
}

// tempFiles counts the multipart temp files in dir once the server has
// had time to remove them: it does so after the response is sent.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if names := listTemp(t, dir); len(names) == 0 || time.Now().After(deadline) {
			return names
		}
	}
}

// listTemp lists the multipart temp files in dir now.
func listTemp(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "multipart-") {
			names = append(names, e.Name())
		}
	}
	return names
}

// Every way an upload ends leaves no multipart temp file behind: a client
// that hangs up mid-body, a body over the limit, a document that fails,
// and one that is ingested.
func TestUploadTempFilesRemovedOnEveryPath(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	e := newEnv(t, envOptions{tweak: func(o *Options) {
		o.Pipeline.Limits.MaxFileBytes = 3 << 20
		o.MaxUploadFiles = 2
	}})
	e.standardKeys()
	big := strings.Repeat("# Notes\n\nThe HF-CP200 pump impeller is cast in CF8M.\n\n", 40_000) // 2.2 MB
	for _, path := range []string{"/v1/documents", "/v1/jobs"} {
		body, ctype := formOf([]string{"notes.md", "more.md"}, []string{big, big})
		conn := rawPost(t, e.ts.URL, path, e.keys["ingest"], ctype, body, len(body)*3/4)
		time.Sleep(300 * time.Millisecond)
		if len(listTemp(t, tmp)) == 0 {
			t.Errorf("%s: no temp file while the body arrives, so none could be left", path)
		}
		conn.Close()
		if left := tempFiles(t, tmp); len(left) > 0 {
			t.Errorf("%s: client hang-up mid-body left %v", path, left)
		}

		over, ctype := formOf([]string{"a.md", "b.md", "c.md"}, []string{big, big, big})
		req, _ := http.NewRequest("POST", e.ts.URL+path, io.MultiReader(bytes.NewReader(over))) // chunked: no length to refuse early
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Authorization", "Bearer "+e.keys["ingest"])
		if resp, err := http.DefaultClient.Do(req); err == nil {
			if resp.StatusCode != http.StatusRequestEntityTooLarge {
				t.Errorf("%s: body over the limit: %d", path, resp.StatusCode)
			}
			resp.Body.Close()
		}
		if left := tempFiles(t, tmp); len(left) > 0 {
			t.Errorf("%s: refused body left %v", path, left)
		}
	}

	r, out := e.do(call{method: "POST", path: "/v1/documents", body: &multipartBody{fields: map[string]string{"audience": "public"},
		files: map[string]string{"broken.pdf": "%PDF-1.7\n" + big}}}, e.keys["ingest"])
	if r.StatusCode == http.StatusOK {
		t.Errorf("a broken PDF was accepted: %s", out)
	}
	if left := tempFiles(t, tmp); len(left) > 0 {
		t.Errorf("failed document left %v", left)
	}
	r, out = e.do(call{method: "POST", path: "/v1/documents", body: &multipartBody{fields: map[string]string{"audience": "public"},
		files: map[string]string{"notes.md": big}}}, e.keys["ingest"])
	if r.StatusCode != http.StatusOK {
		t.Errorf("upload: %d %.300s", r.StatusCode, out)
	}
	if left := tempFiles(t, tmp); len(left) > 0 {
		t.Errorf("ingested document left %v", left)
	}
}

// A synchronous upload whose client leaves while the document is being
// ingested stops, and commits nothing of it.
func TestUploadStopsWhenTheClientLeaves(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	returned := make(chan time.Time, 1)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.srv.Handler().ServeHTTP(w, r)
		if r.URL.Path == "/v1/documents" {
			returned <- time.Now()
		}
	}))
	t.Cleanup(ts.Close)
	body, ctype := formOf([]string{"bom.csv"}, []string{bomRows(20_000)})
	conn := rawPost(t, ts.URL, "/v1/documents", e.keys["ingest"], ctype, body, len(body))
	time.Sleep(time.Second) // the body is read and the ingest has begun
	left := time.Now()
	conn.Close()
	select {
	case at := <-returned:
		t.Logf("upload of 20,000 rows returned %v after the client left", at.Sub(left).Round(time.Millisecond))
	case <-time.After(5 * time.Minute):
		t.Fatal("the upload never returned")
	}
	_, metrics := e.do(call{method: "GET", path: "/metrics"}, "")
	t.Logf("%s", grepLines(string(metrics), "kgassist_ingest_documents_total{"))
	if !strings.Contains(string(metrics), `kgassist_ingest_documents_total{status="failed"} 1`) {
		t.Errorf("the upload did not end as stopped:\n%s", grepLines(string(metrics), "kgassist_ingest_documents_total{"))
	}
	docs, err := e.srv.opts.Store.ListDocuments(context.Background(), kg.Restricted, kg.DocumentQuery{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if strings.HasPrefix(d.URI, "upload/") && strings.HasSuffix(d.URI, "bom.csv") {
			t.Errorf("the upload was committed after its client left: %s", d.URI)
		}
	}
}

// peakHeap runs f while sampling the heap, and returns how far it rose
// above where it started. The collector runs often meanwhile, so the
// figure is near what f holds rather than what it has yet to collect.
func peakHeap(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	base, peak := m.HeapAlloc, m.HeapAlloc
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	return peak - base
}

// One request carrying ten 5 MB CSVs holds a bounded part of them in
// memory, not all of them: files wait on disk and are read one at a time.
// The CSVs are refused as they are read (a row limit of 10), so what is
// measured is the request, not the ingest of each table (row 9k).
func TestUploadOfManyLargeFilesHoldsBoundedMemory(t *testing.T) {
	e := keyedEnv(t, envOptions{tweak: func(o *Options) { o.Pipeline.Limits.MaxTableRows = 10 }})
	csv := bomRows(85_000) // 5 MB
	names, contents := make([]string, 10), make([]string, 10)
	for i := range names {
		names[i], contents[i] = fmt.Sprintf("bom%d.csv", i), csv
	}
	body, ctype := formOf(names, contents)
	for _, path := range []string{"/v1/documents", "/v1/jobs"} {
		var status int
		grew := peakHeap(func() {
			req, _ := http.NewRequest("POST", e.ts.URL+path, bytes.NewReader(body))
			req.Header.Set("Content-Type", ctype)
			req.Header.Set("Authorization", "Bearer "+e.keys["ingest"])
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			status = resp.StatusCode
		})
		t.Logf("%s, 10 × %.1f MB CSVs (%.1f MB body): %d, peak heap +%.1f MB (client's copy of the body excluded: it is built before)",
			path, float64(len(csv))/1e6, float64(len(body))/1e6, status, float64(grew)/1e6)
		// Holding every file at once needs at least their 50 MB; on a
		// quiet machine the request peaks near 20 MB, and under load the
		// collector lags by up to another 15 MB.
		if bound := uint64(len(csv)) * uint64(len(names)) * 9 / 10; grew > bound {
			t.Errorf("%s: one request of 10 × 5 MB files raised the heap by %.1f MB (bound %.1f MB)", path, float64(grew)/1e6, float64(bound)/1e6)
		}
	}
}

// zeros reads as endless zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// lazyForm is a multipart body of n files of size bytes each, made as it
// is read, and its length.
func lazyForm(n int, size int64) (io.Reader, int64, string) {
	const boundary = "kgassistboundary"
	var parts []io.Reader
	var length int64
	add := func(r io.Reader, n int64) { parts, length = append(parts, r), length+n }
	for i := range n {
		head := fmt.Sprintf("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f%d.md\"\r\nContent-Type: text/markdown\r\n\r\n", boundary, i)
		add(strings.NewReader(head), int64(len(head)))
		add(io.LimitReader(zeros{}, size), size)
		add(strings.NewReader("\r\n"), 2)
	}
	tail := "--" + boundary + "--\r\n"
	add(strings.NewReader(tail), int64(len(tail)))
	return io.MultiReader(parts...), length, "multipart/form-data; boundary=" + boundary
}

// One request is bounded as a whole, not only file by file: forty files
// each under the file limit are refused together, before any is read.
func TestUploadRequestIsBoundedInTotal(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	client := &http.Client{Transport: &http.Transport{ExpectContinueTimeout: time.Minute}}
	for _, path := range []string{"/v1/documents", "/v1/jobs"} {
		body, length, ctype := lazyForm(40, 8<<20)
		req, _ := http.NewRequest("POST", e.ts.URL+path, body)
		req.ContentLength = length
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Authorization", "Bearer "+e.keys["ingest"])
		req.Header.Set("Expect", "100-continue") // so a refusal is read, not cut off mid-send
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		t.Logf("%s, 40 × 8 MiB (%d MiB): %d %s", path, length>>20, resp.StatusCode, out)
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("%s: a request of 40 files of 8 MiB answered %d %.200s", path, resp.StatusCode, out)
		}
	}
}
