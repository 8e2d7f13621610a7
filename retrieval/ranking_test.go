package retrieval_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/sqlite"
	"github.com/kgassist/kgassist/retrieval"
)

// passageDoc is one document of one passage, with the entities and facts
// it states.
type passageDoc struct {
	id, title, text string
	audience        kg.Audience
	entities        []kg.Entity
	relations       []kg.Relation
	version         string // tells a rewrite of the document from the first
}

func openPassages(t *testing.T, docs ...passageDoc) (*sqlite.Store, kg.Embedder) {
	t.Helper()
	st, emb := openEmbedded(t)
	for _, d := range docs {
		writePassage(t, st, emb, d)
	}
	return st, emb
}

// writePassage writes d, replacing a document of the same id.
func writePassage(t *testing.T, st *sqlite.Store, emb kg.Embedder, d passageDoc) {
	t.Helper()
	ctx := context.Background()
	doc := kg.Document{ID: d.id, URI: "file:///" + d.id + ".md", Title: d.title, SHA256: d.id + d.version, Format: "md", Lang: "en", Audience: d.audience, IngestedAt: time.Unix(0, 0)}
	vecs, _ := emb.Embed(ctx, []string{d.text})
	chunk := kg.Chunk{ID: kg.ChunkID(d.id, 0), DocumentID: d.id, Text: d.text, Section: []string{d.title}, Kind: "text", Lang: "en", Embedding: vecs[0]}
	src := []kg.Source{{DocumentID: d.id, ChunkID: chunk.ID, Audience: d.audience}}
	b, err := st.Begin(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	ents := append([]kg.Entity{{ID: kg.EntityID(kg.Product, d.title), Type: kg.Product, Name: d.title}}, d.entities...)
	for i := range ents {
		ents[i].Sources, ents[i].Audience = src, d.audience
	}
	for i := range d.relations {
		d.relations[i].Sources, d.relations[i].Audience = src, d.audience
	}
	if err := b.AddChunks(ctx, []kg.Chunk{chunk}); err != nil {
		t.Fatal(err)
	}
	if err := b.AddEntities(ctx, ents); err != nil {
		t.Fatal(err)
	}
	if err := b.AddRelations(ctx, d.relations); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

func rankOf(ev *retrieval.Evidence, docID string) int {
	for _, it := range ev.Items {
		if it.Chunk.DocumentID == docID {
			return it.N
		}
	}
	return 0
}

func parameterFact(owner, param string) (kg.Entity, kg.Relation) {
	p := kg.Entity{ID: kg.EntityID(kg.Parameter, param), Type: kg.Parameter, Name: param}
	from := kg.EntityID(kg.Product, owner)
	return p, kg.Relation{ID: kg.RelationID(kg.HasParameter, from, p.ID), Type: kg.HasParameter, From: from, To: p.ID, Props: kg.Props{"value": "1"}}
}

// A passage whose heading names the title a question quotes comes first,
// though its text never repeats the title and another passage does.
func TestRetrieveFindsQuotedTitleInHeading(t *testing.T) {
	st, emb := openPassages(t,
		passageDoc{id: "opera", title: "Bastien und Bastienne", text: "It is a one-act singspiel, composed in 1768 when the composer was twelve."},
		passageDoc{id: "season", title: "Vienna 1768", text: "The season of 1768 saw Bastienne sung in a garden theatre, among many other works by several composers."},
		passageDoc{id: "garden", title: "Garden theatres", text: "Garden theatres in Vienna staged singspiel and opera in the summer of many years."},
	)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1})
	ev := retrieve(t, r, kg.Public, `Who composed "Bastien und Bastienne"?`)
	if n := rankOf(ev, "opera"); n != 1 {
		t.Fatalf("the opera's own passage is item %d, want 1; items %v", n, itemDocs(ev))
	}
}

// A generic word the extractor took for a parameter ("located") must not
// link the question to every passage stating it.
func TestRetrieveIgnoresGenericParameterLinks(t *testing.T) {
	var docs []passageDoc
	for _, id := range []string{"mall", "depot", "farm", "mill", "yard", "dock"} {
		p, rel := parameterFact(id, "located")
		docs = append(docs, passageDoc{id: id, title: id, text: "The " + id + " is located near the river; located: 3 km.", entities: []kg.Entity{p}, relations: []kg.Relation{rel}})
	}
	docs = append(docs, passageDoc{id: "louvre", title: "Louvre", text: "The Louvre is the world's most-visited museum, on the Right Bank of the Seine in Paris."})
	st, emb := openPassages(t, docs...)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1})
	ev := retrieve(t, r, kg.Public, "Which city is the Louvre museum located in?")
	if n := rankOf(ev, "louvre"); n != 1 {
		t.Fatalf("the Louvre passage is item %d, want 1; items %v", n, itemDocs(ev))
	}
	for _, it := range ev.Items {
		if slices.Contains(it.Via, "graph") {
			t.Errorf("item %d (%s) came in through the generic parameter: via %v", it.N, it.Chunk.DocumentID, it.Via)
		}
	}
}

// A question naming a title without its accents or its bracketed
// qualifier links the entity, and the walk over the entity–passage graph
// reaches the passage about the entity that passage names (the bridge of
// a two-hop question), though it shares no word with the question.
func TestRetrieveLinksLooseTitlesAndWalksToTheBridge(t *testing.T) {
	st, emb := openPassages(t,
		passageDoc{id: "play", title: "Brand (play)", text: "A verse tragedy in five acts written by the Norwegian playwright Henrik Ibsen in 1865."},
		passageDoc{id: "ibsen", title: "Henrik Ibsen", text: "Henrik Ibsen was a major Norwegian playwright, and one of the founders of modernism in theatre."},
		passageDoc{id: "waltz", title: "Aschenbrödel", text: "A ballet by Johann Strauss II, left unfinished at his death in 1899."},
		passageDoc{id: "theatre", title: "Theatre", text: "Theatre is a collaborative form of performing art that uses live performers."},
	)
	r := retrieval.New(st, emb, retrieval.Options{CacheSize: -1})
	for question, want := range map[string]string{
		"When was Brand written?":       kg.EntityID(kg.Product, "Brand (play)"),
		"Who wrote Aschenbrodel?":       kg.EntityID(kg.Product, "Aschenbrödel"),
		"Where was Brand first staged?": kg.EntityID(kg.Product, "Brand (play)"),
	} {
		ev := retrieve(t, r, kg.Public, question)
		if !slices.Contains(ev.Trace.PPR.Seeds, want) {
			t.Errorf("%q: walk seeded from %v, want %s", question, ev.Trace.PPR.Seeds, want)
		}
	}
	ev := retrieve(t, r, kg.Public, "When was Brand written?")
	n := rankOf(ev, "ibsen")
	if n == 0 || !slices.Contains(ev.Items[n-1].Via, "ppr") {
		t.Fatalf("the playwright's passage is item %d, want it reached by ppr; items %v", n, itemDocs(ev))
	}
}

func itemDocs(ev *retrieval.Evidence) []string {
	var out []string
	for _, it := range ev.Items {
		out = append(out, it.Chunk.DocumentID)
	}
	return out
}
