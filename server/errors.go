package server

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/kg"
)

// statusOf is the one place kgassist error codes become HTTP statuses.
func statusOf(code string) int {
	switch code {
	case kg.EINVALID:
		return http.StatusBadRequest
	case kg.ENOTFOUND:
		return http.StatusNotFound
	case kg.ECONFLICT:
		return http.StatusConflict
	case kg.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case kg.EUNSUPPORTED:
		return http.StatusUnsupportedMediaType
	case kg.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case kg.EFORBIDDEN:
		return http.StatusForbidden
	case kg.ERATELIMIT:
		return http.StatusTooManyRequests
	case kg.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	case kg.ETIMEOUT:
		return http.StatusGatewayTimeout
	case kg.EUNCHANGED:
		return http.StatusOK
	case kg.ECANCELED:
		return statusClientClosed
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

func codeOfHTTP(status int) string {
	switch status {
	case http.StatusNotFound:
		return kg.ENOTFOUND
	case http.StatusRequestEntityTooLarge:
		return kg.ETOOLARGE
	case http.StatusUnauthorized:
		return kg.EUNAUTHORIZED
	case http.StatusForbidden:
		return kg.EFORBIDDEN
	case http.StatusTooManyRequests:
		return kg.ERATELIMIT
	case http.StatusMethodNotAllowed, http.StatusBadRequest, http.StatusUnsupportedMediaType:
		return kg.EINVALID
	case http.StatusServiceUnavailable:
		return kg.EUNAVAILABLE
	case http.StatusGatewayTimeout:
		return kg.ETIMEOUT
	case statusClientClosed:
		return kg.ECANCELED
	}
	return kg.EINTERNAL
}
