package server

import (
	"context"
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
)

// MCPOptions wire kgassist's tools for the Model Context Protocol to one
// caller: every tool reads at Clearance and nothing above it.
type MCPOptions struct {
	Assistant *assistant.Assistant
	Store     kg.Reader
	Clearance kg.Audience
	// Version is reported to clients in the server's implementation info.
	Version string
	// BeforeTool may refuse any tool call, e.g. one over the key's rate:
	// a JSON-RPC batch holds many calls in one HTTP request.
	BeforeTool func(ctx context.Context) error
	// Conversation answers ask; nil answers with Assistant alone.
	Conversation *assistant.Conversation
	// Ledger, when set, admits and records every question (quota, audit).
	Ledger assistant.Ledger
	// Schemas is shared by servers made per request, so tool schemas are
	// inferred once.
	Schemas *mcp.SchemaCache
}

// NewMCPServer returns an MCP server with the tools search, ask and
// get_entity, ready for any transport (stdio, streamable HTTP).
func NewMCPServer(o MCPOptions) *mcp.Server {
	if o.Version == "" {
		o.Version = "dev"
	}
	if o.Conversation == nil {
		o.Conversation = &assistant.Conversation{Assistant: o.Assistant}
	}
	srv := mcp.NewServer(&mcp.Implementation{Name: "kgassist", Title: "kgassist knowledge graph", Version: o.Version},
		&mcp.ServerOptions{SchemaCache: o.Schemas, Instructions: mcpInstructions})
	t := &mcpTools{o: o}
	if o.BeforeTool != nil {
		srv.AddReceivingMiddleware(t.limitTools)
	}
	readOnly := &mcp.ToolAnnotations{ReadOnlyHint: true, IdempotentHint: true}
	mcp.AddTool(srv, &mcp.Tool{Name: "search", Annotations: readOnly, Description: "Search the manufacturer's documents " +
		"and knowledge graph: passages that match the query, with their document, section and page, and the entities " +
		"(products, parts, failure modes, parameters...) it names."}, t.search)
	mcp.AddTool(srv, &mcp.Tool{Name: "ask", Annotations: readOnly, Description: "Answer a question from the documents. " +
		"Every statement cites sources as [n]; when the documents do not hold the answer, abstained is true."}, t.ask)
	mcp.AddTool(srv, &mcp.Tool{Name: "get_entity", Annotations: readOnly, Description: "Look an entity up by id " +
		"(such as Product:hf-cp200) or by name in any language, with its facts and the passages that support them."}, t.getEntity)
	return srv
}

const mcpInstructions = "kgassist answers from a manufacturer's documents with cited sources. " +
	"Prefer ask for questions; use search and get_entity to explore. Cite the [n] sources you rely on."

type mcpTools struct{ o MCPOptions }

// Passage is one cited passage in a tool's result.
type Passage struct {
	N        int              `json:"n"`
	Document assistant.DocRef `json:"document"`
	Section  string           `json:"section,omitempty"`
	Page     int              `json:"page,omitempty"`
	Text     string           `json:"text"`
	ChunkID  string           `json:"chunk_id"`
	Score    float64          `json:"score,omitempty"`
}

// EntityInfo is an entity as tools return it.
type EntityInfo struct {
	ID      string            `json:"id"`
	Type    string            `json:"type"`
	Name    string            `json:"name"`
	Aliases []string          `json:"aliases,omitempty"`
	Props   map[string]string `json:"props,omitempty"`
}

func entityInfo(e kg.Entity) EntityInfo {
	return EntityInfo{ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases, Props: e.Props}
}

func passageOf(n int, c kg.Chunk, score float64) Passage {
	return Passage{N: n, Document: assistant.DocRef{ID: c.DocumentID, URI: c.DocURI, Title: c.DocTitle},
		Section: c.SectionPath(), Page: c.Page, Text: assistant.Snippet(c.Text, 600), ChunkID: c.ID, Score: score}
}

// toolError keeps internal detail out of what the model sees.
func toolError(err error) error { return fmt.Errorf("%s", kg.ErrorMessage(err)) }

type mcpHTTP struct {
	s       *Server
	handler http.Handler
	schemas *mcp.SchemaCache
}

type callerKey struct{}

// newMCPHTTP serves the streamable HTTP transport statelessly: every
// request is authenticated by kgassist's middleware and gets a server at
// its own key's clearance, so no session can outlive a revoked key or be
// borrowed by another one.
func newMCPHTTP(s *Server) *mcpHTTP {
	m := &mcpHTTP{s: s, schemas: mcp.NewSchemaCache()}
	m.handler = mcp.NewStreamableHTTPHandler(m.serverFor, &mcp.StreamableHTTPOptions{
		Stateless: true, JSONResponse: true, MaxRequestBodyBytes: s.opts.MaxBodyBytes,
	})
	return m
}

func (m *mcpHTTP) serve(c echo.Context) error {
	r := c.Request()
	if err := checkMCPBatch(r, m.s.opts.MaxBodyBytes); err != nil {
		return err
	}
	r = r.WithContext(context.WithValue(r.Context(), callerKey{}, c))
	m.handler.ServeHTTP(c.Response(), r)
	return nil
}

func (m *mcpHTTP) serverFor(r *http.Request) *mcp.Server {
	c, _ := r.Context().Value(callerKey{}).(echo.Context)
	if c == nil {
		return nil // unreachable behind serve; the SDK answers 400
	}
	p, s := principalOf(c), m.s
	l := s.ledger(c, p)
	l.perAnswer = true
	return NewMCPServer(MCPOptions{
		Assistant: s.opts.Assistant, Conversation: s.conv, Store: s.opts.Store, Clearance: p.Default, Schemas: m.schemas,
		BeforeTool: s.mcpCallLimiter(c, p), Ledger: l,
	})
}

type searchInput struct {
	Query string `json:"query" jsonschema:"what to look for, in English or Chinese"`
	Limit int    `json:"limit,omitempty" jsonschema:"most passages to return (default 8, at most 50)"`
}

type searchOutput struct {
	Passages []Passage    `json:"passages"`
	Entities []EntityInfo `json:"entities"`
}

// search is retrieval without an answer, plus entity lookup by name.
func (t *mcpTools) search(ctx context.Context, _ *mcp.CallToolRequest, in searchInput) (*mcp.CallToolResult, searchOutput, error) {
	out := searchOutput{Passages: []Passage{}, Entities: []EntityInfo{}}
	if in.Query == "" {
		return nil, out, fmt.Errorf("query is required")
	}
	limit := in.Limit
	if limit <= 0 || limit > 50 {
		limit = 8
	}
	passages, err := t.passages(ctx, in.Query, limit)
	if err != nil {
		return nil, out, toolError(err)
	}
	out.Passages = append(out.Passages, passages...)
	ents, err := t.o.Store.FindEntities(ctx, t.o.Clearance, kg.EntityQuery{Text: in.Query, Limit: 10})
	if err != nil {
		return nil, out, toolError(err)
	}
	for _, e := range ents {
		out.Entities = append(out.Entities, entityInfo(e))
	}
	return nil, out, nil
}

type askInput struct {
	Question string `json:"question" jsonschema:"the question, in English or Chinese"`
}

type askOutput struct {
	Answer    string               `json:"answer"`
	Abstained bool                 `json:"abstained"`
	Lang      string               `json:"lang"`
	Citations []assistant.Citation `json:"citations"`
}

// ask answers with citations; the text content is the answer followed by
// its sources, for clients that show only text.
func (t *mcpTools) ask(ctx context.Context, _ *mcp.CallToolRequest, in askInput) (*mcp.CallToolResult, askOutput, error) {
	if err := checkQuestion(in.Question); err != nil {
		return nil, askOutput{}, toolError(err)
	}
	r, err := t.o.Conversation.Ask(ctx, assistant.Message{Question: in.Question, Clearance: t.o.Clearance, Ledger: t.o.Ledger})
	if err != nil {
		return nil, askOutput{}, toolError(err)
	}
	ans := r.Answer
	out := askOutput{Answer: ans.Answer, Abstained: ans.Abstained, Lang: ans.Lang, Citations: ans.Citations}
	if out.Citations == nil {
		out.Citations = []assistant.Citation{}
	}
	text := &mcp.TextContent{Text: ans.Answer + sourcesText(ans.Citations)}
	return &mcp.CallToolResult{Content: []mcp.Content{text}}, out, nil
}

type entityInput struct {
	ID   string `json:"id,omitempty" jsonschema:"the entity id, such as Product:hf-cp200"`
	Name string `json:"name,omitempty" jsonschema:"a name or alias, in any language, when the id is not known"`
}

// Fact is one relation of the entity, citing the passages that support it.
type Fact struct {
	Relation string            `json:"relation"`
	From     EntityRef         `json:"from"`
	To       EntityRef         `json:"to"`
	Props    map[string]string `json:"props,omitempty"`
	Conflict bool              `json:"conflict,omitempty"`
	Sources  []int             `json:"sources"`
}

// EntityRef names the entity at one end of a fact.
type EntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Type string `json:"type"`
}

type entityOutput struct {
	Entity EntityInfo `json:"entity"`
	// Mentions are the passages that mention or define the entity.
	Mentions []int     `json:"mentions"`
	Facts    []Fact    `json:"facts"`
	Sources  []Passage `json:"sources"`
}

// maxEntityFacts bounds the facts returned about one entity each way.
const maxEntityFacts = 100

func (t *mcpTools) getEntity(ctx context.Context, _ *mcp.CallToolRequest, in entityInput) (*mcp.CallToolResult, entityOutput, error) {
	e, err := t.resolveEntity(ctx, in)
	if err != nil {
		return nil, entityOutput{}, toolError(err)
	}
	st, cl := t.o.Store, t.o.Clearance
	out, err := st.Relations(ctx, cl, kg.RelationQuery{From: []string{e.ID}, Limit: maxEntityFacts})
	if err != nil {
		return nil, entityOutput{}, toolError(err)
	}
	in2, err := st.Relations(ctx, cl, kg.RelationQuery{To: []string{e.ID}, Limit: maxEntityFacts})
	if err != nil {
		return nil, entityOutput{}, toolError(err)
	}
	rels := append(out, in2...)
	names, err := t.names(ctx, e, rels)
	if err != nil {
		return nil, entityOutput{}, toolError(err)
	}
	res := entityOutput{Entity: entityInfo(e), Mentions: []int{}, Facts: []Fact{}, Sources: []Passage{}}
	cite, err := t.citer(ctx, e, rels, &res)
	if err != nil {
		return nil, entityOutput{}, toolError(err)
	}
	res.Mentions = cite(e.ID)
	for _, r := range rels {
		res.Facts = append(res.Facts, Fact{Relation: r.Type, From: names[r.From], To: names[r.To],
			Props: r.Props, Conflict: r.Conflict, Sources: cite(r.ID)})
	}
	return nil, res, nil
}

// resolveEntity finds the entity by id, else by name: exact names and
// aliases come first in FindEntities, so the first hit is the best.
func (t *mcpTools) resolveEntity(ctx context.Context, in entityInput) (kg.Entity, error) {
	if in.ID != "" {
		ents, err := t.o.Store.Entities(ctx, t.o.Clearance, []string{in.ID})
		if err != nil || len(ents) > 0 {
			return firstEntity(ents), err
		}
		if in.Name == "" {
			return kg.Entity{}, kg.Errorf(kg.ENOTFOUND, "no entity %q", in.ID)
		}
	}
	if in.Name == "" {
		return kg.Entity{}, kg.Errorf(kg.EINVALID, "give an id or a name")
	}
	ents, err := t.o.Store.FindEntities(ctx, t.o.Clearance, kg.EntityQuery{Text: in.Name, Limit: 1})
	if err != nil {
		return kg.Entity{}, err
	}
	if len(ents) == 0 {
		return kg.Entity{}, kg.Errorf(kg.ENOTFOUND, "no entity named %q", in.Name)
	}
	return ents[0], nil
}

func firstEntity(ents []kg.Entity) kg.Entity {
	if len(ents) == 0 {
		return kg.Entity{}
	}
	return ents[0]
}

// names resolves both ends of every fact, at the caller's clearance.
func (t *mcpTools) names(ctx context.Context, e kg.Entity, rels []kg.Relation) (map[string]EntityRef, error) {
	refs := map[string]EntityRef{e.ID: {ID: e.ID, Name: e.Name, Type: e.Type}}
	var ids []string
	for _, r := range rels {
		for _, id := range []string{r.From, r.To} {
			if _, ok := refs[id]; !ok {
				refs[id] = EntityRef{ID: id}
				ids = append(ids, id)
			}
		}
	}
	ents, err := t.o.Store.Entities(ctx, t.o.Clearance, ids)
	for _, x := range ents {
		refs[x.ID] = EntityRef{ID: x.ID, Name: x.Name, Type: x.Type}
	}
	return refs, err
}

// citer loads the passages supporting the entity and its facts into
// res.Sources, numbered once each, and returns the lookup from a fact id to
// its passage numbers.
func (t *mcpTools) citer(ctx context.Context, e kg.Entity, rels []kg.Relation, res *entityOutput) (func(string) []int, error) {
	ids := []string{e.ID}
	for _, r := range rels {
		ids = append(ids, r.ID)
	}
	support, err := t.o.Store.SupportingChunks(ctx, t.o.Clearance, ids)
	if err != nil {
		return nil, err
	}
	numbers := map[string]int{}
	return func(factID string) []int {
		ns := []int{}
		for _, c := range support[factID] {
			n, ok := numbers[c.ID]
			if !ok {
				n = len(res.Sources) + 1
				numbers[c.ID] = n
				res.Sources = append(res.Sources, passageOf(n, c, 0))
			}
			ns = append(ns, n)
		}
		return ns
	}, nil
}
