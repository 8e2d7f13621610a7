package load

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// maxPDFTitleRunes bounds a title taken from a PDF's document information;
// a longer one is not a title.
const maxPDFTitleRunes = 200

// pdfFileTitle matches a title that is only the name of the file the PDF
// was made from ("Microsoft Word - spec.docx", "scan_001.tif").
var pdfFileTitle = regexp.MustCompile(`(?i)(^microsoft \w+ - |\.[a-z0-9]{2,4}$|^untitled$)`)

// pdfInfoTitle is the title a PDF gives itself in its document
// information, or "" where it gives none worth showing. A data sheet's
// first line is set in a large font, not marked as a heading, so without
// this the document would be known by its file name ("spec_sheet") and a
// question naming the product would not find the product in it.
func pdfInfoTitle(r *pdf.Reader) string {
	return pdfTitle(r.Trailer().Key("Info").Key("Title").Text())
}

// pdfTitle is a document information title, collapsed, or "" where it
// names a file or is too long or garbled to be a title.
func pdfTitle(title string) string {
	title = loadCollapse(title)
	if title == "" || utf8.RuneCountInString(title) > maxPDFTitleRunes || pdfFileTitle.MatchString(title) {
		return ""
	}
	if strings.ContainsRune(title, utf8.RuneError) {
		return ""
	}
	return title
}
