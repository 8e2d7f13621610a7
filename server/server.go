// Package server is kgassist's HTTP API on echo: questions, documents and
// health, with every error mapped to a status in one place.
package server

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

// Options wire the server to the rest of kgassist.
type Options struct {
	Assistant *assistant.Assistant
	Pipeline  *ingest.Pipeline
	Store     kg.Store
	// MaxBodyBytes bounds JSON requests; uploads are bounded by the
	// pipeline's file limit times MaxUploadFiles.
	MaxBodyBytes   int64
	MaxUploadFiles int
	// AskTimeout bounds one question end to end.
	AskTimeout time.Duration
	// OnChange is called after documents are added or deleted, so caches
	// such as the entity dictionary can be dropped.
	OnChange func()
	// Static serves the web assets at / when set.
	Static http.Handler
}

// Server is the HTTP API.
type Server struct {
	opts Options
	e    *echo.Echo
}

// New builds the routes.
func New(opts Options) *Server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = 1 << 20
	}
	if opts.MaxUploadFiles <= 0 {
		opts.MaxUploadFiles = 100
	}
	if opts.AskTimeout <= 0 {
		opts.AskTimeout = 30 * time.Second
	}
	if opts.OnChange == nil {
		opts.OnChange = func() {}
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = handleError
	e.Use(middleware.Recover())
	s := &Server{opts: opts, e: e}
	s.routes()
	return s
}

func (s *Server) routes() {
	json := middleware.BodyLimit(byteSize(s.opts.MaxBodyBytes))
	s.e.GET("/healthz", s.health)
	v1 := s.e.Group("/v1")
	v1.POST("/ask", s.ask, json)
	v1.GET("/documents", s.listDocuments)
	v1.GET("/documents/:id", s.getDocument)
	v1.DELETE("/documents/:id", s.deleteDocument)
	v1.POST("/documents", s.uploadDocuments, middleware.BodyLimit(byteSize(s.uploadLimit())))
	if s.opts.Static != nil {
		s.e.GET("/*", echo.WrapHandler(s.opts.Static))
	}
}

// Handler returns the http.Handler to serve.
func (s *Server) Handler() http.Handler { return s.e }

func (s *Server) uploadLimit() int64 {
	max := ingest.DefaultLimits().MaxFileBytes
	if s.opts.Pipeline != nil && s.opts.Pipeline.Limits.MaxFileBytes > 0 {
		max = s.opts.Pipeline.Limits.MaxFileBytes
	}
	return max*int64(s.opts.MaxUploadFiles) + 1<<20
}

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
