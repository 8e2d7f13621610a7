package load

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/kg"
)

func xmlsafeDrain(s string, depth int) error {
	x := newXMLSafeDecoder(strings.NewReader(s), depth)
	for {
		_, err := x.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func TestXMLSafe(t *testing.T) {
	cases := []struct {
		name, xml string
		ok        bool
	}{
		{"plain", `<a><b>text</b></a>`, true},
		{"at limit", strings.Repeat("<a>", 8) + strings.Repeat("</a>", 8), true},
		{"over limit", strings.Repeat("<a>", 9) + strings.Repeat("</a>", 9), false},
		{"100000 deep", strings.Repeat("<a>", 100000) + strings.Repeat("</a>", 100000), false},
		{"doctype", `<!DOCTYPE a><a/>`, false},
		{"billion laughs", `<!DOCTYPE l [<!ENTITY l "l"><!ENTITY l2 "&l;&l;">]><a>&l2;</a>`, false},
		{"malformed", `<a><b></a>`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := xmlsafeDrain(c.xml, 8)
			if c.ok {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			loadWantCode(t, err, kg.EINVALID)
		})
	}
}
