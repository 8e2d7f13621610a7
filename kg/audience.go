package kg

import "strings"

// Audience is a visibility level. Levels are ordered: a caller with clearance
// c sees every source whose audience is at most c.
type Audience int8

const (
	Public Audience = iota
	Partner
	Internal
	Restricted
)

var audienceNames = [...]string{"public", "partner", "internal", "restricted"}

func (a Audience) String() string {
	if a < Public || a > Restricted {
		return "invalid"
	}
	return audienceNames[a]
}

// Valid reports whether a is one of the four defined levels.
func (a Audience) Valid() bool { return a >= Public && a <= Restricted }

// CanSee reports whether a caller with clearance a may see something at level b.
func (a Audience) CanSee(b Audience) bool { return b <= a }

// ParseAudience accepts the level names in English and Chinese.
func ParseAudience(s string) (Audience, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "public", "公开", "":
		return Public, nil
	case "partner", "合作伙伴":
		return Partner, nil
	case "internal", "内部":
		return Internal, nil
	case "restricted", "机密", "受限":
		return Restricted, nil
	}
	return Public, Errorf(EINVALID, "unknown audience %q (want public, partner, internal or restricted)", s)
}

// MarshalText encodes the level by name so JSON carries "internal", not 2.
func (a Audience) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

func (a *Audience) UnmarshalText(b []byte) error {
	v, err := ParseAudience(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
