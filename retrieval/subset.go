package retrieval

import "regexp"

// reSubsetBecomes asks how many of some items are turned into others
// ("how many of the drive wheel assemblies become corner wheels", "of
// the six drive wheel assemblies, how many become corner assemblies"): a step of building the product says so, while a BOM
// roll-up would only count the items again.
var reSubsetBecomes = regexp.MustCompile(`(?:\bhow many of (?:the |these |those |our |your )?(?:[\w-]+ ){0,5}?|\bof (?:the |these |those |our |your )?(?:[\w-]+ ){1,6}?[\w-]+, how many )` +
	`(?:will |would |then |eventually )?(?:become|becomes|turn into|turns into|are turned into|are made into|get turned into|end up as|are converted into|are used as)\b`)

// asksSubsetBecomes reports a question about which of a product's items
// become others in its build, with the question lower-cased.
func asksSubsetBecomes(lower string) bool {
	return reSubsetBecomes.MatchString(lower)
}
