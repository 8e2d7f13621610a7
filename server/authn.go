package server

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/kg"
)

// authenticate resolves the caller, enforces the browser origin rules and
// the rate limits, and stores the principal on the context.
func (s *Server) authenticate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		p, err := s.principalFor(c)
		if err != nil {
			return err
		}
		origin := r.Header.Get("Origin")
		if origin != "" && !sameOrigin(r, origin) {
			if !s.originAllowedFor(p, origin) {
				return kg.Errorf(kg.EFORBIDDEN, "origin %s may not use this key", origin)
			}
			setCORS(c, origin)
		}
		if err := s.limit(c, p); err != nil {
			return err
		}
		c.Set(principalKey, p)
		return next(c)
	}
}

func (s *Server) principalFor(c echo.Context) (*principal, error) {
	r := c.Request()
	secret, present := secretOf(r)
	if !present {
		if s.opts.Local && isLoopbackHost(r.Host) {
			p := localOperator
			return &p, nil
		}
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="kgassist"`)
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "an API key is required (Authorization: Bearer KEY)")
	}
	if s.opts.Auth == nil {
		return nil, kg.Errorf(kg.EUNAUTHORIZED, "invalid API key")
	}
	k, err := s.opts.Auth.Lookup(r.Context(), secret)
	if err != nil {
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="kgassist", error="invalid_token"`)
		return nil, err
	}
	return &principal{Key: k, Clearance: k.Clearance, Default: k.Clearance}, nil
}

// originAllowedFor: a widget key names its origins; a keyless local
// server accepts pages on loopback; any other key is for servers, and a
// browser on a foreign page may not use it.
func (s *Server) originAllowedFor(p *principal, origin string) bool {
	if p.Key == nil {
		return isLoopbackOrigin(origin)
	}
	return p.Key.AllowsOrigin(origin)
}

func setCORS(c echo.Context, origin string) {
	h := c.Response().Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Add("Vary", "Origin")
	h.Set("Access-Control-Expose-Headers", "Retry-After")
}

// preflight answers CORS preflights, which carry no key: an origin is
// allowed if some live widget key lists it (the real request is then
// checked against its own key), or if it is loopback on a local server.
func (s *Server) preflight(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" {
			return next(c)
		}
		origin := r.Header.Get("Origin")
		ok := (s.opts.Local && isLoopbackOrigin(origin)) ||
			(s.opts.Auth != nil && origin != "" && s.opts.Auth.OriginAllowed(r.Context(), origin))
		if !ok {
			return kg.Errorf(kg.EFORBIDDEN, "origin %s is not allowed", origin)
		}
		setCORS(c, origin)
		h := c.Response().Header()
		h.Set("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS")
		h.Set("Access-Control-Allow-Headers", "Authorization, X-API-Key, Content-Type, Accept")
		h.Set("Access-Control-Max-Age", strconv.Itoa(600))
		return c.NoContent(http.StatusNoContent)
	}
}

// require admits callers holding scope.
func require(scope string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if !principalOf(c).has(scope) {
				return kg.Errorf(kg.EFORBIDDEN, "this key lacks the %s scope", scope)
			}
			return next(c)
		}
	}
}

// clientIP is the peer address; X-Forwarded-For is trusted only when the
// operator says a proxy sits in front. The peer is read directly rather
// than through RealIP, whose header trust depends on the echo release
// (GO-2026-6872).
func (s *Server) clientIP(c echo.Context) string {
	if s.opts.TrustProxy {
		if xff := c.Request().Header.Get("X-Forwarded-For"); xff != "" {
			first, _, _ := strings.Cut(xff, ",")
			return strings.TrimSpace(first)
		}
	}
	return echo.ExtractIPDirect()(c.Request())
}
