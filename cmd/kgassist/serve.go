package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/server"
)

// Main is the serving program: it owns the config, opens the store, and
// serves until Close. Tests start it on ":0" with a temporary directory.
type Main struct {
	Config Config
	// Ingest, when set, is ingested before serving (the demo corpus).
	Ingest []ingestSet
	Out    io.Writer
	// InsecureLocal serves keyless requests on loopback even when keys exist.
	InsecureLocal bool
	// AuditRetention is how long the audit log keeps a question; 0 is 90 days.
	AuditRetention time.Duration
	TrustProxy     bool
	// Limits bound uploads and the files in them; zero fields are defaults.
	Limits Limits

	app      *app
	auth     auth.Backend
	srv      *server.Server
	listener net.Listener
	http     *http.Server
	done     chan error
}

type ingestSet struct {
	paths    []string
	audience string
}

// Run opens everything and starts serving in the background.
func (m *Main) Run(ctx context.Context) error {
	if m.Out == nil {
		m.Out = io.Discard
	}
	a, err := openApp(ctx, m.Config.Store)
	if err != nil {
		return err
	}
	m.app = a
	a.pipeline.Limits = m.Limits.load()
	for _, set := range m.Ingest {
		if err := ingestQuietly(ctx, a, set, m.Out); err != nil {
			return err
		}
	}
	if err := a.warm(ctx); err != nil {
		return err
	}
	if m.auth, err = openAuth(ctx, m.Config, a.store); err != nil {
		return err
	}
	local, err := localMode(ctx, m.auth, m.Config.Addr, m.InsecureLocal)
	if err != nil {
		return err
	}
	warnKeyless(local, m.Config.Addr)
	cw, err := newCypherWriter(a.models, a.store)
	if err != nil {
		return err
	}
	rw, err := newRewriter(a.models)
	if err != nil {
		return err
	}
	m.srv = server.New(server.Options{
		Assistant: a.assistant, Pipeline: a.pipeline, Store: a.store, Auth: m.auth, Local: local,
		Rewriter: rw, DataDir: dataDir(m.Config), AuditRetention: m.AuditRetention, TrustProxy: m.TrustProxy,
		OnChange: a.retriever.Invalidate, Static: staticHandler(), Cypher: cw,
		AskTimeout: askTimeout(a.models), MaxUploadBytes: int64(m.Limits.UploadBytes),
	})
	if err := m.srv.Start(ctx); err != nil {
		return err
	}
	srv := m.srv
	ln, err := net.Listen("tcp", m.Config.Addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", m.Config.Addr, err)
	}
	m.listener = ln
	// Bodies and writes have their own deadlines (server.deadlines), suited
	// to streams; idle keep-alive connections are closed after two minutes.
	m.http = &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	m.done = make(chan error, 1)
	go func() { m.done <- m.http.Serve(ln) }()
	return nil
}

// URL is where the server listens.
func (m *Main) URL() string { return "http://" + m.listener.Addr().String() }

// Wait blocks until ctx ends or the server fails.
func (m *Main) Wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return nil
	case err := <-m.done:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	}
}

// Close finishes in-flight requests within a deadline, then closes the store.
func (m *Main) Close() error {
	var err error
	if m.http != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err = m.http.Shutdown(ctx)
		cancel()
	}
	if m.srv != nil {
		m.srv.Close()
	}
	if m.auth != nil {
		m.auth.Close()
	}
	if m.app != nil {
		if cerr := m.app.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

func runServe(ctx context.Context, c *command, args []string) error {
	c.StringVar(&c.Addr, "addr", envOr("KGASSIST_ADDR", "127.0.0.1:8080"), "listen address")
	m := &Main{Config: c.Config, Out: c.stdout, Limits: defaultLimits()}
	uploadFlags(c.FlagSet, &m.Limits)
	c.BoolVar(&m.InsecureLocal, "insecure-local", false, "serve requests without a key on a loopback address even when keys exist")
	c.DurationVar(&m.AuditRetention, "audit-retention", 90*24*time.Hour, "how long the audit log keeps questions and answers")
	c.BoolVar(&m.TrustProxy, "trust-proxy", false, "take client addresses from X-Forwarded-For (behind a reverse proxy)")
	create := c.Bool("create-store", false, "create the store if it does not exist")
	if _, err := c.parse(args); err != nil {
		return err
	}
	if err := m.Limits.check(); err != nil {
		return err
	}
	if !*create {
		if err := requireStore(c.Store); err != nil {
			return err
		}
	}
	m.Config = c.Config
	return serveUntilDone(ctx, m, c.stdout)
}

func serveUntilDone(ctx context.Context, m *Main, stdout io.Writer) error {
	defer m.Close()
	if err := m.Run(ctx); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "kgassist serving on %s (console at /, API at /v1, store %s)\n", m.URL(), m.Config.Store)
	return m.Wait(ctx)
}
