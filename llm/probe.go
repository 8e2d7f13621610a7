package llm

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// probe records what one try saw on the wire. langchaingo reports HTTP
// failures as strings; the probe keeps the status, the Retry-After header
// and whether the body broke off, so failures are classified from facts.
type probe struct {
	mu         sync.Mutex
	status     int
	retryAfter time.Duration
	bodyErr    error
}

func (p *probe) saw(resp *http.Response) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.status = resp.StatusCode
	p.retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
}

func (p *probe) broke(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bodyErr == nil {
		p.bodyErr = err
	}
}

func (p *probe) snapshot() (status int, retryAfter time.Duration, bodyErr error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.status, p.retryAfter, p.bodyErr
}

type probeKey struct{}

func withProbe(ctx context.Context, p *probe) context.Context {
	return context.WithValue(ctx, probeKey{}, p)
}

// probeTransport fills the probe carried by each request's context.
type probeTransport struct{ base http.RoundTripper }

func (t probeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	p, _ := req.Context().Value(probeKey{}).(*probe)
	if err != nil || p == nil {
		return resp, err
	}
	p.saw(resp)
	resp.Body = &probeBody{ReadCloser: resp.Body, p: p}
	return resp, nil
}

// probeBody notes a body that ends in an error rather than EOF: a stream
// cut off midway.
type probeBody struct {
	io.ReadCloser
	p *probe
}

func (b *probeBody) Read(buf []byte) (int, error) {
	n, err := b.ReadCloser.Read(buf)
	if err != nil && err != io.EOF {
		b.p.broke(err)
	}
	return n, err
}

// probed returns a client whose transport fills probes. Timeouts come
// from contexts, not from the client.
func probed(hc *http.Client) *http.Client {
	if hc == nil {
		hc = &http.Client{}
	}
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	if _, ok := base.(probeTransport); ok {
		return hc
	}
	c := *hc
	c.Transport = probeTransport{base: base}
	return &c
}

// parseRetryAfter reads both forms of the header: seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
