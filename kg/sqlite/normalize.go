package sqlite

import "github.com/kgassist/kgassist/kg"

// normalizeName is kg.NormalizeName with a shortcut for names that are
// already normal ASCII (lower case letters, digits, the kept punctuation,
// single inner spaces), which kg.NormalizeName returns unchanged. NFKC is
// the costliest step of adding an entity, and extracted names are mostly
// of this form.
func normalizeName(s string) string {
	if normalASCII(s) {
		return s
	}
	return kg.NormalizeName(s)
}

func normalASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' || c == '.' || c == '/' || c == '+' || c == '#':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}
