package server

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/kg/textseg"
)

// CypherWriter turns an engineer's question into one Cypher query;
// llm.CypherGenerator is the one kgassist wires. Its output is untrusted:
// the store's kg.CypherReader checks and bounds it.
type CypherWriter interface {
	Generate(ctx context.Context, question string) (string, error)
}

// Bounds of a query run for /v1/cypher: rows an engineer can read in a
// table, and less time than a whole answer may take.
const (
	cypherMaxRows = 200
	cypherTimeout = 10 * time.Second
)

type cypherRequest struct {
	Question  string `json:"question"`
	Clearance string `json:"clearance"`
}

// CypherAnswer is the generated query with its rows.
type CypherAnswer struct {
	Question  string      `json:"question"`
	Query     string      `json:"query"`
	Clearance kg.Audience `json:"clearance"`
	*kg.CypherResult
}

// cypher answers an engineer's question with a generated read-only query
// and its results.
func (s *Server) cypher(c echo.Context) error {
	reader, ok := s.opts.Store.(kg.CypherReader)
	switch {
	case s.opts.Cypher == nil:
		return notImplemented(c, "Cypher queries are not configured on this server")
	case !ok:
		return notImplemented(c, "Cypher queries need the Neo4j store")
	}
	var req cypherRequest
	if err := c.Bind(&req); err != nil {
		return kg.Errorf(kg.EINVALID, "request body must be JSON: {\"question\": \"...\", \"clearance\": \"internal\"}")
	}
	p := principalOf(c)
	clearance, err := p.clearance(req.Clearance)
	if err != nil {
		return err
	}
	if clearance < kg.Internal {
		return kg.Errorf(kg.EFORBIDDEN, "Cypher queries need internal clearance or above, not %s", clearance)
	}
	if err := checkQuestion(req.Question); err != nil {
		return err
	}
	return s.withQuota(c, p, req.Question, func(ctx context.Context) error {
		start := time.Now()
		out, err := s.runCypher(ctx, reader, req.Question, clearance)
		s.auditCypher(ctx, c, p, out, start, err)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, out)
	})
}

func (s *Server) runCypher(ctx context.Context, reader kg.CypherReader, question string, clearance kg.Audience) (*CypherAnswer, error) {
	out := &CypherAnswer{Question: question, Clearance: clearance}
	q, err := s.opts.Cypher.Generate(ctx, question)
	if err != nil {
		return out, err
	}
	out.Query = q
	out.CypherResult, err = reader.ReadCypher(ctx, kg.CypherQuery{Text: q, Clearance: clearance, MaxRows: cypherMaxRows, Timeout: cypherTimeout})
	return out, err
}

// auditCypher records who ran which query; a refused query is kept too,
// for an administrator to see what a model wrote.
func (s *Server) auditCypher(ctx context.Context, c echo.Context, p *principal, out *CypherAnswer, start time.Time, err error) {
	e := auth.AuditEntry{KeyID: p.KeyID(), Route: c.Path(), Question: out.Question, Answer: out.Query,
		Clearance: out.Clearance, Ms: msSince(start), Status: http.StatusOK,
		Tokens: textseg.EstimateTokens(out.Question) + textseg.EstimateTokens(out.Query)}
	if err != nil {
		e.Status = statusOf(kg.ErrorCode(err))
		e.Answer = out.Query + "\n-- refused: " + kg.ErrorMessage(err)
	}
	_ = s.opts.Auth.Audit(context.WithoutCancel(ctx), e)
}

// notImplemented answers 501, which no kg code maps to: the server can
// never answer this request as configured.
func notImplemented(c echo.Context, msg string) error {
	var body ErrorBody
	body.Error.Code, body.Error.Message = kg.EUNSUPPORTED, msg
	return c.JSON(http.StatusNotImplemented, body)
}
