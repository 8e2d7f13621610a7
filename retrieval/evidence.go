package retrieval

import (
	"time"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/retrieval/tableq"
)

// Evidence is everything an answerer may use, numbered for citation.
type Evidence struct {
	Question Question `json:"question"`
	Linked   []Linked `json:"linked"`
	// Items are the passages, numbered from 1. Every fact and computed
	// value cites items by number, so every statement resolves to a
	// document, section or page and a snippet.
	Items    []Item               `json:"items"`
	Facts    []Fact               `json:"facts"`
	Entities map[string]kg.Entity `json:"-"`
	Computed []Computed           `json:"computed,omitempty"`
	// Unknown are codes the question names that no visible passage has.
	Unknown []string `json:"unknown,omitempty"`
	Trace   Trace    `json:"trace"`
}

// Item is one numbered passage.
type Item struct {
	N     int      `json:"n"`
	Chunk kg.Chunk `json:"chunk"`
	Score float64  `json:"score"`
	Via   []string `json:"via"` // fulltext, vector, ppr, bridge, graph, mention, computed
	// Signals is what each list added to Score.
	Signals map[string]float64 `json:"signals,omitempty"`
}

// Fact is a graph relation used as evidence, with its endpoints' names and
// the items that support it.
type Fact struct {
	kg.Relation
	FromName string  `json:"from_name"`
	ToName   string  `json:"to_name"`
	FromType string  `json:"from_type"`
	ToType   string  `json:"to_type"`
	Score    float64 `json:"score"`
	Answers  bool    `json:"answers"` // states what the question asks
	Cites    []int   `json:"cites"`
}

// Computed is a structural answer calculated exactly from the graph.
type Computed struct {
	Kind      string  `json:"kind"` // bom, where_used, routing, fault_tree, fmea
	Subject   string  `json:"subject,omitempty"`
	SubjectID string  `json:"subject_id,omitempty"`
	Target    string  `json:"target,omitempty"`
	TargetID  string  `json:"target_id,omitempty"`
	Total     float64 `json:"total,omitempty"`
	Unit      string  `json:"unit,omitempty"`
	// FMEA aggregates.
	Metric    string  `json:"metric,omitempty"` // rpn, severity, occurrence, detection
	Op        string  `json:"op,omitempty"`     // max, min, avg, count, list
	Threshold float64 `json:"threshold,omitempty"`
	Cmp       string  `json:"cmp,omitempty"` // >, >=, <, <=
	Value     float64 `json:"value,omitempty"`
	Count     int     `json:"count,omitempty"`
	Distinct  int     `json:"distinct,omitempty"`
	Lines     []Line  `json:"lines"`
	Tops      []Line  `json:"tops,omitempty"` // where-used: top-level items and total qty
	Cites     []int   `json:"cites,omitempty"`
	// Table answers: the plan run over the whole table and its row count.
	Plan      *tableq.Plan `json:"plan,omitempty"`
	TableRows int          `json:"table_rows,omitempty"`
	// Share is, for a share of a column's total, the kept rows' sum and
	// the whole table's: the drive wheels' parts cost and all parts' cost.
	Share []float64 `json:"share,omitempty"`
	// Noun is what the question calls the rows it counts ("work orders",
	// "次"); empty for rows.
	Noun string `json:"noun,omitempty"`
	// PerAssembly marks pieces counted in one of the assembly holding
	// them, not in the whole product.
	PerAssembly bool `json:"per_assembly,omitempty"`
	// Money marks a table figure of costs or prices: it reads with two
	// decimals.
	Money bool `json:"money,omitempty"`
	// Written are the words counted rows say their empty column with
	// ("No current controls"), each with its row count (Qty).
	Written []Line `json:"written,omitempty"`
	// Tied counts the rows that share a highest or lowest value.
	Tied int `json:"tied,omitempty"`
	// facts are the relation ids the computation used; their supporting
	// chunks become items. rows are table rows it cites directly.
	facts []string
	rows  []kg.Chunk
	trace string
	// rels are those relations themselves, so the evidence graph can draw
	// them even when the expansion around the question did not reach them.
	rels []kg.Relation
}

// Line is one row of a computed answer.
type Line struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     string   `json:"type,omitempty"`
	Qty      float64  `json:"qty,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Order    int      `json:"order,omitempty"`
	Path     []string `json:"path,omitempty"`
	Props    kg.Props `json:"props,omitempty"`
	Children []Line   `json:"children,omitempty"`
	Cites    []int    `json:"cites,omitempty"`
	facts    []string
}

// Trace records how the evidence was found.
type Trace struct {
	Lang   string   `json:"lang"`
	Intent Intent   `json:"intent"`
	Terms  []string `json:"terms"`
	Linked []string `json:"linked"`
	// Lexicon lists the question's terms searched for in the other
	// language by pairs learned from the store's parallel documents.
	Lexicon   []LexiconUse `json:"lexicon,omitempty"`
	Stages    []Stage      `json:"stages"`
	Retrieved int          `json:"retrieved"`
	Kept      int          `json:"kept"`
	Coverage  float64      `json:"coverage"`
	Fusion    FusionTrace  `json:"fusion"`
	// PPR is the personalised PageRank over the entity–passage graph.
	PPR PPRTrace `json:"ppr"`
	// Bridge is the second-hop search from the best passages' names.
	Bridge  BridgeTrace `json:"bridge"`
	Unknown []string    `json:"unknown,omitempty"`
	Table   string      `json:"table,omitempty"`  // the table plan run, if any
	Cached  bool        `json:"cached,omitempty"` // evidence reused for a repeated question
}

// Stage is one timed step.
type Stage struct {
	Name   string  `json:"name"`
	Millis float64 `json:"ms"`
	Count  int     `json:"count"`
}

func (t *Trace) stage(name string, start time.Time, count int) {
	t.Stages = append(t.Stages, Stage{Name: name, Millis: float64(time.Since(start).Microseconds()) / 1000, Count: count})
}

// Item returns the item numbered n, if any.
func (e *Evidence) Item(n int) (Item, bool) {
	if n < 1 || n > len(e.Items) {
		return Item{}, false
	}
	return e.Items[n-1], true
}

// Subgraph returns the evidence graph: the entities and facts used.
func (e *Evidence) Subgraph() kg.Subgraph {
	var g kg.Subgraph
	seen := map[string]bool{}
	addEntity := func(id string) {
		if ent, ok := e.Entities[id]; ok && !seen[id] {
			seen[id] = true
			g.Entities = append(g.Entities, ent)
		}
	}
	for _, l := range e.Linked {
		addEntity(l.Entity.ID)
	}
	for _, f := range e.Facts {
		addEntity(f.From)
		addEntity(f.To)
		g.Relations = append(g.Relations, f.Relation)
	}
	return g
}
