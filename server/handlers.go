package server

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

type askRequest struct {
	Question  string `json:"question"`
	Clearance string `json:"clearance"`
}

// ask is the single-question endpoint, without a conversation.
func (s *Server) ask(c echo.Context) error {
	var req askRequest
	if err := c.Bind(&req); err != nil {
		return kg.Errorf(kg.EINVALID, "request body must be JSON: {\"question\": \"...\", \"clearance\": \"public\"}")
	}
	p := principalOf(c)
	clearance, err := p.clearance(req.Clearance)
	if err != nil {
		return err
	}
	if err := checkQuestion(req.Question); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), s.opts.AskTimeout)
	defer cancel()
	release, err := s.reserveQuota(ctx, p, req.Question)
	if err != nil {
		return err
	}
	defer release()
	start := time.Now()
	ans, err := s.opts.Assistant.Ask(ctx, assistant.Request{Question: req.Question, Clearance: clearance})
	if err != nil {
		s.auditFailure(ctx, c, p, "", req.Question, clearance, start, err)
		return err
	}
	s.afterAnswer(ctx, c, p, &ChatAnswer{Answer: ans, Asked: req.Question}, clearance, start)
	return c.JSON(http.StatusOK, ans)
}

// me tells a client what its key may do, so the console can offer only
// the clearances and tabs that will work.
func (s *Server) me(c echo.Context) error {
	p := principalOf(c)
	out := map[string]any{"key_id": p.KeyID(), "clearance": p.Clearance, "default_clearance": p.Default, "local": p.Key == nil}
	if p.Key != nil {
		out["scopes"], out["name"] = p.Key.Scopes, p.Key.Name
	} else {
		out["scopes"] = []string{"chat", "ingest", "admin"}
	}
	return c.JSON(http.StatusOK, out)
}

func (s *Server) listDocuments(c echo.Context) error {
	clearance, err := principalOf(c).clearance(c.QueryParam("clearance"))
	if err != nil {
		return err
	}
	limit, _ := strconv.Atoi(c.QueryParam("limit"))
	offset, _ := strconv.Atoi(c.QueryParam("offset"))
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	docs, err := s.opts.Store.ListDocuments(c.Request().Context(), clearance, kg.DocumentQuery{Limit: limit, Offset: max(offset, 0)})
	if err != nil {
		return err
	}
	if docs == nil {
		docs = []kg.Document{}
	}
	return c.JSON(http.StatusOK, map[string]any{"documents": docs})
}

// getDocument returns a document with the facts it supports.
func (s *Server) getDocument(c echo.Context) error {
	clearance, err := principalOf(c).clearance(c.QueryParam("clearance"))
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	doc, err := s.opts.Store.Document(ctx, clearance, idParam(c))
	if err != nil {
		return err
	}
	facts, err := s.documentFacts(ctx, clearance, doc.ID)
	if err != nil {
		return err
	}
	chunks, err := s.documentChunks(ctx, clearance, doc)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"document": doc, "entities": facts, "chunks": chunks})
}

// deleteDocument deletes only what the caller could see: another
// clearance's document is not found, not forbidden.
func (s *Server) deleteDocument(c echo.Context) error {
	ctx := c.Request().Context()
	if _, err := s.opts.Store.Document(ctx, principalOf(c).Clearance, idParam(c)); err != nil {
		return err
	}
	if err := s.opts.Store.DeleteDocument(ctx, idParam(c)); err != nil {
		return err
	}
	if _, err := s.opts.Auth.PurgeDocument(ctx, idParam(c)); err != nil {
		return err
	}
	s.opts.OnChange()
	return c.NoContent(http.StatusNoContent)
}

// uploadAudience reads the form's audience, never above the caller's.
func uploadAudience(c echo.Context) (kg.Audience, error) {
	aud, err := kg.ParseAudience(c.FormValue("audience"))
	if err != nil {
		return aud, err
	}
	if p := principalOf(c); aud > p.Clearance {
		return aud, kg.Errorf(kg.EFORBIDDEN, "this key may upload up to %s, not %s", p.Clearance, aud)
	}
	return aud, nil
}

// uploadDocuments ingests the files of a multipart form ("file" fields)
// at the form's audience and reports per file, like the CLI.
func (s *Server) uploadDocuments(c echo.Context) error {
	if s.opts.Pipeline == nil {
		return kg.Errorf(kg.EUNSUPPORTED, "this server does not accept uploads")
	}
	form, err := c.MultipartForm()
	if err != nil {
		return kg.Errorf(kg.EINVALID, "expected a multipart form with one or more \"file\" fields")
	}
	audience, err := uploadAudience(c)
	if err != nil {
		return err
	}
	files := form.File["file"]
	if len(files) == 0 {
		return kg.Errorf(kg.EINVALID, "no \"file\" field in the form")
	}
	if len(files) > s.opts.MaxUploadFiles {
		return kg.Errorf(kg.ETOOLARGE, "at most %d files per upload", s.opts.MaxUploadFiles)
	}
	var rep ingest.Report
	for _, fh := range files {
		rep.Add(s.ingestUpload(c.Request().Context(), fh.Filename, fh.Size, audience, func() ([]byte, error) { return readPart(fh) }))
	}
	if rep.OK > 0 {
		s.opts.OnChange()
	}
	status := http.StatusOK
	if rep.Failed > 0 && rep.OK+rep.Unchanged == 0 {
		status = statusOf(rep.Results[0].Code)
	}
	return c.JSON(status, rep)
}

func (s *Server) ingestUpload(ctx context.Context, name string, size int64, aud kg.Audience, read func() ([]byte, error)) ingest.Result {
	uri := "upload/" + filepath.Base(filepath.Clean("/"+name))
	if err := ingest.CheckSize(uri, size, s.opts.Pipeline.Limits); err != nil {
		return ingest.Result{URI: uri, Status: ingest.StatusFailed, Code: kg.ErrorCode(err), Error: kg.ErrorMessage(err)}
	}
	data, err := read()
	if err != nil {
		return ingest.Result{URI: uri, Status: ingest.StatusFailed, Code: kg.EINVALID, Error: fmt.Sprintf("reading upload: %v", err)}
	}
	res := s.opts.Pipeline.Ingest(ctx, ingest.Source{URI: uri, Data: data, Audience: aud})
	s.metrics.ingestDoc.WithLabelValues(string(res.Status)).Inc()
	s.metrics.facts.Add(float64(res.Entities + res.Relations))
	return res
}
