package attackcorpus

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strings"
)

const (
	contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
)

// docxBytes wraps WordprocessingML body content in the smallest package
// Word opens.
func docxBytes(body string) []byte {
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`
	return zipBytes(map[string]string{"[Content_Types].xml": contentTypes, "_rels/.rels": rootRels, "word/document.xml": doc})
}

// docxWithDocument is a DOCX whose word/document.xml is exactly doc.
func docxWithDocument(doc string) []byte {
	return zipBytes(map[string]string{"[Content_Types].xml": contentTypes, "_rels/.rels": rootRels, "word/document.xml": doc})
}

func zipBytes(files map[string]string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		if content, ok := files[name]; ok {
			f, _ := w.Create(name)
			f.Write([]byte(content))
		}
	}
	for name, content := range files {
		if name == "[Content_Types].xml" || name == "_rels/.rels" || name == "word/document.xml" {
			continue
		}
		f, _ := w.Create(name)
		f.Write([]byte(content))
	}
	w.Close()
	return b.Bytes()
}

func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
