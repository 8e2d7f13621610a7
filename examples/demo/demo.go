// Package demo embeds the demo corpus of Hanshan Fluid Machinery, a
// fictional pump maker, so `kgassist demo` runs from any directory.
package demo

import "embed"

// FS holds public/ (customer-visible) and internal/ (engineers only).
//
//go:embed public internal
var FS embed.FS
