package server

import (
	"fmt"
	"testing"
)

// TestSpoofedForwardingHeadersDoNotEscapeTheAddressLimit: without a
// trusted proxy, the per-address bucket of widget keys is keyed by the
// connection's peer, so a client inventing X-Forwarded-For and X-Real-IP
// values on every request gets no fresh bucket (GO-2026-6872: older echo
// releases trusted those headers by default in RealIP).
func TestSpoofedForwardingHeadersDoNotEscapeTheAddressLimit(t *testing.T) {
	e := keyedEnv(t, envOptions{tweak: func(o *Options) { o.IPRatePerMin = 3 }})
	var codes []int
	for i := 0; i < 6; i++ {
		spoof := fmt.Sprintf("203.0.113.%d", i+1)
		r, _ := e.do(call{method: "GET", path: "/v1/me", headers: map[string]string{"X-Forwarded-For": spoof, "X-Real-IP": spoof}}, e.keys["widget"])
		codes = append(codes, r.StatusCode)
	}
	if codes[2] != 200 || codes[3] != 429 || codes[5] != 429 {
		t.Errorf("spoofed addresses on one connection's peer: %v, want 3 accepted then 429", codes)
	}
}
