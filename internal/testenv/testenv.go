// Package testenv decides what a test does when the machine lacks
// something it needs (a server, a browser, a corpus): skip on a
// developer's machine, saying why, and fail under CI (CI set), which
// provides everything, so that a skip there cannot hide a regression.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// Missing skips tb with why, or fails it under CI.
func Missing(tb testing.TB, why string) {
	tb.Helper()
	if os.Getenv("CI") != "" {
		tb.Fatal(why)
	}
	tb.Skip(why)
}

// Require returns the environment variable key, which names a server
// the test needs; unset, the test is Missing it, and setup says how to
// start one.
func Require(tb testing.TB, key, setup string) string {
	tb.Helper()
	v := os.Getenv(key)
	if v == "" {
		Missing(tb, key+" not set: "+setup)
	}
	return v
}

// OptIn skips tb unless the environment variable key is set, for tests
// that run long or stop servers other tests share; why says what setting
// it does.
func OptIn(tb testing.TB, key, why string) {
	tb.Helper()
	if os.Getenv(key) == "" {
		tb.Skipf("%s not set: %s", key, why)
	}
}

// RepoRoot is the repository's root folder, found by walking up from the
// working directory to go.mod, so a test finds the repository's files
// from whichever package it runs in.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		if dir == filepath.Dir(dir) {
			tb.Fatalf("no go.mod above %s", wd)
		}
	}
}
