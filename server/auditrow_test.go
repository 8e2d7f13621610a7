package server

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/auth"
)

// Audit rows hold ids and hashes, not copies of answers, and the log is
// bounded by its row count as well as by age.
func TestAuditRowsAreCompactAndBounded(t *testing.T) {
	e := keyedEnv(t, envOptions{tweak: func(o *Options) { o.AuditMaxRows = 5 }})
	questions := []string{"What is the rated voltage of the HF-CP200?", "How often should the mechanical seal be replaced?",
		"HF-CP200 的额定电压是多少？", "What is the maximum flow of the HF-CP200?", "What causes cavitation in the pump?",
		"What is the weight of the HF-CP200?", "How do I drain the pump?", "What is the rated power?"}
	var answers []string
	for _, q := range questions {
		r, body := e.do(call{method: "POST", path: "/v1/ask", body: map[string]string{"question": q}}, e.keys["chat"])
		if r.StatusCode != 200 {
			t.Fatalf("%d %s", r.StatusCode, body)
		}
		answers = append(answers, decode[struct{ Answer string }](t, body).Answer)
	}
	_, body := e.do(call{method: "GET", path: "/v1/audit"}, e.keys["admin"])
	log := decode[struct{ Audit []auth.AuditEntry }](t, body).Audit
	bytes, answerBytes := 0, 0
	for i, a := range log {
		b, _ := json.Marshal(a)
		bytes += len(b)
		if strings.Contains(a.Answer, "380 V") || strings.Contains(a.Answer, "[1]") {
			t.Errorf("audit row %d copies the answer: %q", i, a.Answer)
		}
	}
	for _, a := range answers {
		answerBytes += len(a)
	}
	per := bytes / max(1, len(log))
	t.Logf("%d answers (%d bytes each on average): audit %d bytes a row; log bounded to %d rows", len(answers),
		answerBytes/len(answers), per, len(log))
	if per > 512 {
		t.Errorf("audit rows average %d bytes", per)
	}
	// The size bound applies when the hourly purge next runs.
	e.srv.lastPurge.Store(0)
	e.do(call{method: "POST", path: "/v1/ask", body: map[string]string{"question": questions[0]}}, e.keys["chat"])
	_, body = e.do(call{method: "GET", path: "/v1/audit"}, e.keys["admin"])
	if n := len(decode[struct{ Audit []auth.AuditEntry }](t, body).Audit); n != 5 {
		t.Errorf("audit log holds %d rows, bound 5", n)
	}
}
