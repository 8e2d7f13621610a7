package server

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/kg"
)

type retrieveRequest struct {
	Question  string `json:"question"`
	Clearance string `json:"clearance"`
	K         int    `json:"k"`
}

// maxRetrieveK bounds the passages one retrieval returns.
const maxRetrieveK = 50

// retrieve is retrieval without an answer: the ranked passages for a
// question at the caller's clearance, with the trace of how they were
// found. Scores are relative to the caller's own first passage.
func (s *Server) retrieve(c echo.Context) error {
	var req retrieveRequest
	if err := bindJSON(c, &req, `{"question": "...", "k": 10}`); err != nil {
		return err
	}
	p := principalOf(c)
	clearance, err := p.questionAt(req.Question, req.Clearance)
	if err != nil {
		return err
	}
	if req.K < 0 || req.K > maxRetrieveK {
		return kg.Errorf(kg.EINVALID, "k must be between 1 and %d", maxRetrieveK)
	}
	// Retrieval spends no model tokens, but a key past its daily quota is
	// refused here as on every other question route.
	return s.withQuota(c, p, req.Question, func(ctx context.Context) error {
		ev, err := s.opts.Assistant.Retrieve(ctx, clearance, req.Question)
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, ev.Ranked(req.K))
	})
}
