package load

import (
	"context"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// loadDOCX reads word/document.xml as a token stream: headings (by style
// or outline level), list paragraphs, tables with the first row as header.
// Runs a reader cannot see, <w:vanish/>, white or microscopic text, are
// dropped so a poisoned document cannot smuggle instructions.
func loadDOCX(ctx context.Context, name string, data []byte, lim Limits) (*Parsed, error) {
	z, err := OpenSafeZip(data, lim)
	if err != nil {
		return nil, err
	}
	if !z.Has("word/document.xml") {
		return nil, kg.Errorf(kg.EINVALID, "not a DOCX document (no word/document.xml)")
	}
	styles, err := docxReadStyles(z, lim)
	if err != nil {
		return nil, err
	}
	rc, err := z.Open("word/document.xml")
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := &docxDoc{ctx: ctx, x: newXMLSafeDecoder(rc, lim.MaxXMLDepth), styles: styles}
	if err := d.parse(); err != nil {
		return nil, err
	}
	return loadNeedText("docx", &Parsed{Blocks: d.blocks})
}

// docxStyles maps a paragraph style id to a heading level (0: not a
// heading) and tells list styles apart.
type docxStyles struct {
	level map[string]int
	list  map[string]bool
	// hidden styles draw their text invisibly (vanish, white, tiny).
	hidden map[string]bool
}

var docxHeadingName = regexp.MustCompile(`(?i)^(?:heading|标题)\s*(\d)$`)

func docxReadStyles(z *SafeZip, lim Limits) (docxStyles, error) {
	s := docxStyles{level: map[string]int{}, list: map[string]bool{}, hidden: map[string]bool{}}
	if !z.Has("word/styles.xml") {
		return s, nil
	}
	rc, err := z.Open("word/styles.xml")
	if err != nil {
		return s, err
	}
	defer rc.Close()
	x := newXMLSafeDecoder(rc, lim.MaxXMLDepth)
	var id string
	for {
		tok, err := x.Token()
		if errors.Is(err, io.EOF) {
			return s, nil
		}
		if err != nil {
			return s, err
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		val, _ := xmlsafeAttr(start, "val")
		switch start.Name.Local {
		case "style":
			id, _ = xmlsafeAttr(start, "styleId")
			s.level[id] = docxLevelFromName(id)
		case "name":
			if l := docxLevelFromName(val); l > 0 {
				s.level[id] = l
			}
			s.list[id] = s.list[id] || strings.HasPrefix(strings.ToLower(val), "list")
		case "outlineLvl":
			if n, err := strconv.Atoi(val); err == nil && n >= 0 && n < 9 && s.level[id] == 0 {
				s.level[id] = n + 1
			}
		case "numPr":
			s.list[id] = true
		case "vanish", "specVanish", "color", "sz":
			if id != "" && docxRunPropHides(start, val) {
				s.hidden[id] = true
			}
		}
	}
}

func docxLevelFromName(name string) int {
	if strings.EqualFold(name, "title") {
		return 1
	}
	if m := docxHeadingName.FindStringSubmatch(strings.ReplaceAll(name, " ", "")); m != nil {
		return max(int(m[1][0]-'0'), 1)
	}
	return 0
}
