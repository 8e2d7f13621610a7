package neo4j

import (
	"context"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// TestServerGoneIsUnavailable: once the server refuses connections, a
// read under a question's deadline reports it unavailable (503, retry
// later) rather than retrying connections until the deadline passes and
// reporting a timeout.
func TestServerGoneIsUnavailable(t *testing.T) {
	cfg := testConfig(t)
	target := strings.TrimPrefix(cfg.URI, "bolt://")
	if target == cfg.URI {
		t.Skipf("%s: the test forwards a bolt:// address", cfg.URI)
	}
	openEmpty(t, cfg)
	p := startForwarder(t, target)
	cfg.URI = "bolt://" + p.addr()
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.SearchChunks(context.Background(), kg.Public, kg.ChunkQuery{Text: "pump"}); err != nil {
		t.Fatal(err)
	}
	p.close()
	// The server's own ask deadline.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = s.SearchChunks(ctx, kg.Public, kg.ChunkQuery{Text: "pump"})
	if code := kg.ErrorCode(err); code != kg.EUNAVAILABLE {
		t.Errorf("search with the server gone: %s (%v); want %s", code, err, kg.EUNAVAILABLE)
	}
}

// forwarder relays TCP connections to the server until closed, then
// drops them all and refuses new ones, as a stopped server does.
type forwarder struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func startForwarder(t *testing.T, target string) *forwarder {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &forwarder{ln: ln}
	t.Cleanup(f.close)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			f.mu.Lock()
			f.conns = append(f.conns, c, up)
			f.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
	return f
}

func (f *forwarder) addr() string { return f.ln.Addr().String() }

func (f *forwarder) close() {
	f.ln.Close()
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.conns {
		c.Close()
	}
	f.conns = nil
}
