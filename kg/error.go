package kg

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status in the server package and to an
// exit status in the CLI; nothing else interprets them.
const (
	EINTERNAL     = "internal"
	EINVALID      = "invalid"
	ENOTFOUND     = "not_found"
	ECONFLICT     = "conflict"
	EUNCHANGED    = "unchanged"
	ETOOLARGE     = "too_large"
	EUNSUPPORTED  = "unsupported"
	EUNAVAILABLE  = "unavailable"
	EUNAUTHORIZED = "unauthorized"
	EFORBIDDEN    = "forbidden"
	ERATELIMIT    = "rate_limited"
	ETIMEOUT      = "timeout"
	// ECANCELED is work abandoned because its caller went away (a client
	// that closed its connection): not a fault of kgassist's.
	ECANCELED = "cancelled"
)

// Error is the one error type of kgassist. Op names the operation that failed
// ("sqlite.Begin", "ingest.docx"), Message is safe to show a user, Err is the
// cause kept for logs and errors.Is.
type Error struct {
	Code    string
	Op      string
	Message string
	Err     error
}

// Error is the full chain, operations included, for logs. Users see
// ErrorMessage.
func (e *Error) Error() string {
	var inner *Error
	if e.Op != "" && errors.As(e.Err, &inner) {
		return e.Op + ": " + e.Err.Error()
	}
	msg := e.Message
	if msg == "" && e.Err != nil {
		msg = e.Err.Error()
	}
	if msg == "" {
		msg = e.Code
	}
	if e.Op != "" {
		return e.Op + ": " + msg
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// Is makes the sentinel values below match any *Error with the same code.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Op == "" && t.Message == "" && t.Err == nil && t.Code == e.Code
}

// Sentinels for errors.Is.
var (
	ErrNotFound    = &Error{Code: ENOTFOUND}
	ErrConflict    = &Error{Code: ECONFLICT}
	ErrUnchanged   = &Error{Code: EUNCHANGED}
	ErrInvalid     = &Error{Code: EINVALID}
	ErrTooLarge    = &Error{Code: ETOOLARGE}
	ErrUnsupported = &Error{Code: EUNSUPPORTED}
	ErrUnavailable = &Error{Code: EUNAVAILABLE}
)

// Errorf returns an *Error with a formatted user-facing message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap prefixes err with op. A kg *Error keeps its code; any other error
// becomes EINTERNAL unless it is a context error.
func Wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return &Error{Code: e.Code, Op: op, Message: e.words(), Err: err}
	}
	return &Error{Code: contextCode(err), Op: op, Err: err}
}

// WrapCode wraps err with op and an explicit code.
func WrapCode(code, op string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Code: code, Op: op, Err: err}
}

// words is the message without operation names: what a user reads.
func (e *Error) words() string {
	if e.Message != "" {
		return e.Message
	}
	var inner *Error
	if errors.As(e.Err, &inner) {
		return inner.words()
	}
	if errors.Is(e.Err, errContextDeadline) {
		return "the operation timed out"
	}
	if errors.Is(e.Err, errContextCanceled) {
		return "the request was cancelled"
	}
	// An internal cause is for logs: it could hold a query or a path.
	if e.Err != nil && e.Code != EINTERNAL {
		return e.Err.Error()
	}
	return ""
}

// ErrorCode returns the code of the first *Error in err's chain.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Code
	}
	return contextCode(err)
}

// ErrorMessage returns a message safe to show a user, in words, without
// operation names: the Message written for users, or the cause of a
// user's mistake. An internal cause is reduced to a generic sentence so
// no query text or path leaks.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		if w := e.words(); w != "" {
			return w
		}
		if e.Code != EINTERNAL {
			return e.Code
		}
	}
	switch ErrorCode(err) {
	case ETIMEOUT:
		return "the operation timed out"
	case ECANCELED:
		return "the request was cancelled"
	}
	return "internal error"
}
