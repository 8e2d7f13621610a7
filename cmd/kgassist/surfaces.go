package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/server/auth"
)

// dataDir is the folder beside the graph data that holds auth.db and the
// files of unfinished upload jobs.
func dataDir(cfg Config) string {
	if cfg.DataDir != "" {
		return cfg.DataDir
	}
	if p, ok := strings.CutPrefix(cfg.Store, "sqlite://"); ok {
		return filepath.Dir(p)
	}
	return defaultDataDir
}

func openAuth(ctx context.Context, cfg Config) (auth.Backend, error) {
	return auth.Open(ctx, filepath.Join(dataDir(cfg), "auth.db"))
}

// localMode decides whether keyless requests are served: only on a
// loopback address, and then either because the operator asked or because
// no key was ever created.
func localMode(ctx context.Context, db auth.Backend, addr string, insecureLocal bool) (bool, error) {
	loopback := isLoopbackAddr(addr)
	if insecureLocal && !loopback {
		return false, kg.Errorf(kg.EINVALID, "--insecure-local needs a loopback --addr (127.0.0.1:PORT), not %s", addr)
	}
	if !loopback {
		return false, nil
	}
	has, err := db.HasKeys(ctx)
	return insecureLocal || !has, err
}

func isLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func warnKeyless(local bool, addr string) {
	if !local {
		fmt.Fprintf(os.Stderr, "kgassist: every request on %s needs an API key (kgassist keys create)\n", addr)
	}
}
