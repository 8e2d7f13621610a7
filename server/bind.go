package server

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/kg"
)

// bindJSON decodes a JSON object body into v whatever the Content-Type
// says: clients such as curl -d send JSON labelled as a form. A body that
// is not JSON is refused with what was sent and what is expected, never
// mistaken for an empty request.
func bindJSON(c echo.Context, v any, example string) error {
	r := c.Request()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return err // the body limit's own error, mapped to 413
	}
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return kg.Errorf(kg.EINVALID, "the request has no body; send JSON such as %s", example)
	}
	if err := json.Unmarshal(body, v); err != nil {
		ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if ct == "" {
			ct = "none"
		}
		return kg.Errorf(kg.EINVALID, "the request body is not a JSON object (Content-Type: %s); send Content-Type: application/json and a body such as %s", ct, example)
	}
	return nil
}
