package assistant

import (
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
)

// docName is what names a passage's document: its title, and the words of
// its location. A manual split into one file per page leaves the product
// out of most pages and titles ("第三章 用户须知"), while the folder that
// holds them names it ("mycobot280-manual/cn/…"); a model number the
// question repeats is then stated for every page.
func docName(c kg.Chunk) string {
	return c.DocTitle + " " + locationWords(c.DocURI)
}

// locationWords splits a document URI into words, also where letters and
// digits meet ("mycobot280" → "mycobot 280"). The file's extension and a
// URL's scheme are not words of its name.
func locationWords(uri string) string {
	if i := strings.Index(uri, "://"); i >= 0 {
		uri = uri[i+3:]
	}
	if i := strings.LastIndexByte(uri, '.'); i > strings.LastIndexByte(uri, '/') {
		uri = uri[:i]
	}
	var b strings.Builder
	prev := rune(0)
	for _, r := range uri {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			r = ' '
		case prev != 0 && prev != ' ' && unicode.IsDigit(r) != unicode.IsDigit(prev):
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
