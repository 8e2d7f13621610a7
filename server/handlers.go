package server

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/kg"
)

type askRequest struct {
	Question  string `json:"question"`
	Clearance string `json:"clearance"`
}

func (s *Server) ask(c echo.Context) error {
	var req askRequest
	if err := c.Bind(&req); err != nil {
		return kg.Errorf(kg.EINVALID, "request body must be JSON: {\"question\": \"...\", \"clearance\": \"public\"}")
	}
	clearance, err := kg.ParseAudience(req.Clearance)
	if err != nil {
		return err
	}
	if req.Question == "" {
		return kg.Errorf(kg.EINVALID, "question is required")
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), s.opts.AskTimeout)
	defer cancel()
	ans, err := s.opts.Assistant.Ask(ctx, assistant.Request{Question: req.Question, Clearance: clearance})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, ans)
}

// clearanceParam reads ?clearance=, public when absent.
func clearanceParam(c echo.Context) (kg.Audience, error) {
	return kg.ParseAudience(c.QueryParam("clearance"))
}

func (s *Server) listDocuments(c echo.Context) error {
	clearance, err := clearanceParam(c)
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

func (s *Server) getDocument(c echo.Context) error {
	clearance, err := clearanceParam(c)
	if err != nil {
		return err
	}
	doc, err := s.opts.Store.Document(c.Request().Context(), clearance, c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, doc)
}

func (s *Server) deleteDocument(c echo.Context) error {
	if err := s.opts.Store.DeleteDocument(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	s.opts.OnChange()
	return c.NoContent(http.StatusNoContent)
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
	audience, err := kg.ParseAudience(c.FormValue("audience"))
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
	return s.opts.Pipeline.Ingest(ctx, ingest.Source{URI: uri, Data: data, Audience: aud})
}
