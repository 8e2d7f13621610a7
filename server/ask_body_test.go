package server

import (
	"net/http"
	"strings"
	"testing"
)

// /v1/ask reads JSON whatever the Content-Type, and says what is wrong
// with a body that is not JSON instead of "question is required".
func TestAskBodyWhateverContentType(t *testing.T) {
	e := newEnv(t, envOptions{local: true})
	post := func(ctype, body string) (int, string) {
		req, _ := http.NewRequest("POST", e.ts.URL+"/v1/ask", strings.NewReader(body))
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b strings.Builder
		buf := make([]byte, 4096)
		for {
			n, err := resp.Body.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		return resp.StatusCode, b.String()
	}
	q := `{"question": "What is the rated voltage of the HF-CP200?"}`
	for _, ct := range []string{"", "application/x-www-form-urlencoded", "text/plain"} {
		if code, body := post(ct, q); code != 200 || !strings.Contains(body, "citations") {
			t.Errorf("JSON sent as %q: %d %s", ct, code, body)
		}
	}
	code, body := post("application/x-www-form-urlencoded", "question=What+is+the+rated+voltage")
	if code != 400 || !strings.Contains(body, "not a JSON object") || !strings.Contains(body, "application/x-www-form-urlencoded") || strings.Contains(body, "question is required") {
		t.Errorf("a form body: %d %s", code, body)
	}
}
