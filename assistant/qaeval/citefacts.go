package qaeval

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/retrieval"
)

// citedHolds reports whether the cited text, or a value computed from
// cited rows, holds one of a fact's wordings.
//
// Two ways of holding a fact are not a substring of the cited text:
//   - A table row states a quantity and its unit in two columns ("Qty: 0.5;
//     Unit: L", "数值: 40; 单位: m³/h"), so "0.5 L" is stated though never
//     written that way.
//   - A total, count or average over rows is stated by no passage at all;
//     what supports it is the rows it was computed from. It holds when the
//     answer's computed result gives that figure and cites rows the answer
//     cites.
func citedHolds(cited string, computed []retrieval.Computed, alts []string) bool {
	if anyIn(cited, alts) {
		return true
	}
	for _, alt := range alts {
		num, unit, ok := figure(alt)
		if !ok {
			continue
		}
		if unit != "" && inColumns(cited, num, unit) {
			return true
		}
		if computedGives(computed, num, unit) {
			return true
		}
	}
	return false
}

var figureForm = regexp.MustCompile(`^([0-9][0-9,]*(?:\.[0-9]+)?)\s*([^0-9\s].*)?$`)

// figure splits "1,253.31", "0.5 L" or "3 米" into its number, as
// written less thousands separators, and its unit.
func figure(alt string) (num, unit string, ok bool) {
	m := figureForm.FindStringSubmatch(Normalize(alt))
	if m == nil {
		return "", "", false
	}
	return strings.ReplaceAll(m[1], ",", ""), strings.TrimSpace(m[2]), true
}

// inColumns finds num as a whole number followed, with no other figure
// between, within a few words by unit as a whole word.
func inColumns(cited, num, unit string) bool {
	for from := 0; ; {
		i := strings.Index(cited[from:], num)
		if i < 0 {
			return false
		}
		at := from + i
		from = at + len(num)
		if !wholeNumberAt(cited, at, from) {
			continue
		}
		if unitFollows(cited[from:min(len(cited), from+30)], unit) {
			return true
		}
	}
}

// unitFollows finds unit as a whole word in rest with no figure before it.
func unitFollows(rest, unit string) bool {
	for from := 0; ; {
		j := strings.Index(rest[from:], unit)
		if j < 0 {
			return false
		}
		at := from + j
		if strings.ContainsAny(rest[:at], "0123456789") {
			return false
		}
		if (at == 0 || !wordGoesOn(rest[at-1:at])) && !wordGoesOn(rest[at+len(unit):]) {
			return true
		}
		from = at + len(unit)
	}
}

func wholeNumberAt(s string, from, to int) bool {
	if from > 0 && strings.ContainsAny(s[from-1:from], "0123456789.") {
		return false
	}
	return to >= len(s) || !strings.ContainsAny(s[to:to+1], "0123456789") && !(s[to] == '.' && to+1 < len(s) && s[to+1] >= '0' && s[to+1] <= '9')
}

func wordGoesOn(rest string) bool {
	if rest == "" {
		return false
	}
	c := rest[0]
	return c >= 'a' && c <= 'z'
}

// computedGives: a cited computed result, or one of its cited lines, has
// the figure num (as precise as written) in the unit, if one is given. A
// count takes any counted noun ("8 rows", "8 条", "4 servos"); a share is
// written with "%".
func computedGives(computed []retrieval.Computed, num, unit string) bool {
	want, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return false
	}
	decimals := 0
	if i := strings.IndexByte(num, '.'); i >= 0 {
		decimals = len(num) - i - 1
	}
	scale := math.Pow(10, float64(decimals))
	same := func(v float64, u string) bool {
		return v != 0 && math.Round(v*scale) == math.Round(want*scale) && unitAgrees(unit, u)
	}
	for _, c := range computed {
		if len(c.Cites) == 0 {
			continue
		}
		valueUnit := c.Unit
		if c.Op == "percent" {
			valueUnit = "%"
		}
		if same(c.Total, c.Unit) || same(c.Value, valueUnit) || same(float64(c.Count), "") || same(float64(c.Distinct), "") {
			return true
		}
		for _, l := range append(c.Lines, c.Tops...) {
			if len(l.Cites) > 0 && same(l.Qty, l.Unit) {
				return true
			}
		}
	}
	return false
}

// unitAgrees: the fact's unit is the computed one, or the computed figure
// counts things (no unit, pieces) and the fact names what it counts.
func unitAgrees(fact, computed string) bool {
	switch {
	case fact == "" || strings.EqualFold(fact, computed):
		return true
	case fact == "%" || computed == "%":
		return false
	}
	return computed == "" || strings.EqualFold(computed, "pcs") || computed == "个"
}
