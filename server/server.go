// Package server is kgassist's HTTP API on echo: questions and chat (JSON
// or Server-Sent Events), documents, upload jobs, the graph, feedback,
// OpenAI-compatible and MCP endpoints, health and metrics, behind API keys
// with scopes and clearances, with every error mapped to a status in one
// place.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/jobs"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Options wire the server to the rest of kgassist.
type Options struct {
	Assistant *assistant.Assistant
	Pipeline  *ingest.Pipeline
	Store     kg.Store
	// Auth holds keys, conversations, the audit log, feedback and jobs.
	Auth auth.Backend
	// Local lets keyless requests through as the operator, for a server
	// bound to loopback only (the demo, a developer's machine).
	Local bool
	// TrustProxy takes the client address from X-Forwarded-For.
	TrustProxy bool
	// IPRatePerMin bounds requests per client address on widget keys.
	IPRatePerMin int
	// AuditRetention is how long audit rows are kept.
	AuditRetention time.Duration
	// AuditMaxRows bounds the audit log by size: past it the oldest rows
	// go (default 1,000,000, about 300 MB).
	AuditMaxRows int
	// Rewriter makes follow-up questions standalone; nil uses the heuristic.
	Rewriter assistant.Rewriter
	// Cypher writes queries for POST /v1/cypher; nil answers 501.
	Cypher CypherWriter
	// DataDir holds uploaded files of unfinished jobs.
	DataDir string
	// MaxBodyBytes bounds JSON requests; uploads are bounded by the
	// pipeline's file limit times MaxUploadFiles, and by MaxUploadBytes.
	MaxBodyBytes   int64
	MaxUploadFiles int
	// MaxUploadBytes bounds one upload request, all its files together
	// (default 256 MiB, or one file at the pipeline's limit if larger):
	// past it the request is refused before its files are read.
	MaxUploadBytes int64
	// AskTimeout bounds one question end to end.
	AskTimeout time.Duration
	// BodyGrace is how long a request body may take before it must keep
	// arriving at the minimum rate (default 10 s).
	BodyGrace time.Duration
	// OnChange is called after documents are added or deleted, so caches
	// such as the entity dictionary can be dropped.
	OnChange func()
	// Ready reports whether models and other dependencies answer.
	Ready func(ctx context.Context) error
	// Static serves the web assets at / when set.
	Static http.Handler
}

// Server is the HTTP API.
type Server struct {
	opts      Options
	e         *echo.Echo
	buckets   buckets
	metrics   *metrics
	lastPurge atomic.Int64
	jobs      *jobs.Runner
	conv      *assistant.Conversation
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
	if opts.IPRatePerMin == 0 {
		opts.IPRatePerMin = 30
	}
	if opts.AuditRetention <= 0 {
		opts.AuditRetention = 90 * 24 * time.Hour
	}
	if opts.AuditMaxRows <= 0 {
		opts.AuditMaxRows = defaultAuditMaxRows
	}
	if opts.OnChange == nil {
		opts.OnChange = func() {}
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = handleError
	s := &Server{opts: opts, e: e, metrics: newMetrics()}
	s.buckets.now = time.Now
	s.jobs = &jobs.Runner{Store: opts.Auth, DataDir: opts.DataDir, Ingest: s.ingestJobFiles, OnChange: opts.OnChange}
	if opts.Pipeline != nil {
		if _, ok := opts.Pipeline.Store.(kg.GroupCommitter); ok {
			s.jobs.PerRound = ingest.GroupDocs
		}
	}
	s.conv = &assistant.Conversation{Assistant: opts.Assistant, Rewriter: opts.Rewriter, Timeout: opts.AskTimeout}
	if opts.Store != nil {
		s.conv.Linker = retrieval.NewLinker(opts.Store, time.Minute)
	}
	e.Pre(s.preflight)
	e.Use(middleware.Recover(), s.metrics.observe, s.deadlines)
	s.routes()
	return s
}

func (s *Server) routes() {
	json := middleware.BodyLimit(byteSize(s.opts.MaxBodyBytes))
	upload := uploadBodyLimit(s.uploadLimit())
	chat, ingest, admin := require(auth.ScopeChat), require(auth.ScopeIngest), require(auth.ScopeAdmin)
	s.e.GET("/healthz", s.health)
	s.e.GET("/readyz", s.ready)
	s.e.GET("/metrics", echo.WrapHandler(s.metrics.handler()))
	s.e.GET("/v1/openapi.json", s.openAPI)
	v1 := s.e.Group("/v1", s.authenticate)
	v1.GET("/me", s.me)
	v1.POST("/ask", s.ask, json, chat)
	v1.POST("/retrieve", s.retrieve, json, chat)
	v1.POST("/chat", s.chat, json, chat)
	v1.GET("/conversations/:id", s.getConversation, chat)
	v1.DELETE("/conversations/:id", s.deleteConversation, chat)
	v1.POST("/feedback", s.addFeedback, json, chat)
	v1.GET("/feedback", s.listFeedback, admin)
	v1.GET("/audit", s.auditLog, admin)
	v1.GET("/documents", s.listDocuments, chat)
	v1.GET("/documents/:id", s.getDocument, chat)
	v1.DELETE("/documents/:id", s.deleteDocument, ingest)
	v1.POST("/documents", s.uploadDocuments, upload, ingest)
	v1.POST("/jobs", s.createJob, upload, ingest)
	v1.GET("/jobs/:id", s.getJob, ingest)
	v1.GET("/jobs/:id/events", s.jobEvents, ingest)
	v1.DELETE("/jobs/:id", s.cancelJob, ingest)
	v1.GET("/entities", s.findEntities, chat)
	v1.GET("/entities/:id", s.getEntity, chat)
	v1.GET("/entities/:id/neighbours", s.neighbours, chat)
	v1.GET("/path", s.path, chat)
	v1.GET("/stats", s.stats, chat)
	v1.POST("/cypher", s.cypher, json, chat)
	// OpenAI's routes answer errors, authentication's included, in OpenAI's
	// shape, so its error middleware goes before authenticate.
	oa := newOpenAI(s)
	s.e.POST("/v1/chat/completions", oa.completions, openAIErrors, s.authenticate, json, chat)
	s.e.GET("/v1/models", oa.models, openAIErrors, s.authenticate, chat)
	// GET and DELETE reach the MCP handler too, which answers 405 (it keeps
	// no sessions), rather than the console behind /*.
	mcpMethods := []string{http.MethodGet, http.MethodPost, http.MethodDelete}
	s.e.Match(mcpMethods, "/mcp", newMCPHTTP(s).serve, s.authenticate, chat)
	if s.opts.Static != nil {
		s.e.GET("/*", echo.WrapHandler(s.opts.Static), staticHeaders)
	}
}

// Handler returns the http.Handler to serve.
func (s *Server) Handler() http.Handler { return s.e }

// Start resumes the upload jobs a previous run left unfinished; they run
// until ctx ends.
func (s *Server) Start(ctx context.Context) error {
	if s.opts.Auth == nil || s.opts.Pipeline == nil {
		return nil
	}
	return s.jobs.Resume(ctx)
}

// Close stops running jobs, leaving them to resume on the next start.
func (s *Server) Close() { s.jobs.Stop() }

func (s *Server) uploadLimit() int64 {
	file := load.DefaultLimits().MaxFileBytes
	if s.opts.Pipeline != nil && s.opts.Pipeline.Limits.MaxFileBytes > 0 {
		file = s.opts.Pipeline.Limits.MaxFileBytes
	}
	request := s.opts.MaxUploadBytes
	if request <= 0 {
		request = max(defaultMaxUploadBytes, file+1<<20)
	}
	return min(file*int64(s.opts.MaxUploadFiles)+1<<20, request)
}

// staticHeaders keep the console from being framed or fed foreign script.
func staticHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("X-Content-Type-Options", "nosniff")
		if c.Request().URL.Path != "/widget.js" {
			h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'")
			h.Set("X-Frame-Options", "DENY")
		} else {
			// The widget is embedded on customers' pages by design.
			h.Set("Access-Control-Allow-Origin", "*")
		}
		return next(c)
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
