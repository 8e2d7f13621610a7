package server

import (
	"errors"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/kg"
)

// Deadlines suited to long Server-Sent Event streams: no deadline spans a
// whole request, since a streamed answer or job may legitimately run for
// minutes; instead a body must keep arriving at a minimum rate and every
// write must complete within writeStall of starting, so a client that
// trickles a body or stops reading holds a connection for seconds, not
// forever.
const (
	// bodyGrace is how long any body may take before the minimum rate
	// applies.
	bodyGrace = 10 * time.Second
	// minBodyRate is the slowest average upload accepted after the grace,
	// bytes a second: a 64 MB file over a 2 Mbit/s line still arrives.
	minBodyRate = 32 << 10
	// writeStall bounds one write (a response, an event) to a client that
	// is not reading.
	writeStall = 30 * time.Second
)

// deadlines applies the body rate and the write stall to every request.
func (s *Server) deadlines(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		rc := http.NewResponseController(c.Response())
		r := c.Request()
		var body *minRateBody
		if r.Body != nil && r.Body != http.NoBody {
			grace := s.opts.BodyGrace
			if grace <= 0 {
				grace = bodyGrace
			}
			body = &minRateBody{rc: r.Body, ctl: rc, start: time.Now(), grace: grace, header: c.Response().Header()}
			r.Body = body
		}
		c.Response().Before(func() {
			_ = rc.SetWriteDeadline(time.Now().Add(writeStall))
			// A reply before the body ended (a refusal, a timeout) closes
			// the connection: otherwise the server would wait, without a
			// deadline, for the rest of a body nobody wants.
			if body != nil && !body.eof {
				c.Response().Header().Set("Connection", "close")
			}
		})
		return next(c)
	}
}

// minRateBody sets the connection's read deadline as the body arrives:
// the grace plus the time the bytes read so far are allowed at the
// minimum rate.
type minRateBody struct {
	rc    io.ReadCloser
	ctl   *http.ResponseController
	start time.Time
	grace time.Duration
	got   int64
	eof   bool
	// header is the response's, to ask for the connection to be closed.
	header http.Header
}

func (b *minRateBody) Read(p []byte) (int, error) {
	allowed := b.grace + time.Duration(b.got)*time.Second/minBodyRate
	_ = b.ctl.SetReadDeadline(b.start.Add(allowed))
	n, err := b.rc.Read(p)
	b.got += int64(n)
	b.eof = b.eof || err == io.EOF
	if errors.Is(err, os.ErrDeadlineExceeded) {
		// The deadline stays in the past, so the server's own attempt to
		// drain the rest of the body fails at once too, and the reply
		// closes the connection.
		b.header.Set("Connection", "close")
		return n, kg.Errorf(kg.ETIMEOUT, "request body arrived slower than %d KiB/s", minBodyRate>>10)
	}
	// Cleared between reads: once the body is done the server reads the
	// connection in the background to notice a client leaving, and a
	// deadline there would cancel the request.
	_ = b.ctl.SetReadDeadline(time.Time{})
	return n, err
}

func (b *minRateBody) Close() error { return b.rc.Close() }

// extendWrite gives the next write of a long stream its own writeStall.
func extendWrite(c echo.Context) {
	_ = http.NewResponseController(c.Response()).SetWriteDeadline(time.Now().Add(writeStall))
}
