package assistant

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval"
)

// A customer asking what a product is made of, where the parts list is not
// theirs to see, is answered by the manual's own list of main components:
// the lines under a "Main components:" heading of a document about the
// product asked, run on over the passages that continue it.

var msgComponents = msg{"The main components, as “%s” lists them:", "《%s》列出的主要部件："}

// maxComponents bounds the lines quoted from one list.
const maxComponents = 12

// componentsAnswer quotes the component list of a passage whose document
// or section names the item asked, in the asker's language first.
func componentsAnswer(ev *retrieval.Evidence, lang string) (string, bool) {
	if !retrieval.AsksComponents(ev.Question.Text) {
		return "", false
	}
	var best *retrieval.Item
	for i := range ev.Items {
		it := &ev.Items[i]
		if !retrieval.ComponentsHeading.MatchString(it.Chunk.Text) || !aboutLinkedItem(ev, it.Chunk) {
			continue
		}
		if best == nil || otherLanguage(best.Chunk.Lang, lang) && !otherLanguage(it.Chunk.Lang, lang) {
			best = it
		}
	}
	if best == nil {
		return "", false
	}
	lines, cites := componentLines(ev, *best)
	if len(lines) < 2 {
		return "", false
	}
	text := "- " + strings.Join(lines, "\n- ") + " " + marks(cites)
	if otherLanguage(best.Chunk.Lang, lang) {
		text += " " + otherLabel(strings.Join(lines, " "), best.Chunk.Lang, best.Chunk.DocTitle, lang)
	}
	return fmt.Sprintf(msgComponents.in(lang), best.Chunk.DocTitle) + "\n" + text, true
}

// componentLines are the lines under base's components heading up to the
// next heading or blank line, read on into the passages that continue
// base's section, with the passages they came from.
func componentLines(ev *retrieval.Evidence, base retrieval.Item) ([]string, []int) {
	lines := strings.Split(base.Chunk.Text, "\n")
	start := -1
	for i, l := range lines {
		if retrieval.ComponentsHeading.MatchString(l) {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return nil, nil
	}
	var out []string
	cites := []int{base.N}
	add := func(ls []string) bool {
		for _, l := range ls {
			l = strings.TrimSpace(quotable(l))
			if l == "" || strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：") || len(out) == maxComponents {
				return false
			}
			out = append(out, strings.TrimLeft(l, "-*• "))
		}
		return true
	}
	if !add(lines[start:]) {
		return out, cites
	}
	for ord := base.Chunk.Ordinal + 1; ; ord++ {
		next, ok := continuing(ev, base.Chunk, ord)
		if !ok {
			return out, cites
		}
		cites = append(cites, next.N)
		if !add(strings.Split(next.Chunk.Text, "\n")) {
			return out, cites
		}
	}
}

// continuing is the kept passage at ordinal ord of c's document and section.
func continuing(ev *retrieval.Evidence, c kg.Chunk, ord int) (retrieval.Item, bool) {
	for _, it := range ev.Items {
		if it.Chunk.DocumentID == c.DocumentID && it.Chunk.Ordinal == ord && it.Chunk.SectionPath() == c.SectionPath() {
			return it, true
		}
	}
	return retrieval.Item{}, false
}

// aboutLinkedItem reports a passage whose document title or section names
// a product or assembly the question names: a list in the pump's manual
// is the pump's, not the coupling's it mentions.
func aboutLinkedItem(ev *retrieval.Evidence, c kg.Chunk) bool {
	where := strings.ToLower(c.DocTitle + " " + c.SectionPath())
	if !linksWhole(ev) {
		// "which parts make up the pump": a list in the manual titled
		// "… Centrifugal Pump …" is the pump's
		return slices.ContainsFunc(wholeNouns(ev.Question.Text), func(w string) bool {
			return retrieval.TokenSet(c.DocTitle)[w] || allHan(w) && strings.Contains(c.DocTitle, w)
		})
	}
	for _, l := range ev.Linked {
		if l.Entity.Type != kg.Product && l.Entity.Type != kg.Assembly {
			continue
		}
		for _, n := range append([]string{l.Entity.Name}, l.Entity.Aliases...) {
			if n != "" && strings.Contains(where, strings.ToLower(n)) {
				return true
			}
		}
	}
	return false
}

// linksWhole reports a question linking a product or an assembly.
func linksWhole(ev *retrieval.Evidence) bool {
	return slices.ContainsFunc(ev.Linked, func(l retrieval.Linked) bool {
		return l.Entity.Type == kg.Product || l.Entity.Type == kg.Assembly
	})
}

// wholeNouns are the terms of a question about a whole's components that
// name the whole, not the asking: "pump" of "which parts make up the pump".
func wholeNouns(question string) []string {
	var out []string
	// a Chinese question's runs of characters left after its asking
	// ("这台泵由哪些部件组成" leaves 泵)
	for _, run := range zhRun.FindAllString(zhComponentsAsking.Replace(question), -1) {
		out = append(out, run)
	}
	for _, t := range retrieval.ContentTerms(question) {
		if !componentsAsking[t] {
			out = append(out, t)
		}
	}
	return out
}

var (
	zhRun              = regexp.MustCompile(`\p{Han}+`)
	zhComponentsAsking = strings.NewReplacer("这台", " ", "这个", " ", "这款", " ", "由", " ", "哪些", " ", "什么", " ", "主要", " ",
		"部件", " ", "零件", " ", "组件", " ", "组成", " ", "构成", " ", "包括", " ", "包含", " ", "有", " ", "的", " ", "是", " ", "里面", " ")
)

var componentsAsking = retrieval.TokenSet("which what parts part components component main make makes made up consist consists consisting built inside assemblies assembly")
