package auth

import (
	"testing"

	"github.com/kgassist/kgassist/kg"
)

// The store-level behaviours are in authtest, run on SQLite by
// TestSQLiteBackend; this file keeps what needs no store.

func TestKeySpecValidation(t *testing.T) {
	for _, s := range []KeySpec{
		{},
		{Scopes: []string{"root"}},
		{Scopes: []string{ScopeChat}, Origins: []string{"https://a.example/path"}},
		{Scopes: []string{ScopeChat}, Origins: []string{"a.example"}},
		{Scopes: []string{ScopeChat}, RatePerMin: -1},
	} {
		if err := s.Validate(); kg.ErrorCode(err) != kg.EINVALID {
			t.Errorf("%+v accepted", s)
		}
	}
}
