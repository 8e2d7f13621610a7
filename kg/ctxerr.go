package kg

import (
	"context"
	"errors"
)

var (
	errContextDeadline = context.DeadlineExceeded
	errContextCanceled = context.Canceled
)

// contextCode is the code of an error that carries none of its own: a
// context's end says whether time ran out or the caller left.
func contextCode(err error) string {
	switch {
	case errors.Is(err, errContextDeadline):
		return ETIMEOUT
	case errors.Is(err, errContextCanceled):
		return ECANCELED
	}
	return EINTERNAL
}
