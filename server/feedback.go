package server

import (
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/kg"
)

func (s *Server) getConversation(c echo.Context) error {
	turns, err := s.opts.Auth.Conversations().Turns(c.Request().Context(), principalOf(c).KeyID(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"id": c.Param("id"), "turns": turns})
}

// deleteConversation forgets a conversation and purges its audit rows.
func (s *Server) deleteConversation(c echo.Context) error {
	if err := s.opts.Auth.Conversations().Delete(c.Request().Context(), principalOf(c).KeyID(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

type feedbackRequest struct {
	AnswerID       string `json:"answer_id"`
	ConversationID string `json:"conversation_id"`
	Turn           int    `json:"turn"`
	Rating         string `json:"rating"`
	Complaint      string `json:"complaint"`
}

// addFeedback rates one of the caller's own answers.
func (s *Server) addFeedback(c echo.Context) error {
	var req feedbackRequest
	if err := c.Bind(&req); err != nil {
		return kg.Errorf(kg.EINVALID, "request body must be JSON: {\"answer_id\": \"...\", \"rating\": \"up\"}")
	}
	if len(req.Complaint) > 4000 {
		return kg.Errorf(kg.ETOOLARGE, "complaint is longer than 4000 bytes")
	}
	ctx, keyID := c.Request().Context(), principalOf(c).KeyID()
	f := auth.Feedback{KeyID: keyID, Rating: req.Rating, Complaint: req.Complaint}
	switch {
	case req.AnswerID != "":
		conv, t, err := s.opts.Auth.TurnByAnswer(ctx, keyID, req.AnswerID)
		if err != nil {
			return err
		}
		f.ConversationID, f.Turn, f.AnswerID, f.Question, f.Answer = conv, t.N, t.AnswerID, t.Question, t.Answer
	case req.ConversationID != "" && req.Turn > 0:
		turns, err := s.opts.Auth.Conversations().Turns(ctx, keyID, req.ConversationID)
		if err != nil {
			return err
		}
		if req.Turn > len(turns) {
			return kg.Errorf(kg.ENOTFOUND, "no turn %d", req.Turn)
		}
		t := turns[req.Turn-1]
		f.ConversationID, f.Turn, f.AnswerID, f.Question, f.Answer = req.ConversationID, t.N, t.AnswerID, t.Question, t.Answer
	default:
		return kg.Errorf(kg.EINVALID, "name the answer: answer_id, or conversation_id and turn")
	}
	id, err := s.opts.Auth.AddFeedback(ctx, f)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, map[string]any{"id": id})
}

func (s *Server) listFeedback(c echo.Context) error {
	fb, err := s.opts.Auth.ListFeedback(c.Request().Context(), limitParam(c, 200, 1000))
	return listJSON(c, "feedback", fb, err)
}

func (s *Server) auditLog(c echo.Context) error {
	log, err := s.opts.Auth.AuditLog(c.Request().Context(), limitParam(c, 200, 1000))
	return listJSON(c, "audit", log, err)
}

// listJSON answers a list under key: an empty list, never null, when
// there is nothing to list.
func listJSON[T any](c echo.Context, key string, list []T, err error) error {
	if err != nil {
		return err
	}
	if list == nil {
		list = []T{}
	}
	return c.JSON(http.StatusOK, map[string]any{key: list})
}

// limitParam is the limit query parameter: def when it is missing or
// outside 1..most.
func limitParam(c echo.Context, def, most int) int {
	n, _ := strconv.Atoi(c.QueryParam("limit"))
	if n <= 0 || n > most {
		return def
	}
	return n
}
