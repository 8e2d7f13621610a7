package assistant

import (
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
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

// folderModels are the model numbers in the folders a document is kept
// in ("280" of mycobot280-manual/en/…): a product introduction in the
// robot's folder is about that robot, though its rows ("net weight of
// only 850g") never repeat the number. One digit alone numbers a chapter
// ("1-ProductInformation"), not a model.
func folderModels(uri string) string {
	dir, _ := path.Split(uri)
	var out []string
	for _, w := range strings.Fields(locationWords(dir)) {
		if len(w) >= 2 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// askedPlaces are the question's words that name where some retrieved
// documents are kept and not others ("openflexure" of openflexure-v6/):
// the product or project a question names by its folder. A passage from
// a document kept elsewhere, that never names it, is about another one.
func askedPlaces(ev *retrieval.Evidence) []string {
	var folders []map[string]bool // read once per passage, not per term
	var out []string
	for _, t := range ev.Question.Terms {
		if len(t) < 5 || !latinWord(t) || genericPlaceWords[t] {
			continue
		}
		if folders == nil {
			for _, it := range ev.Items {
				folders = append(folders, retrieval.TokenSet(folderWords(it.Chunk.DocURI)))
			}
		}
		kept := slices.ContainsFunc(folders, func(f map[string]bool) bool { return f[t] })
		elsewhere := slices.ContainsFunc(folders, func(f map[string]bool) bool { return !f[t] })
		if kept && elsewhere {
			out = append(out, t)
		}
	}
	return out
}

// namesAskedPlace reports text naming every asked place.
func namesAskedPlace(places []string, text string) bool {
	if len(places) == 0 {
		return true
	}
	have := retrieval.TokenSet(text)
	for _, p := range places {
		if !have[p] {
			return false
		}
	}
	return true
}

// folderWords are locationWords of a document's folder, without its
// file's name ("manual_en.md" names a kind of document, not a product).
func folderWords(uri string) string {
	if i := strings.LastIndexByte(uri, '/'); i >= 0 {
		uri = uri[:i]
	}
	return locationWords(uri)
}

// genericPlaceWords are folder words that name kinds of documents or
// stores, not what they are about.
var genericPlaceWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("manual manuals docs document documents data dataset datasets corpus shared public internal examples example demo files assembly information parameters parameter product products") {
		for _, t := range retrieval.ContentTerms(w) {
			genericPlaceWords[t] = true
		}
	}
}
