package load

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"

	"github.com/kgassist/kgassist/kg"
)

// xmlsafeDecoder is an encoding/xml token reader for untrusted Office parts.
// It refuses DOCTYPE and entity declarations outright (Office never writes
// them; attackers use them for billion-laughs expansion) and bounds element
// nesting, since a parser that keeps a stack per level can be made to use
// memory proportional to a cheap, highly compressible input.
type xmlsafeDecoder struct {
	d        *xml.Decoder
	depth    int
	maxDepth int
}

func newXMLSafeDecoder(r io.Reader, maxDepth int) *xmlsafeDecoder {
	d := xml.NewDecoder(&xmlsafeRuns{r: r})
	d.Strict = true
	// Declared encodings other than UTF-8 are read as UTF-8; Office writes
	// UTF-8 and anything else fails on its own below.
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	return &xmlsafeDecoder{d: d, maxDepth: maxDepth}
}

// Token returns the next token, io.EOF at the end, or EINVALID.
func (x *xmlsafeDecoder) Token() (xml.Token, error) {
	tok, err := x.d.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.EOF
		}
		var ke *kg.Error
		if errors.As(err, &ke) {
			return nil, err
		}
		return nil, &kg.Error{Code: kg.EINVALID, Message: "malformed XML", Err: err}
	}
	switch t := tok.(type) {
	case xml.StartElement:
		x.depth++
		if x.depth > x.maxDepth {
			return nil, kg.Errorf(kg.EINVALID, "XML nests deeper than %d elements", x.maxDepth)
		}
	case xml.EndElement:
		x.depth--
	case xml.Directive:
		if xmlsafeIsDeclaration(t) {
			return nil, kg.Errorf(kg.EINVALID, "XML with DOCTYPE or entity declarations is refused")
		}
	}
	return tok, nil
}

// Skip consumes the rest of the element whose start was just read.
func (x *xmlsafeDecoder) Skip() error {
	for depth := 1; depth > 0; {
		tok, err := x.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return kg.Errorf(kg.EINVALID, "XML ends inside an element")
			}
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

func xmlsafeIsDeclaration(d xml.Directive) bool {
	s := bytes.ToUpper(bytes.TrimSpace(d))
	return bytes.HasPrefix(s, []byte("DOCTYPE")) || bytes.HasPrefix(s, []byte("ENTITY"))
}

// xmlsafeAttr returns the value of the attribute with local name local.
func xmlsafeAttr(e xml.StartElement, local string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// xmlsafeMaxRun bounds the bytes between two '<'. encoding/xml buffers a
// whole text node before returning it, so one node inflated from a small
// archive (or a directory that understates sizes) would otherwise hold
// hundreds of megabytes; no Office text run comes near this.
const xmlsafeMaxRun = 16 << 20

// xmlsafeRuns fails a read once a run without markup exceeds xmlsafeMaxRun.
type xmlsafeRuns struct {
	r   io.Reader
	run int
}

func (x *xmlsafeRuns) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	if i := bytes.LastIndexByte(p[:n], '<'); i >= 0 {
		x.run = n - i - 1
	} else {
		x.run += n
	}
	if x.run > xmlsafeMaxRun {
		return n, kg.Errorf(kg.ETOOLARGE, "XML text runs over %d bytes without markup", xmlsafeMaxRun)
	}
	return n, err
}
