package retrieval

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
	"golang.org/x/text/unicode/norm"
)

// Linked is an entity the question names.
type Linked struct {
	Entity  kg.Entity `json:"entity"`
	Surface string    `json:"surface"` // the text in the question that matched
	Via     string    `json:"via"`     // dictionary or fulltext
}

// Linker finds entity mentions in questions. It keeps a dictionary of every
// name and alias in the store (when the store can list them) and matches it
// against the normalized question, longest match first, at word boundaries
// for Latin text and at any character for CJK text. The dictionary is only
// candidate generation: entities are then fetched with the caller's
// clearance, so a hidden entity cannot be linked.
type Linker struct {
	store kg.Reader
	ttl   time.Duration

	mu    sync.Mutex
	dict  map[string][]dictEntry
	built time.Time
	max   int // longest surface in runes
	// starts are the first two runes of every form (or the one rune of a
	// one-rune form): a position of a long text that starts none of them
	// is skipped without building the substrings that end there.
	starts map[string]bool
}

type dictEntry struct {
	id  string
	aud kg.Audience
}

// maxFormsPerSurface drops surfaces so generic they name many entities
// ("leaking" as the bare mode of every leaking FMEA item).
const maxFormsPerSurface = 12

// NewLinker returns a linker whose dictionary is rebuilt after ttl.
func NewLinker(store kg.Reader, ttl time.Duration) *Linker {
	return &Linker{store: store, ttl: ttl}
}

// Invalidate forces a rebuild before the next lookup, e.g. after ingest.
func (l *Linker) Invalidate() {
	l.mu.Lock()
	l.dict = nil
	l.mu.Unlock()
}

func (l *Linker) dictionary(ctx context.Context) (map[string][]dictEntry, int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.dict != nil && time.Since(l.built) < l.ttl {
		return l.dict, l.max, nil
	}
	lister, ok := l.store.(kg.NameLister)
	if !ok {
		return nil, 0, nil
	}
	dict := map[string][]dictEntry{}
	max := 0
	err := lister.EntityNames(ctx, kg.Restricted, func(n kg.EntityName) error {
		form := foldName(n.Surface)
		if !linkable(form) {
			return nil
		}
		// "Brand (play)" is written "Brand" in text: the bracket only
		// tells same-named things apart.
		if base := withoutQualifier(n.Surface); base != "" && linkable(base) {
			dict[base] = addEntry(dict[base], dictEntry{id: n.EntityID, aud: n.Audience})
		}
		if c := utf8.RuneCountInString(form); c > max {
			max = c
		}
		e := dictEntry{id: n.EntityID, aud: n.Audience}
		dict[form] = addEntry(dict[form], e)
		// People ask for "the M10x30 bolts" when the BOM says
		// "GB/T 5783 M10x30": codes inside a name link on their own.
		codes := codeTokens(form)
		for _, code := range codes {
			if code != form {
				dict[code] = addEntry(dict[code], e)
			}
			// ... and "CAS-00" for "CP200-CAS-00": the product's model
			// goes without saying.
			if short := withoutModelPrefix(code); short != "" {
				dict[short] = addEntry(dict[short], e)
			}
		}
		// "Shanghai Baoli Fasteners Co" is asked about without its "Co".
		if n.Type == kg.Supplier {
			if base := withoutLegalForm(form); base != form && linkable(base) && strings.Contains(base, " ") {
				dict[base] = addEntry(dict[base], e)
			}
			// ... and by its place and brand alone: "Shanghai Baoli"
			if short := placeAndBrand(withoutLegalForm(form)); short != "" && linkable(short) {
				dict[short] = addEntry(dict[short], e)
			}
		}
		// "Control box CP200-CTL-00" is asked about as "the control box".
		if base := stripCodes(form, codes); base != form && linkable(base) {
			dict[base] = addEntry(dict[base], e)
		}
		return nil
	})
	if err != nil {
		return nil, 0, kg.Wrap("retrieval.dictionary", err)
	}
	l.dict, l.max, l.built = dict, max, time.Now()
	l.starts = formStarts(dict)
	return dict, max, nil
}

// placeAndBrand is the first two words of a company's name of three or
// more, its trade and legal form left off: "shanghai baoli" of "shanghai
// baoli fasteners".
func placeAndBrand(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 {
		return ""
	}
	return w[0] + " " + w[1]
}

func addEntry(list []dictEntry, e dictEntry) []dictEntry {
	for i, x := range list {
		if x.id == e.id {
			if e.aud < x.aud {
				list[i].aud = e.aud
			}
			return list
		}
	}
	return append(list, e)
}

// codeTokens are the words of a name that mix letters and digits, such as
// part numbers, thread sizes and model codes.
func codeTokens(form string) []string {
	var out []string
	words := strings.FieldsFunc(form, func(r rune) bool { return r == ' ' || textseg.IsCJK(r) })
	for _, w := range words {
		w = strings.Trim(w, ".-/+#")
		letters, digits := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsDigit(r):
				digits++
			case unicode.IsLetter(r) && !textseg.IsCJK(r):
				letters++
			}
		}
		if letters > 0 && digits > 0 && len(w) >= 4 && !ordinal(w) && !measureAdjective.MatchString(w) {
			out = append(out, w)
		}
	}
	return out
}

// withoutModelPrefix is a part number of three or more dashed segments
// without its first, when that first is a model code (letters and
// digits, "cp200") and what remains is itself a code ("cas-00"); "" for
// any other code.
func withoutModelPrefix(code string) string {
	head, rest, ok := strings.Cut(code, "-")
	if !ok || strings.Count(rest, "-") == 0 || len(codeTokens(head)) == 0 {
		return ""
	}
	if codes := codeTokens(rest); len(codes) != 1 || codes[0] != rest {
		return ""
	}
	return rest
}

// ordinal reports whether w is an English ordinal ("51st", "26th"): a
// word of a name, not a code; "51st state" must not link every "state".
// measureAdjective is a figure joined to its unit as one word before a
// noun ("15-minute jobs", "a 2-hour repair", "the 5-year warranty"): a
// quantity the documents write as a figure, not a code.
var measureAdjective = regexp.MustCompile(`^\d+(?:[.,]\d+)?-(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|metres?|meters?|litres?|liters?|kilos?|kilograms?|tonnes?|tons?|inch(?:es)?|foot|feet|degrees?)$`)

func ordinal(w string) bool {
	i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) })
	if i <= 0 {
		return false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

func stripCodes(form string, codes []string) string {
	if len(codes) == 0 {
		return form
	}
	var kept []string
	for _, w := range strings.Fields(form) {
		if !slices.Contains(codes, w) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// foldName is kg.NormalizeName without accents, so "Aschenbrodel" names
// "Aschenbrödel".
func foldName(s string) string {
	s = kg.NormalizeName(s)
	for _, r := range s {
		if r >= 0xC0 && r < 0x2000 { // Latin, Greek and Cyrillic letters with marks
			return foldAccents(s)
		}
	}
	return s
}

func foldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// withoutQualifier is a name's folded form before a closing bracketed
// qualifier ("Brand (play)" → "brand"), or "" when it has none.
func withoutQualifier(name string) string {
	name = strings.TrimSpace(name)
	if !strings.HasSuffix(name, ")") {
		return ""
	}
	i := strings.LastIndex(name, "(")
	if i <= 0 {
		return ""
	}
	return foldName(name[:i])
}

// linkable keeps surfaces long enough to mean something: two CJK characters
// or three Latin ones, and not a stopword.
func linkable(form string) bool {
	n := utf8.RuneCountInString(form)
	if Stopword(form) || n == 0 {
		return false
	}
	if textseg.HasCJK(form) {
		return n >= 2
	}
	return n >= 3
}

// Link returns the entities the question mentions, visible at clearance.
func (l *Linker) Link(ctx context.Context, clearance kg.Audience, question string) ([]Linked, error) {
	c, err := l.candidates(ctx, clearance, question)
	if err != nil {
		return nil, err
	}
	if !c.listed {
		return l.linkByName(ctx, clearance, question)
	}
	var ents []kg.Entity
	if len(c.ids) > 0 {
		if ents, err = l.store.Entities(ctx, clearance, c.ids); err != nil {
			return nil, kg.Wrap("retrieval.link", err)
		}
	}
	return c.linked(ents), nil
}

// linkCandidates are the entities a question may name, found in the
// dictionary: fetching them with the caller's clearance links them.
type linkCandidates struct {
	ids      []string          // longest surface first
	surfaces map[string]string // entity id -> surface
	// listed is false when the store cannot list names: the question is
	// then linked by searching names, and ids is empty.
	listed bool
}

func (l *Linker) candidates(ctx context.Context, clearance kg.Audience, question string) (linkCandidates, error) {
	dict, max, err := l.dictionary(ctx)
	if err != nil {
		return linkCandidates{}, err
	}
	c := linkCandidates{surfaces: map[string]string{}, listed: dict != nil}
	for _, m := range matchBothStops(dict, max, foldName(question), l.startsOf()) {
		entries := dict[m]
		if len(entries) > maxFormsPerSurface {
			continue
		}
		for _, e := range entries {
			if e.aud <= clearance && c.surfaces[e.id] == "" {
				c.surfaces[e.id] = m
				c.ids = append(c.ids, e.id)
			}
		}
	}
	sort.SliceStable(c.ids, func(i, j int) bool {
		return utf8.RuneCountInString(c.surfaces[c.ids[i]]) > utf8.RuneCountInString(c.surfaces[c.ids[j]])
	})
	return c, nil
}

// linked pairs the candidates fetched, in the order of ids, with their
// surfaces.
func (c linkCandidates) linked(ents []kg.Entity) []Linked {
	var out []Linked
	for _, e := range ents {
		out = append(out, Linked{Entity: e, Surface: c.surfaces[e.ID], Via: "dictionary"})
	}
	return out
}

func (l *Linker) linkByName(ctx context.Context, clearance kg.Audience, question string) ([]Linked, error) {
	ents, err := l.store.FindEntities(ctx, clearance, kg.EntityQuery{Text: question, Limit: 5})
	if err != nil {
		return nil, kg.Wrap("retrieval.link", err)
	}
	var out []Linked
	for _, e := range ents {
		out = append(out, Linked{Entity: e, Surface: e.Name, Via: "fulltext"})
	}
	sort.SliceStable(out, func(i, j int) bool {
		return utf8.RuneCountInString(out[i].Surface) > utf8.RuneCountInString(out[j].Surface)
	})
	return out, nil
}

func formStarts(dict map[string][]dictEntry) map[string]bool {
	starts := make(map[string]bool, len(dict)/4)
	for form := range dict {
		r := []rune(form)
		starts[string(r[:min(2, len(r))])] = true
	}
	return starts
}

func (l *Linker) startsOf() map[string]bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.starts
}

// matchDictionary returns the longest non-overlapping dictionary forms in
// q. starts, when given, are the forms' first runes (see Linker.starts).
func matchDictionary(dict map[string][]dictEntry, max int, q string, starts map[string]bool) []string {
	if len(dict) == 0 {
		return nil
	}
	t := newSpelledText(q)
	r, span := t.r, t.span
	var found []string
	for i := 0; i < len(r); {
		if !startBoundary(r, i) || starts != nil && !starts[span(i, min(i+2, len(r)))] && !starts[span(i, i+1)] {
			i++
			continue
		}
		matched := 0
		for j := min(len(r), i+max); j > i; j-- {
			if !endBoundary(r, j) || insideLongerWord(r, i, j) {
				continue
			}
			if _, ok := dict[span(i, j)]; ok {
				matched = j - i
				found = append(found, span(i, j))
				break
			}
			// "drive motors" names the "motor", "rocker-bogie" the "rocker bogie".
			if form := otherForm(dict, t, i, j); form != "" {
				matched = j - i
				found = append(found, form)
				break
			}
		}
		if matched > 0 {
			i += matched
		} else {
			i++
		}
	}
	return found
}

// runeSpans returns span(i, j), the text of runes r[i:j] of q, which is
// string(r[i:j]). Matching looks up every span of a passage, so for valid
// UTF-8 it slices q rather than building a new string each time; an
// invalid byte became one U+FFFD in r, so such text is built from r.
func runeSpans(q string, r []rune) func(i, j int) string {
	if !utf8.ValidString(q) {
		return func(i, j int) string { return string(r[i:j]) }
	}
	at := make([]int, 0, len(r)+1)
	for b := range q {
		at = append(at, b)
	}
	at = append(at, len(q))
	return func(i, j int) string { return q[at[i]:at[j]] }
}

// otherForm is the dictionary form the span r[i:j] of t names in another
// spelling: its singular, or its words joined by a hyphen written apart.
func otherForm(dict map[string][]dictEntry, t *spelledText, i, j int) string {
	if pluralS(t.r[i:j]) {
		if _, ok := dict[t.span(i, j-1)]; ok {
			return t.span(i, j-1)
		}
	}
	if form := t.unhyphened(i, j); form != "" {
		if _, ok := dict[form]; ok {
			return form
		}
	}
	return ""
}

// spelledText is a text as matching reads its spans. Every span of a
// passage is tried against the dictionary, so the other spellings are
// sliced from texts made once per passage (the singular from the text,
// the hyphens written apart from a copy with every joining hyphen a
// space) rather than each span building and scanning its own copy.
type spelledText struct {
	r       []rune
	span    func(i, j int) string // string(r[i:j])
	hyphens []int                 // joining hyphens before each rune
	spaced  func(i, j int) string // span with every joining hyphen a space; nil when none
}

func newSpelledText(q string) *spelledText {
	t := &spelledText{r: []rune(q)}
	t.span = runeSpans(q, t.r)
	t.hyphens = make([]int, len(t.r)+1)
	for k, c := range t.r {
		t.hyphens[k+1] = t.hyphens[k]
		if k > 0 && k+1 < len(t.r) && c == '-' && letter(t.r[k-1]) && letter(t.r[k+1]) {
			t.hyphens[k+1]++
		}
	}
	if t.hyphens[len(t.r)] > 0 {
		spaced := slices.Clone(t.r)
		for k := range spaced {
			if t.hyphens[k+1] > t.hyphens[k] {
				spaced[k] = ' '
			}
		}
		t.spaced = runeSpans(string(spaced), spaced)
	}
	return t
}

// unhyphened is unhyphened(r[i:j]): "" unless a joining hyphen lies
// inside the span, at i+1 … j-2. The spaced copy differs from the span's
// own only where a hyphen at its first or last rune joins letters
// outside it, which unhyphened keeps.
func (t *spelledText) unhyphened(i, j int) string {
	if j-1 <= i+1 || t.hyphens[j-1] == t.hyphens[i+1] {
		return ""
	}
	if t.r[i] == '-' || t.r[j-1] == '-' {
		return unhyphened(t.r[i:j])
	}
	return t.spaced(i, j)
}

// unhyphened writes a hyphen between two letters as a space ("rocker-bogie"
// is the "rocker bogie"); a part number's hyphens, between digits, stay.
// It is "" when the span has no such hyphen.
func unhyphened(span []rune) string {
	var out []rune // copied at the first hyphen it changes: most spans have none
	for k := 1; k+1 < len(span); k++ {
		if span[k] == '-' && letter(span[k-1]) && letter(span[k+1]) {
			if out == nil {
				out = append([]rune{}, span...)
			}
			out[k] = ' '
		}
	}
	if out == nil {
		return ""
	}
	return string(out)
}

func letter(r rune) bool { return unicode.IsLetter(r) && !textseg.IsCJK(r) }

// matchBothStops matches the question as written, where a name may hold
// its own full stops ("St. Louis"), and then without the full stops that
// end words, where a name ends at one ("Ningbo Jinhai Seal Co. supply").
// A name found the second way inside one found the first is the same
// mention.
func matchBothStops(dict map[string][]dictEntry, max int, q string, starts map[string]bool) []string {
	found := matchDictionary(dict, max, q, starts)
	for _, other := range []string{withoutFullStops(q), latinWithoutDe(q)} {
		if other == q {
			continue
		}
		for _, m := range matchDictionary(dict, max, other, starts) {
			if !slices.ContainsFunc(found, func(f string) bool { return strings.Contains(f, m) }) {
				found = append(found, m)
			}
		}
	}
	return found
}

// reLatinDe is a Chinese 的 between two Latin words: "3x5 的 grid plate"
// names the part "3x5 grid plate" in a Chinese sentence.
var reLatinDe = regexp.MustCompile(`([0-9a-z])\s*的\s*([0-9a-z])`)

func latinWithoutDe(q string) string {
	return reLatinDe.ReplaceAllString(q, "$1 $2")
}

// withoutFullStops drops the full stops that end a question's words, so
// that a name ends there too: "Ningbo Jinhai Seal Co. supply".
func withoutFullStops(q string) string {
	return strings.TrimSuffix(strings.ReplaceAll(q, ". ", " "), ".")
}

// legalForms end company names and are left out when people name them.
var legalForms = []string{" co. ltd.", " co. ltd", " co ltd", " co.", " co", " ltd.", " ltd", " inc.", " inc", " corp.", " corp", " gmbh", " llc", " company"}

// withoutLegalForm is a folded company name without its legal form.
func withoutLegalForm(form string) string {
	for _, f := range legalForms {
		if strings.HasSuffix(form, f) {
			return strings.TrimSpace(strings.TrimSuffix(form, f))
		}
	}
	return form
}

// pluralS reports a span whose last word ends in an English plural "s":
// without it, the span is its singular.
func pluralS(span []rune) bool {
	n := len(span)
	return n >= 4 && span[n-1] == 's' && span[n-2] != 's' && !textseg.IsCJK(span[n-2])
}

func startBoundary(r []rune, i int) bool {
	if r[i] == ' ' {
		return false
	}
	return i == 0 || r[i-1] == ' ' || textseg.IsCJK(r[i]) || textseg.IsCJK(r[i-1]) || sentencePunct(r[i-1])
}

func endBoundary(r []rune, j int) bool {
	if r[j-1] == ' ' {
		return false
	}
	return j == len(r) || r[j] == ' ' || textseg.IsCJK(r[j]) || textseg.IsCJK(r[j-1]) || sentencePunct(r[j])
}

// sentencePunct is punctuation that ends or brackets a name, such as the
// full-width "？" or "（" of a Chinese question; the marks that join the
// parts of a code ("CP200-CAS-00", "GB/T", "M8x1.25") are not.
func sentencePunct(r rune) bool {
	return r != '-' && r != '/' && r != '.' && r != '_' && r != '+' && unicode.IsPunct(r)
}
