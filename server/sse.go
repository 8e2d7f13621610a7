package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"
)

// sse writes Server-Sent Events. Headers go out with the first event, so
// an error found before anything was streamed is still a plain JSON error.
type sse struct {
	c       echo.Context
	started bool
}

func wantsSSE(c echo.Context) bool {
	return acceptsEventStream(c.Request().Header.Get("Accept"))
}

func acceptsEventStream(accept string) bool { return strings.Contains(accept, "text/event-stream") }

func (w *sse) start() {
	if w.started {
		return
	}
	w.started = true
	h := w.c.Response().Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no") // proxies must not hold tokens back
	w.c.Response().WriteHeader(http.StatusOK)
}

// send writes one event with a JSON payload and flushes it.
func (w *sse) send(event string, data any) error {
	w.start()
	b, err := json.Marshal(data)
	if err != nil {
		return err
	}
	extendWrite(w.c)
	if _, err := fmt.Fprintf(w.c.Response(), "event: %s\ndata: %s\n\n", event, b); err != nil {
		return err
	}
	w.c.Response().Flush()
	return nil
}

// raw writes a data-only event, as OpenAI's stream format wants.
func (w *sse) raw(data []byte) error {
	w.start()
	extendWrite(w.c)
	if _, err := fmt.Fprintf(w.c.Response(), "data: %s\n\n", data); err != nil {
		return err
	}
	w.c.Response().Flush()
	return nil
}
