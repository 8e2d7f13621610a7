package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant"
)

const demoRoot = "../../examples/demo"

// startDemo runs the whole program on :0 with a temporary store holding
// the demo corpus, as `kgassist demo` does.
func startDemo(tb testing.TB) *Main {
	tb.Helper()
	m := &Main{
		Config: Config{Store: "sqlite://" + filepath.Join(tb.TempDir(), "kg.db"), Addr: "127.0.0.1:0"},
		Ingest: []ingestSet{
			{paths: []string{filepath.Join(demoRoot, "public")}, audience: "public"},
			{paths: []string{filepath.Join(demoRoot, "internal")}, audience: "internal"},
		},
	}
	if err := m.Run(context.Background()); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { m.Close() })
	return m
}

func postJSON(t *testing.T, url string, body any, out any) int {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if out != nil {
		if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
			t.Fatalf("decode %s: %v", url, err)
		}
	}
	return resp.StatusCode
}

func ask(t *testing.T, m *Main, q, clearance string) assistant.Answer {
	t.Helper()
	var ans assistant.Answer
	if code := postJSON(t, m.URL()+"/v1/ask", map[string]string{"question": q, "clearance": clearance}, &ans); code != 200 {
		t.Fatalf("ask %q: status %d", q, code)
	}
	return ans
}

func TestDemoAnswersWithCitationsInBothLanguages(t *testing.T) {
	m := startDemo(t)
	for _, q := range []string{"What is the rated voltage of the HF-CP200?", "HF-CP200的额定电压是多少？"} {
		ans := ask(t, m, q, "public")
		if ans.Abstained || len(ans.Citations) == 0 {
			t.Fatalf("%q: abstained=%v citations=%d answer=%q", q, ans.Abstained, len(ans.Citations), ans.Answer)
		}
		if !strings.Contains(ans.Answer, "380") {
			t.Errorf("%q: answer lacks 380 V: %q", q, ans.Answer)
		}
		for _, c := range ans.Citations {
			if c.Document.URI == "" || c.Snippet == "" || !strings.Contains(ans.Answer, "["+itoa(c.N)+"]") {
				t.Errorf("%q: citation %+v does not resolve", q, c)
			}
		}
	}
	zh := ask(t, m, "HF-CP200的额定电压是多少？", "public")
	if zh.Lang != "zh" {
		t.Errorf("Chinese question answered in %q", zh.Lang)
	}
}

func TestDemoSaysItDoesNotKnow(t *testing.T) {
	m := startDemo(t)
	ans := ask(t, m, "What is the warranty period for customers in Brazil?", "public")
	if !ans.Abstained || len(ans.Citations) != 0 {
		t.Fatalf("want abstention, got %q with %d citations", ans.Answer, len(ans.Citations))
	}
}

func TestHealthAndErrors(t *testing.T) {
	m := startDemo(t)
	resp, err := http.Get(m.URL() + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", err, resp.StatusCode)
	}
	resp.Body.Close()
	var e struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if code := postJSON(t, m.URL()+"/v1/ask", map[string]string{"question": "x", "clearance": "galactic"}, &e); code != 400 || e.Error.Code != "invalid" {
		t.Fatalf("bad clearance: %d %+v", code, e)
	}
	// Clients send a large body after "Expect: 100-continue" (curl does
	// above 1 MiB), so the server's refusal on Content-Length reaches them
	// before any of the body is sent, and no reset can overtake it.
	b, _ := json.Marshal(map[string]string{"question": strings.Repeat("a", 2<<20)})
	req, _ := http.NewRequest(http.MethodPost, m.URL()+"/v1/ask", bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Expect", "100-continue")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 413 {
		t.Fatalf("oversized body: status %d", resp.StatusCode)
	}
	resp, _ = http.Get(m.URL() + "/v1/documents/nonexistent")
	if resp.StatusCode != 404 {
		t.Fatalf("unknown document: %d", resp.StatusCode)
	}
	resp.Body.Close()
}

func TestUploadListDelete(t *testing.T) {
	m := startDemo(t)
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("audience", "public")
	fw, _ := w.CreateFormFile("file", "notes.md")
	io.WriteString(fw, "# Service notes\n\nThe HF-CP200 drain plug takes a 17 mm spanner.\n")
	bad, _ := w.CreateFormFile("file", "broken.docx")
	io.WriteString(bad, "this is not a zip")
	w.Close()
	resp, err := http.Post(m.URL()+"/v1/documents", w.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		OK, Failed int
		Results    []struct {
			URI, Status, Error string
			DocumentID         string `json:"document_id"`
		} `json:"results"`
	}
	json.NewDecoder(resp.Body).Decode(&rep)
	resp.Body.Close()
	if rep.OK != 1 || rep.Failed != 1 || rep.Results[1].Error == "" {
		t.Fatalf("upload report = %+v", rep)
	}
	ans := ask(t, m, "Which spanner size does the HF-CP200 drain plug take?", "public")
	if !strings.Contains(ans.Answer, "17 mm") {
		t.Fatalf("uploaded fact not answered: %q", ans.Answer)
	}
	req, _ := http.NewRequest(http.MethodDelete, m.URL()+"/v1/documents/"+rep.Results[0].DocumentID, nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 204 {
		t.Fatalf("delete: %v %d", err, resp.StatusCode)
	}
	if ans := ask(t, m, "Which spanner size does the HF-CP200 drain plug take?", "public"); strings.Contains(ans.Answer, "17 mm") {
		t.Fatalf("deleted document still answers: %q", ans.Answer)
	}
}

func TestCLIIngestReportsEachDocument(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	os.WriteFile(good, []byte("# Pump\n\nRated voltage: 380 V ±10%.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "corrupt.xlsx"), []byte("PK\x03\x04 truncated"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"ingest", "--store", store, "--audience", "public", "--json", dir}, nil, &out, &errb)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, errb.String())
	}
	var rep struct {
		OK, Failed int
		Results    []struct{ URI, Status, Code, Error string }
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out.String())
	}
	if rep.OK != 1 || rep.Failed != 2 {
		t.Fatalf("report = %+v", rep)
	}
	for _, r := range rep.Results {
		if r.Status == "failed" && (r.Error == "" || r.Code == "") {
			t.Errorf("failure without a reason: %+v", r)
		}
	}
	out.Reset()
	if code := run(context.Background(), []string{"ingest", "--store", store, "--audience", "public", good}, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), "unchanged") {
		t.Fatalf("re-ingest: exit %d, output %s", code, out.String())
	}
	out.Reset()
	if code := run(context.Background(), []string{"ask", "--store", store, "--json", "What is the rated voltage?"}, nil, &out, &errb); code != 0 {
		t.Fatalf("ask exit %d: %s", code, errb.String())
	}
	var ans assistant.Answer
	if err := json.Unmarshal(out.Bytes(), &ans); err != nil || ans.Abstained || len(ans.Citations) == 0 || ans.Evidence.Entities == nil {
		t.Fatalf("ask --json = %s (%v)", out.String(), err)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
