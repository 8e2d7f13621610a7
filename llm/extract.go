package llm

import (
	"context"
	"encoding/json"
	"maps"
	"net/http"
	"strings"
	"sync"

	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/kg"
	"github.com/tmc/langchaingo/llms"
)

// Extractor finds entities and relations in prose chunks with the
// configured extraction models. Each model is asked in turn; one whose
// answer is not the JSON asked for is passed over like one that failed.
// When every model fails, the chunk yields no model facts and the document
// keeps what the rules found. It is safe for concurrent use.
type Extractor struct {
	Models []Model
	Tries  int
	Cache  *ExtractCache // nil: every chunk costs a call

	mu    sync.Mutex
	total extract.Usage // every chunk's usage so far, merged
}

var _ extract.ChunkExtractor = (*Extractor)(nil)

// ExtractStats is what extraction cost and what it threw away.
type ExtractStats struct {
	Chunks    int            // chunks asked about
	CacheHits int            // chunks answered from the cache
	Failed    int            // chunks no model answered usefully
	Calls     int            // model calls, retries included
	TokensIn  int            // input tokens over all calls
	TokensOut int            // output tokens over all calls
	Cost      float64        // in the spec's price unit
	Dropped   map[string]int // invalid items, by reason
}

// NewChunkExtractor opens cfg.Extract's models. cache may be nil.
func NewChunkExtractor(cfg Config, getenv func(string) string, hc *http.Client, cache *ExtractCache) (*Extractor, error) {
	if len(cfg.Extract) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "llm.NewChunkExtractor: no extraction models configured")
	}
	x := &Extractor{Tries: cfg.Tries, Cache: cache}
	for _, spec := range cfg.Extract {
		m, err := Open(spec, getenv, hc)
		if err != nil {
			return nil, kg.Wrap("llm.NewChunkExtractor", err)
		}
		spec, _ = spec.withDefaults()
		x.Models = append(x.Models, Model{Spec: spec, LLM: jsonMode{m}})
	}
	return x, nil
}

// jsonMode asks the provider for a JSON object on every call, so models
// that support it cannot wrap the answer in prose.
type jsonMode struct{ llms.Model }

func (j jsonMode) GenerateContent(ctx context.Context, msgs []llms.MessageContent, opts ...llms.CallOption) (*llms.ContentResponse, error) {
	return j.Model.GenerateContent(ctx, msgs, append(opts, llms.WithJSONMode())...)
}

// Stats returns a copy of the counters so far.
func (x *Extractor) Stats() ExtractStats {
	x.mu.Lock()
	defer x.mu.Unlock()
	t := x.total.Totals()
	s := ExtractStats{Chunks: x.total.Chunks, CacheHits: x.total.CacheHits, Failed: x.total.Failed,
		Calls: t.Calls, TokensIn: t.TokensIn, TokensOut: t.TokensOut, Cost: t.Cost, Dropped: map[string]int{}}
	maps.Copy(s.Dropped, x.total.Dropped)
	return s
}

// ExtractChunk implements extract.ChunkExtractor. The facts carry what
// this chunk cost, so the ingest report can show it per document.
func (x *Extractor) ExtractChunk(ctx context.Context, c kg.Chunk, subject string) (extract.Facts, error) {
	if err := ctx.Err(); err != nil {
		return extract.Facts{}, kg.Wrap("llm.ExtractChunk", err)
	}
	u := &extract.Usage{Chunks: 1}
	f, err := x.extractChunk(ctx, c, subject, u)
	if err != nil {
		return extract.Facts{}, kg.Wrap("llm.ExtractChunk", err)
	}
	x.mu.Lock()
	x.total.Add(u)
	x.mu.Unlock()
	f.Usage = u
	return f, nil
}

func (x *Extractor) extractChunk(ctx context.Context, c kg.Chunk, subject string, u *extract.Usage) (extract.Facts, error) {
	key := extractKey(c.Text, subject)
	if x.Cache != nil {
		for _, m := range x.Models {
			if out, ok := x.Cache.Get(key, m.Spec.String()); ok {
				u.CacheHits++
				return extractFacts(out, c), nil
			}
		}
	}
	msgs := extractMessages(c.Text, subject)
	for _, m := range x.Models {
		out, ok, err := x.ask(ctx, m, msgs, u)
		if err != nil {
			return extract.Facts{}, err
		}
		if !ok {
			continue
		}
		if x.Cache != nil {
			if err := x.Cache.Put(key, m.Spec.String(), out); err != nil {
				return extract.Facts{}, err
			}
		}
		return extractFacts(out, c), nil
	}
	u.Failed++
	return extract.Facts{}, nil
}

// ask runs one model (with its retries) and validates its answer. It
// fails only when the caller is gone; a bad answer is ok=false.
func (x *Extractor) ask(ctx context.Context, m Model, msgs []llms.MessageContent, u *extract.Usage) (extraction, bool, error) {
	chain := &Chain{Models: []Model{m}, Tries: x.Tries}
	gen, err := chain.Generate(ctx, msgs, nil)
	for _, c := range gen.Calls {
		u.AddCall(extract.ModelUsage{Model: m.Spec.String(), Calls: 1, TokensIn: c.TokensIn, TokensOut: c.TokensOut, Cost: c.Cost})
	}
	if ctx.Err() != nil {
		return extraction{}, false, ctx.Err()
	}
	if err != nil {
		return extraction{}, false, nil
	}
	out, dropped, ok := parseExtraction(gen.Text)
	u.Add(&extract.Usage{Dropped: dropped})
	return out, ok, nil
}

// extractFacts turns a validated extraction into facts citing chunk c.
// Ids are built from type and name exactly as the rules build them, so
// resolution merges the two.
func extractFacts(out extraction, c kg.Chunk) extract.Facts {
	src := func(p kg.Props) []kg.Source {
		return []kg.Source{{DocumentID: c.DocumentID, ChunkID: c.ID, Props: copyProps(p)}}
	}
	var f extract.Facts
	ids := map[string]string{}
	for _, e := range out.Entities {
		id := kg.EntityID(e.Type, e.Name)
		ids[kg.NormalizeName(e.Name)] = id
		f.Entities = append(f.Entities, kg.Entity{ID: id, Type: e.Type, Name: e.Name,
			Aliases: e.Aliases, Props: copyProps(e.Props), Sources: src(nil)})
	}
	for _, r := range out.Relations {
		from, to := ids[kg.NormalizeName(r.From)], ids[kg.NormalizeName(r.To)]
		f.Relations = append(f.Relations, kg.Relation{ID: kg.RelationID(r.Type, from, to), Type: r.Type,
			From: from, To: to, Props: copyProps(r.Props), Sources: src(r.Props)})
	}
	return f
}

func copyProps(p map[string]string) kg.Props {
	if len(p) == 0 {
		return nil
	}
	out := make(kg.Props, len(p))
	for k, v := range p {
		out[k] = v
	}
	return out
}

func extractMessages(text, subject string) []llms.MessageContent {
	var b strings.Builder
	if subject != "" {
		b.WriteString("Document subject: " + oneLine(subject) + "\n")
	}
	b.WriteString("Passage:\n<<<\n" + text + "\n>>>")
	return []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, extractPrompt()),
		llms.TextParts(llms.ChatMessageTypeHuman, b.String()),
	}
}

// extractPromptVersion is part of every cache key: a changed prompt asks
// again instead of serving answers to the old one.
const extractPromptVersion = "extract-v1"

// extractPrompt states the ontology and the graph's conventions; the
// allowlists come from kg so the prompt cannot drift from what validation
// accepts.
func extractPrompt() string {
	return `You extract a knowledge graph from one passage of a manufacturer's document (manuals, BOMs, FMEA sheets, process specs, maintenance logs; Chinese or English).
Answer with one JSON object and nothing else:
{"entities":[{"type":"...","name":"...","aliases":["..."],"props":{"key":"value"}}],
 "relations":[{"type":"...","from":"<entity name>","to":"<entity name>","props":{"key":"value"}}]}
Entity types (use exactly these): ` + strings.Join(kg.EntityTypes(), ", ") + `.
Relation types (use exactly these): ` + strings.Join(kg.RelationTypes(), ", ") + `.
Directions: whole HAS_PART part; thing MADE_OF material; product PRODUCED_BY process; process HAS_STEP step; step NEXT_STEP step; process USES tool/equipment/part; thing HAS_PARAMETER parameter; item HAS_FAILURE_MODE failure mode; failure mode CAUSED_BY cause; failure mode HAS_SYMPTOM symptom; failure mode HAS_EFFECT effect; failure mode DETECTED_BY control; failure mode REMEDIED_BY action; thing COMPLIES_WITH standard; part SUPPLIED_BY supplier; equipment MAINTAINED_BY action.
Rules:
- Only facts the passage states. Names as written in the passage; no invented entities.
- Every relation endpoint must be the name of an entity in "entities". When a fact is about the document subject and names no other owner, use the subject as a Product.
- Parameters: the Parameter entity is the quantity's name ("rated power"); the value goes on the HAS_PARAMETER relation as props value and unit ("value":"2.2","unit":"kW"), with min, max, tolerance when given.
- Quantities in a parts list go on HAS_PART as props qty (and unit when not pieces). A part number goes in the part's props as part_no.
- aliases: the name in the other language (Chinese for English names, English for Chinese) when the passage or common usage gives it, and abbreviations.
- Every prop value is a string, exactly as written ("0.5", not 0.5).
- If the passage states no such facts, answer {"entities":[],"relations":[]}.`
}

// extraction is a validated answer, independent of the chunk it came from,
// so the cache can serve it for the same text anywhere.
type extraction struct {
	Entities  []extractedEntity   `json:"entities"`
	Relations []extractedRelation `json:"relations"`
}

type extractedEntity struct {
	Type    string            `json:"type"`
	Name    string            `json:"name"`
	Aliases []string          `json:"aliases,omitempty"`
	Props   map[string]string `json:"props,omitempty"`
}

type extractedRelation struct {
	Type  string            `json:"type"`
	From  string            `json:"from"`
	To    string            `json:"to"`
	Props map[string]string `json:"props,omitempty"`
}

// Reasons an item of an answer is dropped, as counted in ExtractStats.
const (
	dropShape       = "bad_shape"
	dropEntityType  = "unknown_entity_type"
	dropRelType     = "unknown_relation_type"
	dropEmptyName   = "empty_name"
	dropEndpoint    = "missing_endpoint"
	dropSelfLoop    = "self_loop"
	dropPropNotText = "prop_not_string"
)

// parseExtraction reads a model's answer. It repairs what it safely can
// (code fences, type synonyms, numbers as props, reversed relation names)
// and drops the rest item by item; ok is false only when the answer is not
// a JSON object at all.
func parseExtraction(text string) (extraction, map[string]int, bool) {
	dropped := map[string]int{}
	var raw struct {
		Entities  []json.RawMessage `json:"entities"`
		Relations []json.RawMessage `json:"relations"`
	}
	body := extractJSONObject(text)
	if body == "" || json.Unmarshal([]byte(body), &raw) != nil {
		return extraction{}, dropped, false
	}
	var out extraction
	names := map[string]bool{}
	addEntity := func(e extractedEntity) {
		if k := kg.NormalizeName(e.Name); !names[k] {
			names[k] = true
			out.Entities = append(out.Entities, e)
		}
	}
	for _, b := range raw.Entities {
		e, reason := parseEntity(b, dropped)
		if reason != "" {
			dropped[reason]++
			continue
		}
		addEntity(e)
	}
	for _, b := range raw.Relations {
		r, ends, reason := parseRelation(b, dropped)
		for _, e := range ends {
			addEntity(e)
		}
		switch {
		case reason != "":
		case !names[kg.NormalizeName(r.From)] || !names[kg.NormalizeName(r.To)]:
			reason = dropEndpoint
		case kg.NormalizeName(r.From) == kg.NormalizeName(r.To):
			reason = dropSelfLoop
		}
		if reason != "" {
			dropped[reason]++
			continue
		}
		out.Relations = append(out.Relations, r)
	}
	return out, dropped, true
}

// extractJSONObject cuts the outermost object out of text, past the code
// fences and remarks that models add even in JSON mode.
func extractJSONObject(text string) string {
	i, j := strings.Index(text, "{"), strings.LastIndex(text, "}")
	if i < 0 || j < i {
		return ""
	}
	return text[i : j+1]
}

type rawEntity struct {
	Type    string          `json:"type"`
	Name    string          `json:"name"`
	Aliases json.RawMessage `json:"aliases"`
	Props   json.RawMessage `json:"props"`
}

func parseEntity(b json.RawMessage, dropped map[string]int) (extractedEntity, string) {
	var r rawEntity
	if json.Unmarshal(b, &r) != nil {
		return extractedEntity{}, dropShape
	}
	return checkEntity(r, dropped)
}

func checkEntity(r rawEntity, dropped map[string]int) (extractedEntity, string) {
	typ, ok := entityType(r.Type)
	if !ok {
		return extractedEntity{}, dropEntityType
	}
	e := extractedEntity{Type: typ, Name: cleanName(r.Name), Props: parseProps(r.Props, dropped)}
	if e.Name == "" || kg.NormalizeName(e.Name) == "" {
		return extractedEntity{}, dropEmptyName
	}
	for _, a := range parseAliases(r.Aliases) {
		if a = cleanName(a); a != "" && kg.NormalizeName(a) != kg.NormalizeName(e.Name) {
			e.Aliases = append(e.Aliases, a)
		}
	}
	return e, ""
}

// parseRelation reads one relation. An endpoint written as an entity
// object rather than a name is accepted, and returned in ends so that it
// becomes an entity too.
func parseRelation(b json.RawMessage, dropped map[string]int) (extractedRelation, []extractedEntity, string) {
	var r struct {
		Type  string          `json:"type"`
		From  json.RawMessage `json:"from"`
		To    json.RawMessage `json:"to"`
		Props json.RawMessage `json:"props"`
	}
	if json.Unmarshal(b, &r) != nil {
		return extractedRelation{}, nil, dropShape
	}
	var ends []extractedEntity
	from, e1 := endpoint(r.From, dropped)
	target, e2 := endpoint(r.To, dropped)
	ends = append(append(ends, e1...), e2...)
	typ, swap, ok := relationType(r.Type)
	if !ok {
		return extractedRelation{}, ends, dropRelType
	}
	if swap {
		from, target = target, from
	}
	if from == "" || target == "" {
		return extractedRelation{}, ends, dropEndpoint
	}
	return extractedRelation{Type: typ, From: from, To: target, Props: parseProps(r.Props, dropped)}, ends, ""
}

func endpoint(b json.RawMessage, dropped map[string]int) (string, []extractedEntity) {
	var name string
	if json.Unmarshal(b, &name) == nil {
		return cleanName(name), nil
	}
	var r rawEntity
	if json.Unmarshal(b, &r) != nil {
		return "", nil
	}
	e, reason := checkEntity(r, dropped)
	if reason != "" {
		return "", nil
	}
	return e.Name, []extractedEntity{e}
}

func parseAliases(b json.RawMessage) []string {
	var list []string
	if json.Unmarshal(b, &list) == nil {
		return list
	}
	var one string
	if json.Unmarshal(b, &one) == nil {
		return strings.Split(one, "|")
	}
	return nil
}

// parseProps keeps string values, writes numbers and booleans as the
// model wrote them, and drops nested values, which the graph cannot hold.
func parseProps(b json.RawMessage, dropped map[string]int) map[string]string {
	var raw map[string]json.RawMessage
	if len(b) == 0 || json.Unmarshal(b, &raw) != nil {
		return nil
	}
	out := map[string]string{}
	for k, v := range raw {
		k = strings.ToLower(strings.TrimSpace(k))
		s, ok := propText(v)
		if !ok {
			dropped[dropPropNotText]++
			continue
		}
		if k != "" && s != "" {
			out[k] = s
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func propText(v json.RawMessage) (string, bool) {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return strings.TrimSpace(s), true
	}
	t := strings.TrimSpace(string(v))
	switch {
	case t == "null":
		return "", true
	case t == "true" || t == "false":
		return t, true
	case t != "" && (t[0] == '-' || t[0] >= '0' && t[0] <= '9'):
		return t, true // a JSON number, digits as written
	}
	return "", false
}

// cleanName trims a name the way the rules do, so ids agree.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.Trim(s, " ,.;:，。；：、\"'“”")
}

// entitySynonyms maps words models use for the ontology's types. Keys are
// lower-case letters only.
var entitySynonyms = map[string]string{
	"component": kg.Part, "subcomponent": kg.Part, "sparepart": kg.Part, "spare": kg.Part, "consumable": kg.Part,
	"subassembly": kg.Assembly, "module": kg.Assembly, "subsystem": kg.Assembly, "system": kg.Assembly,
	"machine": kg.Equipment, "device": kg.Equipment, "plant": kg.Equipment,
	"failure": kg.FailureMode, "fault": kg.FailureMode, "defect": kg.FailureMode, "malfunction": kg.FailureMode,
	"rootcause": kg.Cause, "reason": kg.Cause,
	"observation": kg.Symptom, "sign": kg.Symptom,
	"remedy": kg.Action, "fix": kg.Action, "repair": kg.Action, "maintenanceaction": kg.Action, "task": kg.Action, "activity": kg.Action,
	"specification": kg.Parameter, "spec": kg.Parameter, "property": kg.Parameter, "attribute": kg.Parameter, "quantity": kg.Parameter,
	"vendor": kg.Supplier, "manufacturer": kg.Supplier,
	"norm": kg.Standard, "regulation": kg.Standard,
	"consequence": kg.Effect, "impact": kg.Effect,
	"detection": kg.Control, "inspection": kg.Control,
	"step": kg.Process, "operation": kg.Process, "procedure": kg.Process,
	"substance": kg.Material, "lubricant": kg.Material, "fluid": kg.Material,
	"model": kg.Product,
}

func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, strings.ToLower(s))
}

func entityType(s string) (string, bool) {
	k := letters(s)
	for _, t := range kg.EntityTypes() {
		if letters(t) == k {
			return t, true
		}
	}
	t, ok := entitySynonyms[k]
	return t, ok
}

// relationSynonyms maps relation words to a type, and whether the model's
// from and to must be swapped to read in the ontology's direction.
var relationSynonyms = map[string]struct {
	typ  string
	swap bool
}{
	"partof": {kg.HasPart, true}, "contains": {kg.HasPart, false}, "includes": {kg.HasPart, false}, "haspart": {kg.HasPart, false},
	"causes": {kg.CausedBy, true}, "causeof": {kg.CausedBy, true},
	"hasparam": {kg.HasParameter, false}, "hasproperty": {kg.HasParameter, false},
	"uses": {kg.Uses, false}, "usedby": {kg.Uses, true}, "requires": {kg.Uses, false},
	"symptomof": {kg.HasSymptom, true}, "fixedby": {kg.RemediedBy, false}, "repairedby": {kg.RemediedBy, false},
	"madefrom": {kg.MadeOf, false}, "followedby": {kg.NextStep, false},
}

func relationType(s string) (typ string, swap, ok bool) {
	k := letters(s)
	for _, t := range kg.RelationTypes() {
		if letters(t) == k {
			return t, false, true
		}
	}
	r, ok := relationSynonyms[k]
	return r.typ, r.swap, ok
}
