package load

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ledongthuc/pdf"
)

// pdfVisibleText is the page's text as pdf.Page.GetPlainText reads it,
// less the text a reader cannot see: drawn in the invisible render mode
// (3) or as a clip only (7), filled white, under 1.5 points high, or placed
// outside the page.
func pdfVisibleText(p pdf.Page) (result string, err error) {
	defer func() {
		if r := recover(); r != nil {
			result, err = "", errors.New(fmt.Sprint(r))
		}
	}()
	if p.V.IsNull() || p.V.Key("Contents").Kind() == pdf.Null {
		return "", nil
	}
	fonts := map[string]*pdf.Font{}
	for _, name := range p.Fonts() {
		f := p.Font(name)
		fonts[name] = &f
	}
	st := pdfState{gstate: gstate{ctm: identity}, tm: identity, tlm: identity, box: pdfBox(p)}
	var enc pdf.TextEncoding
	var b bytes.Buffer
	lineText := false // the line being written has visible text
	newLine := func() {
		b.WriteString("\n")
		lineText = false
	}
	show := func(raw string) {
		if enc == nil || st.hidden() {
			return
		}
		for _, r := range enc.Decode(raw) {
			b.WriteRune(r)
			lineText = true
		}
	}
	// A move along the line after text starts a new cell: a table's row
	// is drawn cell by cell, and a tab keeps the cells apart for
	// pdfBlocks, where a space would run them together.
	cell := func(dx, dy float64) {
		if lineText && dy == 0 && dx > 0 {
			b.WriteString("\t")
		}
	}
	pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "BT":
			newLine()
			st.tm, st.tlm = identity, identity
		case "T*":
			if !st.hidden() {
				newLine()
			}
			st.nextLine(0, -st.leading)
		case "Tf":
			if len(args) != 2 {
				panic("bad Tf")
			}
			if f, ok := fonts[args[0].Name()]; ok {
				enc = f.Encoder()
			} else {
				enc = nil
			}
			st.size = args[1].Float64()
		case "TL":
			st.leading = pdfArg(args, 0)
		case "Td", "TD":
			cell(pdfArg(args, 0), pdfArg(args, 1))
			st.nextLine(pdfArg(args, 0), pdfArg(args, 1))
			if op == "TD" {
				st.leading = -pdfArg(args, 1)
			}
		case "Tm":
			if len(args) == 6 {
				m := pdfMatrix(args)
				cell(m[4]-st.tm[4], m[5]-st.tm[5])
				st.tm = m
				st.tlm = st.tm
			}
		case "Tr":
			st.mode = int(pdfArg(args, 0))
		case "cm":
			if len(args) == 6 {
				st.ctm = pdfMatrix(args).mul(st.ctm)
			}
		case "q":
			st.saved = append(st.saved, st.gstate)
		case "Q":
			if n := len(st.saved); n > 0 {
				st.gstate, st.saved = st.saved[n-1], st.saved[:n-1]
			}
		case "g", "rg", "k", "sc", "scn":
			st.white = pdfWhite(op, args)
		case "\"", "'":
			st.nextLine(0, -st.leading)
			if len(args) > 0 {
				show(args[len(args)-1].RawString())
			}
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "TJ":
			if len(args) == 1 {
				for i := 0; i < args[0].Len(); i++ {
					if x := args[0].Index(i); x.Kind() == pdf.String {
						show(x.RawString())
					}
				}
			}
		}
	})
	return b.String(), nil
}

type pdfMat [6]float64

var identity = pdfMat{1, 0, 0, 1, 0, 0}

func (m pdfMat) mul(n pdfMat) pdfMat {
	return pdfMat{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm   pdfMat
	white bool
	mode  int
}

type pdfState struct {
	gstate
	saved         []gstate
	tm, tlm       pdfMat
	size, leading float64
	box           [4]float64
}

func (s *pdfState) nextLine(tx, ty float64) {
	s.tlm = pdfMat{1, 0, 0, 1, tx, ty}.mul(s.tlm)
	s.tm = s.tlm
}

func (s *pdfState) hidden() bool {
	if s.mode == 3 || s.mode == 7 || s.white {
		return true
	}
	m := s.tm.mul(s.ctm)
	scale := max(abs64(m[3]), abs64(m[1]), abs64(m[0]))
	if s.size != 0 && abs64(s.size)*scale < 1.5 {
		return true
	}
	x, y := m[4], m[5]
	const margin = 5
	return s.box[2] > s.box[0] && (x < s.box[0]-margin || x > s.box[2]+margin || y < s.box[1]-margin || y > s.box[3]+margin)
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func pdfArg(args []pdf.Value, i int) float64 {
	if i < len(args) {
		return args[i].Float64()
	}
	return 0
}

func pdfMatrix(args []pdf.Value) pdfMat {
	var m pdfMat
	for i := range m {
		m[i] = args[i].Float64()
	}
	return m
}

// pdfWhite reports a fill colour of white: gray 1, RGB 1 1 1, CMYK 0 0 0 0.
func pdfWhite(op string, args []pdf.Value) bool {
	var v []float64
	for _, a := range args {
		if a.Kind() == pdf.Integer || a.Kind() == pdf.Real {
			v = append(v, a.Float64())
		}
	}
	switch {
	case len(v) == 1:
		return v[0] >= 0.95
	case len(v) == 3:
		return v[0] >= 0.95 && v[1] >= 0.95 && v[2] >= 0.95
	case len(v) == 4 && (op == "k" || op == "sc" || op == "scn"):
		return v[0] <= 0.05 && v[1] <= 0.05 && v[2] <= 0.05 && v[3] <= 0.05
	}
	return false
}

// pdfBox is the page's MediaBox (inherited from the page tree).
func pdfBox(p pdf.Page) [4]float64 {
	v := p.V
	for i := 0; i < 32 && v.Key("MediaBox").IsNull() && !v.Key("Parent").IsNull(); i++ {
		v = v.Key("Parent")
	}
	mb := v.Key("MediaBox")
	if mb.Len() != 4 {
		return [4]float64{}
	}
	return [4]float64{mb.Index(0).Float64(), mb.Index(1).Float64(), mb.Index(2).Float64(), mb.Index(3).Float64()}
}
