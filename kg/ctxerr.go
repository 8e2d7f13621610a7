package kg

import "context"

var errContextDeadline = context.DeadlineExceeded
