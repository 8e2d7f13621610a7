package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Scopes a key may hold.
const (
	ScopeChat   = "chat"   // ask questions, hold conversations, give feedback
	ScopeIngest = "ingest" // upload and delete documents, run jobs
	ScopeAdmin  = "admin"  // read feedback and the audit log, everything else
)

// Key is an API key as stored: never the secret itself.
type Key struct {
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	Scopes    []string    `json:"scopes"`
	Clearance kg.Audience `json:"clearance"`
	// Origins, when set, make this a widget key: browsers may use it only
	// from these origins.
	Origins     []string   `json:"origins,omitempty"`
	RatePerMin  int        `json:"rate_per_min,omitempty"`
	DailyTokens int        `json:"daily_tokens,omitempty"`
	CreatedAt   time.Time  `json:"created_at"`
	RevokedAt   *time.Time `json:"revoked_at,omitempty"`
}

// Has reports whether the key holds scope; admin holds every scope.
func (k *Key) Has(scope string) bool {
	return slices.Contains(k.Scopes, scope) || slices.Contains(k.Scopes, ScopeAdmin)
}

// AllowsOrigin reports whether a browser at origin may use the key.
func (k *Key) AllowsOrigin(origin string) bool { return slices.Contains(k.Origins, origin) }

// KeySpec is what `kgassist keys create` asks for.
type KeySpec struct {
	Name        string
	Scopes      []string
	Clearance   kg.Audience
	Origins     []string
	RatePerMin  int
	DailyTokens int
}

// Validate rejects unknown scopes and malformed origins.
func (s KeySpec) Validate() error {
	if len(s.Scopes) == 0 {
		return kg.Errorf(kg.EINVALID, "a key needs at least one scope (chat, ingest, admin)")
	}
	for _, sc := range s.Scopes {
		if sc != ScopeChat && sc != ScopeIngest && sc != ScopeAdmin {
			return kg.Errorf(kg.EINVALID, "unknown scope %q (want chat, ingest or admin)", sc)
		}
	}
	if !s.Clearance.Valid() {
		return kg.Errorf(kg.EINVALID, "invalid clearance")
	}
	for _, o := range s.Origins {
		if u, err := url.Parse(o); err != nil || u.Scheme == "" || u.Host == "" || u.Path != "" {
			return kg.Errorf(kg.EINVALID, "origin %q must be scheme://host[:port]", o)
		}
	}
	if s.RatePerMin < 0 || s.DailyTokens < 0 {
		return kg.Errorf(kg.EINVALID, "rate and daily tokens must not be negative")
	}
	return nil
}

const secretPrefix = "kga_"

// NewKey makes a key for spec with a fresh secret, for a backend to store:
// the secret is shown once and only its hash (HashSecret) is kept.
func NewKey(spec KeySpec, now time.Time) (*Key, string, error) {
	if err := spec.Validate(); err != nil {
		return nil, "", err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, "", kg.Wrap("auth.NewKey", err)
	}
	secret := secretPrefix + base64.RawURLEncoding.EncodeToString(raw)
	k := &Key{ID: NewID("key"), Name: spec.Name, Scopes: spec.Scopes, Clearance: spec.Clearance,
		Origins: spec.Origins, RatePerMin: spec.RatePerMin, DailyTokens: spec.DailyTokens, CreatedAt: now.UTC().Truncate(time.Second)}
	if k.Name == "" {
		k.Name = k.ID
	}
	return k, secret, nil
}

// WellFormedSecret reports whether secret could be a key's secret at all,
// so a backend refuses junk without a query.
func WellFormedSecret(secret string) bool {
	return strings.HasPrefix(secret, secretPrefix) && len(secret) <= 128
}

// HashSecret is what is stored of a secret: its SHA-256, in hex.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// NewID is a random id with a readable prefix ("key_3f9a…").
func NewID(prefix string) string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return prefix + "_" + hex.EncodeToString(b)
}
