package extract

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// ruleFile is rules.json: the patterns and word lists of the prose rules.
type ruleFile struct {
	PartNumbers   []string            `json:"part_numbers"`
	Units         []string            `json:"units"`
	UnitNames     map[string]string   `json:"unit_names"`
	NameStop      map[string][]string `json:"param_name_stop"`
	Copula        []string            `json:"param_copula"`
	Generic       []string            `json:"generic_headings"`
	Tolerance     string              `json:"tolerance"`
	TroubleLabels map[string][]string `json:"trouble_labels"`
	IfThen        []string            `json:"if_then"`
	QA            struct {
		Question []string `json:"question"`
		Answer   []string `json:"answer"`
		Problem  []string `json:"problem_words"`
	} `json:"qa"`
	Steps       []string `json:"steps"`
	StepMaxName int      `json:"step_max_name"`
	Standards   string   `json:"standards"`
	PartOf      struct {
		EnComponents []string `json:"en_components"`
		EnModifiers  []string `json:"en_modifiers"`
		EnSkip       []string `json:"en_skip"`
		EnLinks      []string `json:"en_links"`
		ZhComponents []string `json:"zh_components"`
		ZhLinks      []string `json:"zh_links"`
		ZhCompose    []string `json:"zh_compose"`
		ZhGapStop    string   `json:"zh_gap_stop"`
		EnArticles   []string `json:"en_articles"`
	} `json:"partof"`
}

// ruleSet is rules.json compiled once; applying it never allocates regexps.
type ruleSet struct {
	partNumbers []*regexp.Regexp
	quantityRe  *regexp.Regexp
	unitNames   map[string]string
	nameStop    map[string]bool
	copula      map[string]bool
	generic     []string
	labels      *regexp.Regexp
	labelKind   map[string]string
	ifThen      []*regexp.Regexp
	qa          *regexp.Regexp
	problem     []string
	steps       []*regexp.Regexp
	stepMax     int
	standard    *regexp.Regexp
	tools       *regexp.Regexp
	partof      rulePartOf
}

// readJSON decodes the data file name into v; a file that is not the JSON
// v describes is invalid data, named in the error.
func readJSON(read func(string) ([]byte, error), name string, v any) error {
	b, err := read(name)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return kg.WrapCode(kg.EINVALID, "ingest."+name, err)
	}
	return nil
}

func ruleLoad(read func(string) ([]byte, error), aliases *resolveAliases) (*ruleSet, error) {
	var f ruleFile
	if err := readJSON(read, "rules.json", &f); err != nil {
		return nil, err
	}
	rs := &ruleSet{unitNames: f.UnitNames, nameStop: map[string]bool{}, stepMax: f.StepMaxName, labelKind: map[string]string{}}
	if rs.stepMax <= 0 {
		rs.stepMax = 60
	}
	c := &ruleCompiler{}
	rs.partNumbers = c.all(f.PartNumbers)
	rs.quantityRe = c.one(ruleQuantityPattern(f.Units, f.Tolerance))
	rs.ifThen = c.all(f.IfThen)
	rs.steps = c.all(f.Steps)
	rs.standard = c.one(f.Standards)
	rs.labels = c.one(rs.labelPattern(f.TroubleLabels))
	rs.qa = c.one(ruleQAPattern(f.QA.Question, f.QA.Answer))
	rs.tools = c.one(`(?i)(?:^|[^A-Za-z])(` + ruleAlternation(aliases.names(kg.Tool)) + `)`)
	rs.problem = f.QA.Problem
	rs.copula = ruleSetOf(f.Copula)
	rs.generic = f.Generic
	for _, words := range f.NameStop {
		for _, w := range words {
			rs.nameStop[strings.ToLower(w)] = true
		}
	}
	rs.partof = newRulePartOf(f, c)
	if c.err != nil {
		return nil, kg.WrapCode(kg.EINVALID, "ingest.rules.json", c.err)
	}
	return rs, nil
}

// ruleCompiler compiles patterns and keeps the first error.
type ruleCompiler struct{ err error }

func (c *ruleCompiler) one(p string) *regexp.Regexp {
	re, err := regexp.Compile(p)
	if err != nil {
		if c.err == nil {
			c.err = err
		}
		return regexp.MustCompile(`$^`)
	}
	return re
}

func (c *ruleCompiler) all(ps []string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, 0, len(ps))
	for _, p := range ps {
		out = append(out, c.one(p))
	}
	return out
}

// ruleAlternation quotes words into one alternation, longest first so that
// "torque wrench" wins over "wrench".
func ruleAlternation(words []string) string {
	ws := append([]string{}, words...)
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	q := make([]string, 0, len(ws))
	for _, w := range ws {
		if w != "" {
			q = append(q, regexp.QuoteMeta(w))
		}
	}
	if len(q) == 0 {
		return `$^`
	}
	return strings.Join(q, "|")
}

func ruleQuantityPattern(units []string, tolerance string) string {
	num := `[-+]?\d+(?:\.\d+)?`
	return `(?P<lo>` + num + `)(?:\s*(?:~|-|to|至|到)\s*(?P<hi>` + num + `))?\s*(?P<unit>` + ruleAlternation(units) + `)(?:\s*(?P<tol>` + tolerance + `))?`
}

// labelPattern matches "Cause:" style labels; long Chinese labels such as
// 原因分析 also count without a colon, as fault reports often omit it.
func (rs *ruleSet) labelPattern(labels map[string][]string) string {
	var withColon, bare []string
	for kind, words := range labels {
		for _, w := range words {
			rs.labelKind[strings.ToLower(w)] = kind
			withColon = append(withColon, w)
			if len([]rune(w)) >= 4 && !strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyz") {
				bare = append(bare, w)
			}
		}
	}
	sort.Strings(withColon)
	sort.Strings(bare)
	return `(?i)(?:^|[\s。；;，,.:：、)）])(?:(?P<label>` + ruleAlternation(withColon) + `)\s*[:：]|(?P<bare>` + ruleAlternation(bare) + `))`
}

func ruleQAPattern(q, a []string) string {
	return `(?i)(?:^|\n)\s*(?:` + ruleAlternation(q) + `)\s*[:：.]\s*(?P<q>[^\n]+?)\s*(?:\n\s*|\s+)(?:` + ruleAlternation(a) + `)\s*[:：.]\s*(?P<a>[^\n]+)`
}

// apply runs every prose rule over one chunk.
func (rs *ruleSet) apply(sink *extractSink, c kg.Chunk, subject string, steps *ruleStepState) {
	text, orig := ruleNormalize(c.Text)
	t := ruleText{norm: text, orig: orig, raw: c.Text}
	subjectID := ""
	if subject != "" {
		subjectID = sink.entity(c, kg.Product, subject)
	}
	rs.partNumbersIn(sink, c, t.norm)
	rs.standardsIn(sink, c, t.norm, subjectID)
	inSteps := rs.stepsIn(sink, c, t, subject, steps)
	if !inSteps {
		rs.parametersIn(sink, c, t, subjectID)
	}
	rs.troubleIn(sink, c, t.norm, subjectID)
	rs.partOf(sink, c, t.norm, false)
}
