package server

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

const bonusSecret = "# Bonus\n\nThe HF-CP200 bonus pool is 500 euros per technician.\n"

func uploadOne(e *env, secret, name, text string, fields map[string]string) (int, ingest.Result, string) {
	e.t.Helper()
	resp, body := e.do(call{method: "POST", path: "/v1/documents", body: &multipartBody{fields: fields, files: map[string]string{name: text}}}, secret)
	rep := decode[ingest.Report](e.t, body)
	if len(rep.Results) != 1 {
		return resp.StatusCode, ingest.Result{}, string(body)
	}
	return resp.StatusCode, rep.Results[0], string(body)
}

// A public key uploading a file of the same name as an internal upload
// neither replaces it nor learns that it exists; an internal key cannot
// publish its upload without saying relabel, and doing so is audited.
func TestUploadNeverReplacesOrRevealsHiddenDocuments(t *testing.T) {
	e := newEnv(t, envOptions{})
	in := e.key("in", auth.KeySpec{Scopes: []string{auth.ScopeIngest, auth.ScopeChat}, Clearance: kg.Internal})
	pub := e.key("pub", auth.KeySpec{Scopes: []string{auth.ScopeIngest, auth.ScopeChat}, Clearance: kg.Public})

	code, first, body := uploadOne(e, in, "bonus.txt", bonusSecret, nil)
	if code != 200 || first.Status != ingest.StatusOK || first.Audience != kg.Internal {
		t.Fatalf("internal upload without an audience: %d %s, want ok at internal", code, body)
	}
	for name, text := range map[string]string{"other text": "Nothing to see here at all.", "the same bytes": bonusSecret} {
		code, r, body := uploadOne(e, pub, "bonus.txt", text, map[string]string{"audience": "public"})
		if code != 200 || r.Status != ingest.StatusOK || r.DocumentID == first.DocumentID || strings.Contains(body, first.DocumentID) {
			t.Errorf("%s from a public key: %d %s, want ok as a document of its own", name, code, body)
		}
	}
	resp, body2 := e.do(call{method: "GET", path: "/v1/documents/" + first.DocumentID}, in)
	if resp.StatusCode != 200 || !strings.Contains(string(body2), `"audience":"internal"`) || !strings.Contains(string(body2), "500 euros") {
		t.Fatalf("the internal upload after public ones: %d %s", resp.StatusCode, body2)
	}

	code, r, body := uploadOne(e, in, "bonus.txt", bonusSecret, map[string]string{"audience": "public"})
	if code != http.StatusConflict || r.Status != ingest.StatusFailed || !strings.Contains(r.Error, "relabel") {
		t.Fatalf("publishing without relabel: %d %s", code, body)
	}
	code, r, body = uploadOne(e, in, "bonus.txt", bonusSecret, map[string]string{"audience": "public", "relabel": "true"})
	if code != 200 || r.Status != ingest.StatusOK || r.RelabelledFrom != "internal" {
		t.Fatalf("publishing with relabel: %d %s", code, body)
	}
	log, err := e.db.AuditLog(context.Background(), 20)
	if err != nil {
		t.Fatal(err)
	}
	audited := false
	for _, a := range log {
		audited = audited || (a.Route == "relabel" && a.KeyID == e.ids["in"] && strings.Contains(a.Question, r.URI))
	}
	if !audited {
		t.Errorf("the relabel is not in the audit log: %+v", log)
	}
}

// Upload names are someone else's words: no control or bidi character
// reaches a URI or a title.
func TestUploadNamesAreSafe(t *testing.T) {
	for _, name := range []string{"a\nok         forged.md", "nul\x00.md", "x\r.md", "invoice\u202egpj.md"} {
		if got := uploadURI(kg.Internal, name); strings.ContainsAny(got, "\n\r\x00\u202e") {
			t.Errorf("uploadURI(%q) = %q", name, got)
		}
	}
	e := newEnv(t, envOptions{})
	in := e.key("in", auth.KeySpec{Scopes: []string{auth.ScopeIngest}, Clearance: kg.Internal})
	code, r, body := uploadOne(e, in, "invoice\u202egpj.md", "Rated voltage: 380 V.", nil)
	if code != 200 || strings.ContainsRune(r.URI, '\u202e') || strings.ContainsRune(r.Title, '\u202e') {
		t.Fatalf("upload with a right-to-left override: %d %s", code, body)
	}
}
