package server

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/kg"
)

// httpStatus is the one place kgassist error codes become HTTP statuses.
var httpStatus = map[string]int{
	kg.EINVALID:      http.StatusBadRequest,
	kg.ENOTFOUND:     http.StatusNotFound,
	kg.ECONFLICT:     http.StatusConflict,
	kg.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	kg.EUNSUPPORTED:  http.StatusUnsupportedMediaType,
	kg.EUNAUTHORIZED: http.StatusUnauthorized,
	kg.EFORBIDDEN:    http.StatusForbidden,
	kg.ERATELIMIT:    http.StatusTooManyRequests,
	kg.EUNAVAILABLE:  http.StatusServiceUnavailable,
	kg.ETIMEOUT:      http.StatusGatewayTimeout,
	kg.EUNCHANGED:    http.StatusOK,
	kg.ECANCELED:     statusClientClosed,
}

func statusOf(code string) int {
	if s, ok := httpStatus[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// statusClientClosed is nginx's 499 for a client that closed its
// connection before the answer: it reads nothing, but the audit log and
// the metrics tell it apart from a fault.
const statusClientClosed = 499

// ErrorBody is the JSON shape of every error response.
type ErrorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// handleError renders kg errors and echo's own (404 route, 413 body limit)
// in the same JSON shape. Internal details never reach the client.
func handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	code := kg.ErrorCode(err)
	msg := kg.ErrorMessage(err)
	var he *echo.HTTPError
	if errors.As(err, &he) {
		code, msg = codeOfHTTP(he.Code), http.StatusText(he.Code)
		if m, ok := he.Message.(string); ok {
			msg = m
		}
	}
	status := statusOf(code)
	if he != nil {
		status = he.Code
	}
	var body ErrorBody
	body.Error.Code, body.Error.Message = code, msg
	if c.Request().Method == http.MethodHead {
		_ = c.NoContent(status)
		return
	}
	_ = c.JSON(status, body)
}

// codeOfHTTP names the code of an error echo answered itself (an unknown
// route, a body over the limit), for the metrics; a request echo could
// not read is invalid whatever its status.
func codeOfHTTP(status int) string {
	switch status {
	case http.StatusMethodNotAllowed, http.StatusBadRequest, http.StatusUnsupportedMediaType:
		return kg.EINVALID
	}
	for code, s := range httpStatus {
		if s == status {
			return code
		}
	}
	return kg.EINTERNAL
}
