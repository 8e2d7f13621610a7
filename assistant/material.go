package assistant

import "github.com/kgassist/kgassist/retrieval"

// namesMaterialOwner reports a sentence about the item whose material is
// asked: one of its words, and its last, the noun the others qualify, when
// it has several: "casing gasket" is a gasket, and the casing's grey cast
// iron is not what the gasket is made of.
func namesMaterialOwner(item retrieval.Question, have map[string]bool) bool {
	if share(item, have) == 0 {
		return false
	}
	head := item.Terms[len(item.Terms)-1]
	if len(item.Terms) < 2 || allHan(head) {
		return true // a Chinese compound's words are segmented too loosely to find its head
	}
	one := item
	one.Terms = []string{head}
	return one.Covered(have) == 1
}
