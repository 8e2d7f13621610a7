package server

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/kg"
)

// health is liveness: the store answers.
func (s *Server) health(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 2*time.Second)
	defer cancel()
	status := map[string]string{"status": "ok", "store": "ok"}
	if _, err := s.opts.Store.ListDocuments(ctx, kg.Public, kg.DocumentQuery{Limit: 1}); err != nil {
		status["status"], status["store"] = "unavailable", kg.ErrorMessage(err)
		return c.JSON(http.StatusServiceUnavailable, status)
	}
	return c.JSON(http.StatusOK, status)
}

// ready is readiness: the store, the auth database and the models answer.
func (s *Server) ready(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 5*time.Second)
	defer cancel()
	checks := map[string]func(context.Context) error{
		"store": func(ctx context.Context) error {
			_, err := s.opts.Store.ListDocuments(ctx, kg.Public, kg.DocumentQuery{Limit: 1})
			return err
		},
		"auth":   s.opts.Auth.Ping,
		"models": s.opts.Ready,
	}
	out, status := map[string]string{}, http.StatusOK
	for name, check := range checks {
		out[name] = "ok"
		if check == nil {
			continue
		}
		if err := check(ctx); err != nil {
			out[name], status = kg.ErrorMessage(err), http.StatusServiceUnavailable
		}
	}
	out["status"] = map[bool]string{true: "ok", false: "unavailable"}[status == http.StatusOK]
	return c.JSON(status, out)
}
