package server

import (
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

// principal is who a request acts for: a key, or the operator of a
// loopback server running without keys.
type principal struct {
	Key *auth.Key // nil for the local operator
	// Clearance is the most the caller may see; Default is used when a
	// request names none.
	Clearance, Default kg.Audience
}

// localOperatorID stands for the keyless local operator.
const localOperatorID = "local"

// KeyID owns conversations, jobs and audit rows.
func (p *principal) KeyID() string {
	if p.Key == nil {
		return localOperatorID
	}
	return p.Key.ID
}

func (p *principal) has(scope string) bool { return p.Key == nil || p.Key.Has(scope) }

// clearance resolves a requested clearance: the default when empty, and
// never above the key's.
func (p *principal) clearance(requested string) (kg.Audience, error) {
	if strings.TrimSpace(requested) == "" {
		return p.Default, nil
	}
	a, err := kg.ParseAudience(requested)
	if err != nil {
		return a, err
	}
	if a > p.Clearance {
		return a, kg.Errorf(kg.EFORBIDDEN, "clearance %s is above this key's %s", a, p.Clearance)
	}
	return a, nil
}

// localOperator is the caller of a keyless loopback server: it may see
// everything but answers publicly unless asked otherwise, as the CLI does.
var localOperator = principal{Clearance: kg.Restricted, Default: kg.Public}

const principalKey = "kgassist.principal"

func principalOf(c echo.Context) *principal {
	p, _ := c.Get(principalKey).(*principal)
	if p == nil {
		return &principal{} // unreachable behind authenticate; public and scopeless
	}
	return p
}

// secretOf reads the key from Authorization: Bearer or X-API-Key.
func secretOf(r *http.Request) (string, bool) {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, ok := strings.Cut(h, " ")
		return strings.TrimSpace(tok), ok && strings.EqualFold(scheme, "Bearer")
	}
	if k := r.Header.Get("X-API-Key"); k != "" {
		return k, true
	}
	return "", false
}

// isLoopbackHost reports whether a host[:port] names this machine's
// loopback interface. Checking the Host header of keyless requests keeps a
// DNS-rebinding page from reaching a local server through its own name.
func isLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func isLoopbackOrigin(origin string) bool {
	u, err := url.Parse(origin)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && isLoopbackHost(u.Host)
}

// sameOrigin reports whether the browser page was served by this server.
func sameOrigin(r *http.Request, origin string) bool {
	u, err := url.Parse(origin)
	return err == nil && u.Host == r.Host && (u.Scheme == "http" || u.Scheme == "https")
}
