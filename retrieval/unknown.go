package retrieval

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// unknownCodes returns the model codes, part numbers and proper names in
// the question that no passage visible to the caller mentions. A question
// about the HF-CP300, or about customers in Brazil, must not be answered
// from documents that never mention them.
func (r *Retriever) unknownCodes(ctx context.Context, clearance kg.Audience, ev *Evidence) ([]string, error) {
	codes := codeTokens(kg.NormalizeName(reHyphenPack.ReplaceAllString(ev.Question.Text, "$1 $2"))) // "2-packs" is no code
	names, err := r.unknownNames(ctx, clearance, ev)
	if err != nil {
		return nil, err
	}
	places, err := r.unknownPlaces(ctx, clearance, ev)
	if err != nil {
		return nil, err
	}
	setups, err := r.unknownSetups(ctx, clearance, ev)
	if err != nil {
		return nil, err
	}
	names = append(append(names, places...), setups...)
	if len(codes) == 0 {
		return names, nil
	}
	var known, raw strings.Builder
	for _, it := range ev.Items {
		known.WriteString(kg.NormalizeName(it.Chunk.Text) + " ")
		raw.WriteString(strings.ToLower(it.Chunk.Text) + " ")
	}
	for _, l := range ev.Linked {
		known.WriteString(kg.NormalizeName(l.Entity.Name+" "+strings.Join(l.Entity.Aliases, " ")) + " ")
	}
	var unknown []string
	owned := askersOwn(ev.Question.Text)
	for figure := range AskersFigures(ev.Question.Text) {
		owned[figure] = true
	}
	for figure := range SituationFigures(ev.Question.Text) {
		owned[figure] = true
	}
	for _, code := range codes {
		if owned[code] {
			continue // "手边只有 M4x10 的": what the asker has, not what is asked about
		}
		if strings.Contains(known.String(), code) || knownQuantity(known.String(), code) || BoundsQuantity(raw.String(), code) {
			continue
		}
		found, err := r.mentioned(ctx, clearance, code)
		if err != nil {
			return nil, err
		}
		if !found {
			unknown = append(unknown, code)
		}
	}
	return append(unknown, names...), nil
}

// reAskersOwn is what the asker says they have at hand: "手边只有 M4x10
// 的", "we only have M4x10 screws".
var reAskersOwn = regexp.MustCompile(`(?i)(?:手边|手上|手头|身边|库里|仓库里)(?:只有|就有|有)\s*([A-Za-z0-9][A-Za-z0-9x×.\-]*)|\b(?:i|we)(?:'ve| have)? (?:only )?(?:got|have)(?: only)? (?:some |a few |a couple of )?([a-z0-9][a-z0-9x×.\-]*\d[a-z0-9x×.\-]*)`)

// askersOwn are the codes of the things the asker says they have.
func askersOwn(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range reAskersOwn.FindAllStringSubmatch(text, -1) {
		for _, g := range m[1:] {
			if g != "" {
				out[kg.NormalizeName(g)] = true
			}
		}
	}
	return out
}

// mentioned searches the store for code, for a size designation also as
// written with its unit ("M3x25" as "M3x25mm"), which the index holds as
// one token, and for a figure glued to its unit ("60hz") also as written
// apart ("60 Hz").
func (r *Retriever) mentioned(ctx context.Context, clearance kg.Audience, code string) (bool, error) {
	forms := []string{code}
	if figure, unit, ok := GluedQuantity(code); ok {
		forms = append(forms, figure+" "+unit) // "60hz" as the documents write it: "60 Hz"
	}
	if last := code[len(code)-1]; last >= '0' && last <= '9' {
		for _, u := range DesignationUnits {
			forms = append(forms, code+u)
		}
	}
	for _, f := range forms {
		hits, err := r.store.SearchChunks(ctx, clearance, kg.ChunkQuery{Text: f, Limit: 5})
		if err != nil {
			return false, err
		}
		if anyMentions(hits, f) {
			return true, nil
		}
	}
	return false, nil
}

// sizeDesignation is a size written as dimensions ("m3x25", "30x2"),
// which a parts list may write against its unit.
var sizeDesignation = regexp.MustCompile(`^[a-z]?\d+(?:\.\d+)?x\d+(?:\.\d+)?$`)

// DesignationUnits are the units a size designation is written against
// ("M3x25mm", "30x2mm").
var DesignationUnits = []string{"mm"}

// unknownNames checks the capitalised words inside an English question
// ("Brazil", "CEO"): a proper name no visible passage contains.
func (r *Retriever) unknownNames(ctx context.Context, clearance kg.Audience, ev *Evidence) ([]string, error) {
	var out []string
	for _, w := range properNames(ev.Question.Text) {
		tok := textseg.Tokens(w)
		if len(tok) != 1 {
			continue
		}
		found := false
		forms := conceptForms(w)
		for _, it := range ev.Items {
			// An acronym of the trade ("VFD") is no proper name where a
			// passage writes its concept out ("frequency inverter").
			have := passageTokens(it.Chunk)
			if have[tok[0]] || slices.ContainsFunc(forms, func(seq []string) bool { return allIn(seq, have) }) {
				found = true
				break
			}
		}
		if found {
			continue
		}
		hits, err := r.store.SearchChunks(ctx, clearance, kg.ChunkQuery{Text: w, Limit: 3})
		if err != nil {
			return nil, err
		}
		if len(hits) == 0 {
			out = append(out, w)
		}
	}
	return out, nil
}

// properNames are words after the first that start with a capital letter
// and are made of letters only, and an acronym that opens the question.
func properNames(q string) []string {
	var out []string
	sentenceStart := true
	prev, prev2 := "", ""
	for _, raw := range strings.Fields(q) {
		w := singularAcronym(strings.Trim(raw, ".,;:!?\"'()"))
		first := sentenceStart
		sentenceStart = strings.ContainsAny(raw[len(raw)-1:], ".?!")
		owned := ownerWords[prev] || prev == "the" && placedIn[prev2] || zhPlacedIn.MatchString(prev)
		prev, prev2 = strings.ToLower(w), prev
		if first && !acronym(w) || len(w) < 3 || !unicode.IsUpper(rune(w[0])) || Stopword(strings.ToLower(w)) || domainWord(w) || monthNames[strings.ToLower(w)] || owned && plantSystems[strings.ToLower(w)] {
			continue
		}
		letters := true
		for _, r := range w {
			letters = letters && unicode.IsLetter(r) && r < 128
		}
		if letters {
			out = append(out, w)
		}
	}
	return out
}

// monthNames are dates, which records write in figures ("in June 2025"
// is the order of 2025-06-06): no passage need spell one out.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// singularAcronym reads an acronym's plural as the acronym ("RPNs" as
// "RPN"), which is what a passage writes.
func singularAcronym(w string) string {
	if n := len(w); n >= 4 && w[n-1] == 's' && acronym(w[:n-1]) {
		return w[:n-1]
	}
	return w
}

// acronym is a word of capitals only ("MTBF"): a name even where it
// opens the question, as a capitalised ordinary word does not.
func acronym(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return len(w) >= 3
}

func anyMentions(hits []kg.ScoredChunk, code string) bool {
	for _, h := range hits {
		if strings.Contains(kg.NormalizeName(h.Text), code) {
			return true
		}
	}
	return false
}

// domainWord: acronyms of the trade (FMEA, RPN, BOM) name kinds of
// document and figure, not things a passage must mention by name.
func domainWord(w string) bool {
	lw := strings.ToLower(w)
	if documentAcronyms[lw] {
		return true
	}
	for _, ic := range intentCues {
		for _, c := range ic.cues {
			if c == lw {
				return true
			}
		}
	}
	return false
}

// documentAcronyms name the records and documents of the trade, as
// plurals too ("how many WOs"): a kind of record, not a proper name.
var documentAcronyms = map[string]bool{"wo": true, "wos": true, "sop": true, "sops": true, "boms": true, "fmeas": true, "ncr": true, "ncrs": true, "ecn": true, "ecns": true}

// plantSystems are the asker's own control and business systems ("hook
// it up to our SCADA", "from the MCC"): where the asker will use the
// answer, not a thing the documents must name.
// They are the asker's where the asker says so ("our SCADA"); "does the
// pump come with a PLC" asks for one.
var ownerWords = map[string]bool{"our": true, "my": true, "their": true, "your": true}

// placedIn put the pump's wiring or signals where a system of the
// asker's is: "laying out the MCC", "from the MCC", "into the SCADA".
var placedIn = map[string]bool{"out": true, "from": true, "into": true, "to": true, "in": true, "on": true, "wiring": true, "wire": true, "feeding": true}

// zhPlacedIn is the Chinese of both: "接到 DCS 上", "我们的 PLC".
var zhPlacedIn = regexp.MustCompile(`(?:接到|接入|接进|接至|连到|连接到|连进|传到|上传到|送到|进|我们的?|我厂的?|厂里的?|现场的?)$`)

var plantSystems = map[string]bool{"scada": true, "plc": true, "plcs": true, "hmi": true, "dcs": true, "mcc": true, "bms": true, "erp": true, "cmms": true, "mes": true, "ups": true}

// gluedQuantity is a figure written against its unit ("380v", "7.5kw").
var gluedQuantity = regexp.MustCompile(`^(\d+(?:[.,]\d+)?)([a-zµμ°℃²³/·.]+)$`)

// GluedQuantity splits a figure written against its unit ("380v") into
// the two.
func GluedQuantity(code string) (figure, unit string, ok bool) {
	m := gluedQuantity.FindStringSubmatch(code)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// knownQuantity reports a figure and unit the question writes together
// that the evidence writes apart ("380 V"): a quantity, not a code.
func knownQuantity(known, code string) bool {
	figure, unit, ok := GluedQuantity(code)
	if !ok {
		return false
	}
	return strings.Contains(known, figure+" "+unit)
}

// BoundsQuantity reports, in a lower-case text, for a figure the question gives ("carrying
// something like 600g"), a passage that bounds it in the same unit ("when
// the load is > 500g"): the rule speaks to any figure, though none is the
// question's own.
func BoundsQuantity(text, code string) bool {
	_, unit, ok := GluedQuantity(code)
	if !ok {
		return false
	}
	for _, m := range reBoundedQuantity.FindAllStringSubmatch(text, -1) {
		if m[1] == unit || m[2] == unit {
			return true
		}
	}
	return false
}

// reBoundedQuantity is a figure with its unit after a bound, or a bound
// after it: "> 500g", "more than 2 kg", "500g以上".
var reBoundedQuantity = regexp.MustCompile(`(?:[<>≤≥]=?|\b(?:above|over|below|under|more than|less than|at least|at most|up to|exceeds?)\b|超过|大于|小于|不超过|不大于|不小于)\s*\d+(?:\.\d+)?\s*([a-zµ°]+)\b|\d+(?:\.\d+)?\s*([a-zµ°]+)\s*(?:以上|以下|以内)`)

// An arrangement of several machines ("两台并联运行", "two pumps in
// series") is a setup of the asker's the documents must describe: a
// single pump's maximum flow says nothing of what two in parallel give.
var setupForms = []namedForms{
	{severalMachines("in parallel|parallel operation|parallel running", "并联"), []string{"parallel", "并联"}},
	{severalMachines("in series|series operation|series running", "串联"), []string{"in series", "series operation", "串联"}},
}

// namedForms is a thing a question may name (asked) and the forms in
// which a passage that knows it writes it.
type namedForms struct {
	asked *regexp.Regexp
	forms []string
}

// A term of sale ("最少要订几台", "what's the MOQ") is stated in a price
// list or a contract, if anywhere: a minimum flow or "at least 4 mm²"
// cable must not stand in for a minimum order.
var saleTermForms = []namedForms{
	{regexp.MustCompile(`(?i)\b(?:moq|minimum order(?: quantity)?|min\.? order|smallest order|order minimum)\b|起订量|最小订货量|最低订货量|最小订购量|最少(?:要|得|需要)?(?:订|买|采购)|起订`), []string{"起订", "订货量", "订购量", "minimum order", "moq", "order quantity"}},
}

// unknownUnlessNamed are the setups and terms of sale unknownSetups looks for.
var unknownUnlessNamed = slices.Concat(setupForms, saleTermForms)

// severalMachines asks for an arrangement of more than one machine: a
// resistor "in series with the LED" is a circuit, not a setup.
func severalMachines(en, zh string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:two|2|three|several|multiple|both)\b[^.?!]{0,40}\b(?:` + en + `)\b|` +
		`(?:两台|多台|几台|二台|三台|\d台)[^。？！?!]{0,12}(?:` + zh + `)|(?:` + zh + `)(?:运行|使用|工作)`)
}

// unknownSetups returns the arrangements and terms of sale the question
// names that no visible passage mentions, in either language.
func (r *Retriever) unknownSetups(ctx context.Context, clearance kg.Audience, ev *Evidence) ([]string, error) {
	var out []string
	for _, s := range unknownUnlessNamed {
		asked := s.asked.FindString(ev.Question.Text)
		if asked == "" {
			continue
		}
		found := false
		for _, f := range s.forms {
			hits, err := r.store.SearchChunks(ctx, clearance, kg.ChunkQuery{Text: f, Limit: 5})
			if err != nil {
				return nil, err
			}
			if slices.ContainsFunc(hits, func(h kg.ScoredChunk) bool { return strings.Contains(strings.ToLower(h.Text), f) }) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, asked)
		}
	}
	return out, nil
}
