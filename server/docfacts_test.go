package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// GET /v1/documents/{id} lists the facts the document asserts, at the
// caller's clearance, with exactly the fields the OpenAPI document names.
func TestDocumentFactsAtClearance(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	pub := e.key("pub", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public})
	required := documentedPaths(t)["/v1/documents/{id}"]["get"].Responses["200"].Content["application/json"].Schema.Required
	if len(required) == 0 {
		t.Fatal("the OpenAPI document does not describe GET /v1/documents/{id}")
	}
	docOf := func(secret, clearance string) (map[string]kg.Document, []kg.Document) {
		_, body := e.do(call{method: "GET", path: "/v1/documents?limit=1000&clearance=" + clearance}, secret)
		docs := decode[struct{ Documents []kg.Document }](t, body).Documents
		m := map[string]kg.Document{}
		for _, d := range docs {
			m[d.URI] = d
		}
		return m, docs
	}
	internal, all := docOf(e.keys["chat"], "internal")
	var fmeaDoc, publicDoc kg.Document
	for _, d := range all {
		if d.Audience == kg.Internal && d.Facts > 0 && strings.Contains(d.URI, "fmea") {
			fmeaDoc = d
		}
		if d.Audience == kg.Public && d.Facts > 0 && publicDoc.ID == "" {
			publicDoc = d
		}
	}
	if fmeaDoc.ID == "" || publicDoc.ID == "" || len(internal) == 0 {
		t.Fatalf("no internal FMEA or public document with facts among %d", len(all))
	}
	get := func(secret, id, clearance string) (int, map[string]json.RawMessage) {
		resp, body := e.do(call{method: "GET", path: "/v1/documents/" + id + "?clearance=" + clearance}, secret)
		var out map[string]json.RawMessage
		json.Unmarshal(body, &out)
		return resp.StatusCode, out
	}
	code, out := get(e.keys["chat"], fmeaDoc.ID, "internal")
	for _, k := range required {
		if _, ok := out[k]; !ok || code != 200 {
			t.Errorf("response lacks %q (status %d)", k, code)
		}
	}
	var ents []kg.Entity
	var rels []kg.Relation
	json.Unmarshal(out["entities"], &ents)
	json.Unmarshal(out["relations"], &rels)
	if len(ents) == 0 || len(rels) == 0 {
		t.Fatalf("the FMEA sheet asserts nothing: %d entities, %d relations", len(ents), len(rels))
	}
	if code, _ := get(pub, fmeaDoc.ID, ""); code != http.StatusNotFound {
		t.Errorf("a public key reads the FMEA's facts: %d", code)
	}
	code, out = get(pub, publicDoc.ID, "")
	json.Unmarshal(out["entities"], &ents)
	if code != 200 || len(ents) == 0 {
		t.Fatalf("public document facts: %d, %d entities", code, len(ents))
	}
	for _, en := range ents {
		if en.Audience != kg.Public {
			t.Errorf("a public key sees entity %s at %s", en.ID, en.Audience)
		}
		for _, s := range en.Sources {
			if s.Audience > kg.Public {
				t.Errorf("a public key sees a source of %s at %s", en.ID, s.Audience)
			}
		}
	}
}
