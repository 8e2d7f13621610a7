package kg_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// Users read words; logs read the chain of operations.
func TestErrorMessageHasNoOperations(t *testing.T) {
	inner := kg.Errorf(kg.ENOTFOUND, "no document note.md")
	err := kg.Wrap("cli.delete", kg.Wrap("sqlite.Document", inner))
	if got := kg.ErrorMessage(err); got != "no document note.md" {
		t.Errorf("ErrorMessage = %q", got)
	}
	if got := err.Error(); got != "cli.delete: sqlite.Document: no document note.md" {
		t.Errorf("Error = %q", got)
	}
	if !errors.Is(err, kg.ErrNotFound) {
		t.Error("the code is lost")
	}
	os := kg.WrapCode(kg.EINVALID, "ingest.read", fmt.Errorf("open x.md: permission denied"))
	if got := kg.ErrorMessage(kg.Wrap("ingest.Ingest", os)); got != "open x.md: permission denied" {
		t.Errorf("ErrorMessage of a wrapped cause = %q", got)
	}
	if got := kg.ErrorMessage(kg.Wrap("sqlite.Open", fmt.Errorf("SELECT secret FROM t"))); got != "internal error" {
		t.Errorf("an internal cause leaks: %q", got)
	}
	if got := kg.ErrorMessage(kg.Wrap("ingest.extract", kg.Errorf(kg.EINTERNAL, "kgassist hit a bug while reading a.md"))); got != "kgassist hit a bug while reading a.md" {
		t.Errorf("an internal error written for users is hidden: %q", got)
	}
	if got := kg.ErrorMessage(kg.Wrap("server.ask", context.DeadlineExceeded)); got != "the operation timed out" {
		t.Errorf("a timeout reads %q", got)
	}
}

// A caller that went away is not a fault of kgassist's: the code says so,
// wherever in the chain the context's end was wrapped.
func TestCancelledIsNotInternal(t *testing.T) {
	for _, err := range []error{
		context.Canceled,
		kg.Wrap("assistant.Ask", context.Canceled),
		kg.WrapCode(kg.EINTERNAL, "sqlite.Search", fmt.Errorf("interrupted: %w", context.Canceled)),
	} {
		if got := kg.ErrorCode(err); got != kg.ECANCELED {
			t.Errorf("ErrorCode(%v) = %q, want %q", err, got, kg.ECANCELED)
		}
		if got := kg.ErrorMessage(err); got != "the request was cancelled" {
			t.Errorf("ErrorMessage(%v) = %q", err, got)
		}
	}
	if got := kg.ErrorCode(kg.Wrap("x", errors.New("boom"))); got != kg.EINTERNAL {
		t.Errorf("a plain failure = %q", got)
	}
}
