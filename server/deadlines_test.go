package server

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
)

// Connections that trickle a body are closed once they fall below the
// minimum rate, long before their body would be complete.
func TestSlowBodiesAreCutOff(t *testing.T) {
	e := keyedEnv(t, envOptions{tweak: func(o *Options) { o.BodyGrace = time.Second }})
	addr := strings.TrimPrefix(e.ts.URL, "http://")
	const conns = 50
	var wg sync.WaitGroup
	closed := make(chan time.Duration, conns)
	start := time.Now()
	for range conns {
		wg.Go(func() {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			fmt.Fprintf(c, "POST /v1/ask HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{", e.keys["chat"])
			// One byte every 200 ms: 1,000 bytes would take 200 s.
			go func() {
				for range 999 {
					time.Sleep(200 * time.Millisecond)
					if _, err := c.Write([]byte(" ")); err != nil {
						return
					}
				}
			}()
			c.SetReadDeadline(time.Now().Add(60 * time.Second))
			resp, err := http.ReadResponse(bufio.NewReader(c), nil)
			if err == nil {
				io.Copy(io.Discard, resp.Body)
				_, err = c.Read(make([]byte, 1))
			}
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Error("connection still open after 60 s")
				return
			}
			closed <- time.Since(start)
		})
	}
	wg.Wait()
	close(closed)
	var last time.Duration
	n := 0
	for d := range closed {
		n, last = n+1, max(last, d)
	}
	t.Logf("%d connections sending 1 byte / 200 ms: %d closed by the server, the last after %.1f s (grace 1 s)", conns, n, last.Seconds())
	if n != conns {
		t.Errorf("%d of %d closed", n, conns)
	}
}

// A handler that runs past the body's deadline, after reading the body,
// is not cancelled by it.
func TestBodyDeadlineEndsWithTheBody(t *testing.T) {
	e := newEnv(t, envOptions{local: true, tweak: func(o *Options) { o.BodyGrace = 200 * time.Millisecond }})
	e.srv.e.POST("/slow", func(c echo.Context) error {
		io.ReadAll(c.Request().Body)
		select {
		case <-time.After(600 * time.Millisecond):
			return c.String(200, "done")
		case <-c.Request().Context().Done():
			return c.String(499, "cancelled")
		}
	})
	resp, err := http.Post(e.ts.URL+"/slow", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	if string(b) != "done" {
		t.Errorf("%d %s", resp.StatusCode, b)
	}
}
