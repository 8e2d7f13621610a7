package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/assistant"
)

// cli runs one command and returns its exit code, stdout and stderr.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, nil, &out, &errb)
	return code, out.String(), errb.String()
}

func askJSON(t *testing.T, store, clearance, q string) assistant.Answer {
	t.Helper()
	code, out, errs := cli(t, "ask", "--store", store, "--clearance", clearance, "--json", q)
	if code != 0 {
		t.Fatalf("ask: exit %d: %s", code, errs)
	}
	var ans assistant.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("ask --json: %v\n%s", err, out)
	}
	return ans
}

// Re-labelling a published note hides it from public callers; publishing
// it again needs --relabel and is written to the audit log.
func TestCLIRelabel(t *testing.T) {
	dir := t.TempDir()
	note := filepath.Join(dir, "note.md")
	os.WriteFile(note, []byte("# Bonus\n\nThe HF-CP200 bonus pool is 500 euros per technician.\n"), 0o644)
	store := "sqlite://" + filepath.Join(dir, "data", "kg.db")
	q := "How large is the HF-CP200 bonus pool?"
	if code, out, errs := cli(t, "ingest", "--store", store, "--audience", "public", note); code != 0 {
		t.Fatalf("ingest public: %d %s %s", code, out, errs)
	}
	if ans := askJSON(t, store, "public", q); !strings.Contains(ans.Answer, "500") {
		t.Fatalf("public note not answered: %q", ans.Answer)
	}
	code, out, _ := cli(t, "ingest", "--store", store, "--audience", "internal", note)
	if code != 0 || !strings.Contains(out, "relabelled public → internal") {
		t.Fatalf("relabel to internal: exit %d\n%s", code, out)
	}
	if ans := askJSON(t, store, "public", q); strings.Contains(ans.Answer, "500") || len(ans.Citations) != 0 {
		t.Fatalf("a public caller still gets the internal note: %q %v", ans.Answer, ans.Citations)
	}
	code, out, _ = cli(t, "ingest", "--store", store, "--audience", "public", note)
	if code != 1 || !strings.Contains(out, "--relabel") {
		t.Fatalf("lowering without --relabel: exit %d\n%s", code, out)
	}
	code, out, _ = cli(t, "ingest", "--store", store, "--audience", "public", "--relabel", note)
	if code != 0 || !strings.Contains(out, "relabelled internal → public") {
		t.Fatalf("lowering with --relabel: exit %d\n%s", code, out)
	}
	db, err := openAuth(context.Background(), Config{Store: store}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	log, err := db.AuditLog(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range log {
		found = found || (e.Route == "relabel" && strings.Contains(e.Question, "note.md") && strings.Contains(e.Answer, "internal → public"))
	}
	if !found {
		t.Errorf("no relabel entry in the audit log: %+v", log)
	}
}

// Without --audience a document is internal: publishing is a choice.
func TestCLIDefaultAudienceIsInternal(t *testing.T) {
	dir := t.TempDir()
	note := filepath.Join(dir, "note.md")
	os.WriteFile(note, []byte("# Note\n\nRated voltage: 380 V.\n"), 0o644)
	store := "sqlite://" + filepath.Join(dir, "kg.db")
	if code, out, errs := cli(t, "ingest", "--store", store, note); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	_, out, _ := cli(t, "docs", "--store", store)
	if !strings.Contains(out, "internal") || strings.Contains(out, "public") {
		t.Fatalf("docs after a default ingest:\n%s", out)
	}
}

// Read commands never create a store: a mistyped path fails, naming it.
func TestCLIReadCommandsNeedAStore(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nonexistent", "dir", "x.db")
	store := "sqlite://" + missing
	for _, args := range [][]string{
		{"docs", "--store", store},
		{"ask", "--store", store, "What is the rated voltage?"},
		{"retrieve", "--store", store, "What is the rated voltage?"},
		{"delete", "--store", store, "note.md"},
		{"reembed", "--store", store},
		{"eval", "--store", store, "../../testdata/qa/demo.jsonl"},
	} {
		code, _, errs := cli(t, args...)
		if code == 0 || !strings.Contains(errs, missing) || !strings.Contains(errs, "kgassist ingest") {
			t.Errorf("%s on a missing store: exit %d, stderr %q", args[0], code, errs)
		}
	}
	if _, err := os.Stat(filepath.Dir(missing)); !os.IsNotExist(err) {
		t.Errorf("a read command created %s", filepath.Dir(missing))
	}
}

// A folder's LICENSE is skipped and listed; a missing path fails alone.
func TestCLIIngestSkipsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "docs"), 0o755)
	os.WriteFile(filepath.Join(dir, "docs", "a.md"), []byte("# A\n\nRated voltage: 380 V.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "docs", "LICENSE"), []byte("MIT"), 0o644)
	missing := filepath.Join(dir, "typo.md")
	store := "sqlite://" + filepath.Join(dir, "kg.db")
	code, out, _ := cli(t, "ingest", "--store", store, filepath.Join(dir, "docs"), missing)
	if code != 1 || !strings.Contains(out, "skipped") || !strings.Contains(out, "LICENSE") ||
		!strings.Contains(out, "failed     "+missing+": no such file or folder") || !strings.Contains(out, "1 ok, 0 unchanged, 1 skipped, 1 failed") {
		t.Fatalf("exit %d\n%s", code, out)
	}
}

// A file whose name holds a newline or a right-to-left override cannot
// forge lines in the report or the document list.
func TestCLINamesCannotForgeLines(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a\nok         forged.md", "invoice\u202egpj.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("# T\n\nRated voltage: 380 V.\n"), 0o644); err != nil {
			t.Skipf("this file system refuses the name: %v", err)
		}
	}
	store := "sqlite://" + filepath.Join(t.TempDir(), "kg.db")
	code, out, errs := cli(t, "ingest", "--store", store, dir)
	if code != 0 || strings.Count(out, "\n") != 3 || strings.ContainsRune(out, '\u202e') || !strings.Contains(out, `a\nok`) {
		t.Fatalf("ingest report: exit %d %s\n%s", code, errs, out)
	}
	_, out, _ = cli(t, "docs", "--store", store)
	if strings.Count(out, "\n") != 3 || strings.ContainsRune(out, '\u202e') || !strings.Contains(out, `\u202e`) {
		t.Fatalf("docs:\n%s", out)
	}
}

// Markdown that is not UTF-8 is read as a guessed encoding, and the
// report says which, in words and in JSON.
func TestCLIReportsGuessedEncoding(t *testing.T) {
	dir := t.TempDir()
	latin := filepath.Join(dir, "latin.md")
	os.WriteFile(latin, []byte("# Caf\xe9\n\nThe pump's d\xe9bit is 40 m3/h.\n"), 0o644)
	plain := filepath.Join(dir, "plain.md")
	os.WriteFile(plain, []byte("# Plain\n\nRated voltage: 380 V.\n"), 0o644)
	store := "sqlite://" + filepath.Join(dir, "kg.db")
	code, out, _ := cli(t, "ingest", "--store", store, "--json", latin, plain)
	var rep struct {
		Results []struct {
			URI, Encoding   string
			EncodingGuessed bool `json:"encoding_guessed"`
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 || len(rep.Results) != 2 {
		t.Fatalf("exit %d %v\n%s", code, err, out)
	}
	for _, r := range rep.Results {
		guessed := strings.HasSuffix(r.URI, "latin.md")
		if r.EncodingGuessed != guessed || (guessed && r.Encoding != "windows-1252") || (!guessed && r.Encoding != "UTF-8") {
			t.Errorf("%s: encoding %q guessed %v", r.URI, r.Encoding, r.EncodingGuessed)
		}
	}
	os.WriteFile(latin, []byte("# Caf\xe9\n\nThe pump's d\xe9bit is 41 m3/h.\n"), 0o644)
	_, out, _ = cli(t, "ingest", "--store", store, latin)
	if !strings.Contains(out, "not UTF-8, read as windows-1252") {
		t.Errorf("the report does not say the encoding was guessed:\n%s", out)
	}
}
