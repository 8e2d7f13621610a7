package load

import (
	"strconv"
	"strings"
)

// Text a reader cannot see is kept out of passages in every format: a
// poisoned document hides instructions for a model in white, tiny,
// transparent or off-page text that a person reviewing it never reads.
// These helpers judge the styling formats share: CSS declarations and
// colours.

// cssHidden reports whether inline CSS declarations make text invisible:
// not displayed, transparent, white, zero-sized, clipped or moved off the
// page.
func cssHidden(style string) bool {
	decl := map[string]string{}
	for _, d := range strings.Split(strings.ToLower(style), ";") {
		k, v, ok := strings.Cut(d, ":")
		if ok {
			v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
			decl[strings.TrimSpace(k)] = v
		}
	}
	switch {
	case decl["display"] == "none", decl["visibility"] == "hidden", decl["visibility"] == "collapse":
		return true
	case decl["opacity"] != "" && cssNumber(decl["opacity"]) <= 0.05:
		return true
	case (colourInvisible(decl["color"]) || colourInvisible(decl["-webkit-text-fill-color"])) && !cssDarkBackground(decl):
		return true
	case decl["font-size"] != "" && cssLength(decl["font-size"]) < 2:
		return true
	case strings.HasPrefix(decl["clip"], "rect(0") || strings.Contains(decl["clip-path"], "inset(50%"):
		return true
	case decl["text-indent"] != "" && cssLength(decl["text-indent"]) <= -500:
		return true
	}
	if p := decl["position"]; p == "absolute" || p == "fixed" {
		for _, side := range []string{"left", "top", "right", "bottom"} {
			if v := decl[side]; v != "" && cssLength(v) <= -500 {
				return true
			}
		}
	}
	return (decl["height"] != "" && cssLength(decl["height"]) < 1 || decl["width"] != "" && cssLength(decl["width"]) < 1) &&
		decl["overflow"] == "hidden"
}

// cssDarkBackground: white text on the element's own coloured background
// is visible.
func cssDarkBackground(decl map[string]string) bool {
	for _, k := range []string{"background-color", "background"} {
		if v := decl[k]; v != "" && !colourInvisible(strings.Fields(v)[0]) {
			return true
		}
	}
	return false
}

// cssLength is a CSS length in pixels (or points, the same to a reader at
// this scale); unknown values count as large.
func cssLength(v string) float64 {
	v = strings.TrimSpace(v)
	for _, u := range []struct {
		suffix string
		px     float64
	}{{"px", 1}, {"pt", 1.33}, {"em", 16}, {"rem", 16}, {"%", 0.16}, {"vw", 10}, {"vh", 10}} {
		if strings.HasSuffix(v, u.suffix) {
			return cssNumber(strings.TrimSuffix(v, u.suffix)) * u.px
		}
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil {
		return n
	}
	return 1e9
}

func cssNumber(v string) float64 {
	n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil {
		return 1e9
	}
	return n
}

// colourInvisible reports a colour that does not show on a white page:
// transparent, white or within a few steps of it.
func colourInvisible(c string) bool {
	c = strings.ToLower(strings.Join(strings.Fields(c), ""))
	switch c {
	case "":
		return false
	case "transparent", "white", "snow", "ivory", "#fff", "#ffff":
		return true
	}
	if strings.HasPrefix(c, "rgba(") || strings.HasPrefix(c, "hsla(") {
		parts := strings.Split(strings.TrimSuffix(c[5:], ")"), ",")
		if len(parts) == 4 && cssNumber(parts[3]) <= 0.05 {
			return true
		}
	}
	r, g, b, ok := parseColour(c)
	return ok && nearWhite(r, g, b)
}

// parseColour reads #rgb, #rrggbb, #rrggbbaa (or a bare hex triple, as
// Office writes) and rgb(r,g,b).
func parseColour(c string) (r, g, b int, ok bool) {
	if strings.HasPrefix(c, "rgb(") || strings.HasPrefix(c, "rgba(") {
		parts := strings.Split(strings.TrimSuffix(c[strings.IndexByte(c, '(')+1:], ")"), ",")
		if len(parts) < 3 {
			return 0, 0, 0, false
		}
		v := make([]int, 3)
		for i := range v {
			n, err := strconv.Atoi(strings.TrimSpace(parts[i]))
			if err != nil {
				return 0, 0, 0, false
			}
			v[i] = n
		}
		return v[0], v[1], v[2], true
	}
	h := strings.TrimPrefix(c, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) == 8 && strings.HasPrefix(c, "#") {
		h = h[:6]
	} else if len(h) == 8 { // Office ARGB
		h = h[2:]
	}
	if len(h) != 6 {
		return 0, 0, 0, false
	}
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return int(n >> 16 & 0xff), int(n >> 8 & 0xff), int(n & 0xff), true
}

// nearWhite: every channel within 16 steps of white.
func nearWhite(r, g, b int) bool { return r >= 240 && g >= 240 && b >= 240 }

// coloursClose reports text drawn in (nearly) the colour behind it.
func coloursClose(a, b string) bool {
	r1, g1, b1, ok1 := parseColour(strings.ToLower(a))
	r2, g2, b2, ok2 := parseColour(strings.ToLower(b))
	return ok1 && ok2 && abs(r1-r2)+abs(g1-g2)+abs(b1-b2) <= 48
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
