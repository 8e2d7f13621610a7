// Package plantgen generates a deterministic plant knowledge graph and
// document corpus of any size, for benchmarks: product lines with BOMs,
// parameters, FMEA rows and fault trees, named so questions can link them.
package plantgen

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// Doc is one generated document with its graph contribution.
type Doc struct {
	Doc       kg.Document
	Chunks    []kg.Chunk
	Entities  []kg.Entity
	Relations []kg.Relation
}

var (
	assemblies = []string{"casing", "rotor", "bearing housing", "seal chamber", "motor", "coupling", "base frame", "control cabinet", "gearbox", "cooling unit"}
	parts      = []string{"bolt", "washer", "gasket", "o-ring", "shaft", "sleeve", "bearing", "impeller", "key", "nut", "cover", "flange", "spacer", "bracket", "sensor", "relay", "fuse", "cable", "fan", "filter"}
	params     = []struct{ name, unit string }{{"rated voltage", "V"}, {"rated power", "kW"}, {"rated speed", "r/min"}, {"torque", "N·m"}, {"weight", "kg"}, {"max temperature", "°C"}, {"pressure", "MPa"}, {"flow", "m³/h"}}
	symptoms   = []string{"excessive vibration", "abnormal noise", "overheating", "leakage", "low output", "does not start", "trips on overload", "pressure drop"}
	causes     = []string{"misalignment", "worn bearing", "loose fastener", "blocked filter", "damaged seal", "phase loss", "air in the line", "contaminated lubricant"}
	actions    = []string{"realign the coupling", "replace the bearing", "retighten to torque", "clean the filter", "replace the seal", "check the supply phases", "vent the line", "change the lubricant"}
	filler     = strings.Fields("the unit is inspected at every scheduled service and the values below are measured at the rated operating point with clean water at room temperature and recorded in the service log for the plant")
	// vocabulary gives the prose a long tail of rarer words, as real
	// manuals have; filler alone made every term match every passage.
	vocabulary = makeVocabulary(3000)
)

// Generate calls fn for n documents built from seed. Document i belongs to
// product line i/10, so products recur, and every fifth part is a standard
// part shared across the plant, so where-used has many answers. Each
// document carries about 100 entities (90 of them its own) and 500
// relations: 1,100 documents make a graph of 100,000 entities.
func Generate(seed int64, n int, fn func(Doc) error) error {
	for i := 0; i < n; i++ {
		if err := fn(doc(seed, i)); err != nil {
			return err
		}
	}
	return nil
}

// ProductName is the name of product line k.
func ProductName(k int) string { return fmt.Sprintf("PX-%04d", k) }

// StandardPart is one of 200 catalogue parts used across product lines.
func StandardPart(k int) string { return fmt.Sprintf("hex bolt M%dx%d", 6+2*(k%5), 10*(1+k%40)) }

// PartName is the name of part j of product line k.
func PartName(k, j int) string {
	return fmt.Sprintf("%s %s-%03d", parts[j%len(parts)], strings.ToUpper(ProductName(k)[3:]), j)
}

func doc(seed int64, i int) Doc {
	rng := rand.New(rand.NewSource(seed*1_000_003 + int64(i)))
	line := i / 10
	uri := fmt.Sprintf("plant/line-%04d/doc-%05d.md", line, i)
	d := Doc{Doc: kg.Document{ID: kg.DocumentID(uri), URI: uri, Title: fmt.Sprintf("%s service sheet %d", ProductName(line), i),
		SHA256: fmt.Sprintf("%064x", seed*7+int64(i)), Format: "md", Lang: "en", Audience: kg.Audience(i % 3)}}
	g := &builder{d: &d, rng: rng}
	product := g.entity(kg.Product, ProductName(line), 0)
	for a := 0; a < 5; a++ {
		asm := g.entity(kg.Assembly, fmt.Sprintf("%s %s %d", ProductName(line), assemblies[(i+a)%len(assemblies)], i%10), a)
		g.relate(kg.HasPart, product, asm, kg.Props{"qty": "1"}, a)
		for p := 0; p < 12; p++ {
			name := PartName(line, i%10*60+a*12+p)
			if p%5 == 0 {
				name = StandardPart(i + a + p)
			}
			part := g.entity(kg.Part, name, a)
			g.relate(kg.HasPart, asm, part, kg.Props{"qty": fmt.Sprint(1 + rng.Intn(8))}, a)
			for k := 0; k < 7; k++ {
				pr := params[(p+k)%len(params)]
				param := g.entity(kg.Parameter, pr.name, a)
				g.relate(kg.HasParameter, part, param, kg.Props{"value": fmt.Sprint(10 + rng.Intn(400)), "unit": pr.unit}, a)
			}
		}
	}
	for f := 0; f < 8; f++ {
		sym := g.entity(kg.Symptom, fmt.Sprintf("%s %s", ProductName(line), symptoms[f]), 5+f/4)
		cause := g.entity(kg.Cause, fmt.Sprintf("%s in %s unit %d", causes[(f+i)%len(causes)], ProductName(line), i%10), 5+f/4)
		act := g.entity(kg.Action, fmt.Sprintf("%s of %s unit %d", actions[(f+i)%len(actions)], ProductName(line), i%10), 5+f/4)
		g.relate(kg.HasSymptom, product, sym, nil, 5+f/4)
		g.relate(kg.CausedBy, sym, cause, kg.Props{"rpn": fmt.Sprint(20 + rng.Intn(200))}, 5+f/4)
		g.relate(kg.RemediedBy, cause, act, nil, 5+f/4)
	}
	return d
}

type builder struct {
	d    *Doc
	rng  *rand.Rand
	seen map[string]bool
}

// chunk returns the id of chunk k, creating chunks up to k with text
// that mentions what was asserted on them.
func (g *builder) chunk(k int) string {
	for len(g.d.Chunks) <= k {
		n := len(g.d.Chunks)
		words := make([]string, 0, 80)
		for len(words) < 80 {
			if g.rng.Intn(2) == 0 {
				words = append(words, filler[g.rng.Intn(len(filler))])
			} else {
				words = append(words, vocabulary[g.rng.Intn(len(vocabulary))])
			}
		}
		g.d.Chunks = append(g.d.Chunks, kg.Chunk{ID: kg.ChunkID(g.d.Doc.ID, n), DocumentID: g.d.Doc.ID, Ordinal: n,
			Text: strings.Join(words, " "), Section: []string{g.d.Doc.Title, fmt.Sprintf("Section %d", n+1)}, Lang: "en", Kind: "text"})
	}
	return g.d.Chunks[k].ID
}

func (g *builder) mention(k int, name string) {
	g.chunk(k)
	c := &g.d.Chunks[k]
	if !strings.Contains(c.Text, name) {
		c.Text = name + ". " + c.Text
	}
}

func (g *builder) entity(typ, name string, k int) string {
	id := kg.EntityID(typ, name)
	if g.seen == nil {
		g.seen = map[string]bool{}
	}
	if !g.seen[id] {
		g.seen[id] = true
		g.d.Entities = append(g.d.Entities, kg.Entity{ID: id, Type: typ, Name: name, Sources: []kg.Source{{ChunkID: g.chunk(k)}}})
		if len(g.d.Chunks[k].Text) < 2000 {
			g.mention(k, name)
		}
	}
	return id
}

func (g *builder) relate(typ, from, to string, p kg.Props, k int) {
	g.d.Relations = append(g.d.Relations, kg.Relation{ID: kg.RelationID(typ, from, to), Type: typ, From: from, To: to, Props: p, Sources: []kg.Source{{ChunkID: g.chunk(k)}}})
}

// Questions returns n questions about the generated plant of nDocs
// documents, of every intent, naming things that exist.
func Questions(seed int64, nDocs, n int) []string {
	rng := rand.New(rand.NewSource(seed))
	lines := max(1, nDocs/10)
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		k := rng.Intn(lines)
		j := rng.Intn(600)
		if nDocs < 10 {
			j = rng.Intn(60)
		}
		switch i % 6 {
		case 0:
			out = append(out, fmt.Sprintf("What is the rated voltage of the %s?", PartName(k, j)))
		case 1:
			out = append(out, fmt.Sprintf("How many %s are in one %s?", PartName(k, j), ProductName(k)))
		case 2:
			out = append(out, fmt.Sprintf("Where is the %s used?", PartName(k, j)))
		case 3:
			out = append(out, fmt.Sprintf("The %s shows %s, what should I do?", ProductName(k), symptoms[rng.Intn(len(symptoms))]))
		case 4:
			out = append(out, fmt.Sprintf("%s 的扭矩是多少？", PartName(k, j)))
		default:
			out = append(out, fmt.Sprintf("How is the %s inspected at scheduled service?", ProductName(k)))
		}
	}
	return out
}

// makeVocabulary builds n pronounceable pseudo-words, deterministic.
func makeVocabulary(n int) []string {
	cons, vows := "bcdfghklmnprstvz", "aeiou"
	out := make([]string, n)
	for i := range out {
		x := i + 7
		var b strings.Builder
		for j := 0; j < 3; j++ {
			b.WriteByte(cons[x%len(cons)])
			x /= len(cons)
			b.WriteByte(vows[(x+j)%len(vows)])
			x = x*7 + j + 3
		}
		out[i] = b.String()
	}
	return out
}
