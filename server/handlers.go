package server

import (
	"context"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
	"github.com/labstack/echo/v4"
)

type askRequest struct {
	Question  string `json:"question"`
	Clearance string `json:"clearance"`
}

// ask is the single-question endpoint, without a conversation.
func (s *Server) ask(c echo.Context) error {
	var req askRequest
	if err := bindJSON(c, &req, `{"question": "...", "clearance": "public"}`); err != nil {
		return err
	}
	p := principalOf(c)
	clearance, err := p.questionAt(req.Question, req.Clearance)
	if err != nil {
		return err
	}
	msg := assistant.Message{Question: req.Question, Clearance: clearance, Ledger: s.ledger(c, p)}
	r, err := s.conv.Ask(c.Request().Context(), msg)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, r.Answer)
}

// me tells a client what its key may do, so the console can offer only
// the clearances and tabs that will work.
func (s *Server) me(c echo.Context) error {
	p := principalOf(c)
	out := map[string]any{"key_id": p.KeyID(), "clearance": p.Clearance, "default_clearance": p.Default,
		"default_audience": defaultUploadAudience(p), "local": p.Key == nil}
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
	offset, _ := strconv.Atoi(c.QueryParam("offset"))
	docs, err := s.opts.Store.ListDocuments(c.Request().Context(), clearance, kg.DocumentQuery{Limit: limitParam(c, 100, 1000), Offset: max(offset, 0)})
	return listJSON(c, "documents", docs, err)
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
	facts, ok, err := s.documentFacts(ctx, clearance, doc.ID)
	if err != nil {
		return err
	}
	chunks, err := s.documentChunks(ctx, clearance, doc)
	if err != nil {
		return err
	}
	out := map[string]any{"document": doc, "chunks": chunks}
	if ok {
		out["entities"], out["relations"] = facts.Entities, facts.Relations
	}
	return c.JSON(http.StatusOK, out)
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
// Without one a document is internal (or the caller's clearance, if
// lower): publishing is a choice, never a default.
func uploadAudience(c echo.Context) (kg.Audience, error) {
	p := principalOf(c)
	if strings.TrimSpace(c.FormValue("audience")) == "" {
		return defaultUploadAudience(p), nil
	}
	aud, err := kg.ParseAudience(c.FormValue("audience"))
	if err != nil {
		return aud, err
	}
	if aud > p.Clearance {
		return aud, kg.Errorf(kg.EFORBIDDEN, "this key may upload up to %s, not %s", p.Clearance, aud)
	}
	return aud, nil
}

// defaultUploadAudience is internal, or the caller's clearance if lower.
func defaultUploadAudience(p *principal) kg.Audience { return min(kg.Internal, p.Clearance) }

// uploadDocuments ingests the files of a multipart form ("file" fields)
// at the form's audience and reports per file, like the CLI.
func (s *Server) uploadDocuments(c echo.Context) error {
	return s.withUpload(c, func(form *multipart.Form, audience kg.Audience) error {
		return s.ingestForm(c, form, audience)
	})
}

// ingestForm ingests the form's files now, each on its own.
func (s *Server) ingestForm(c echo.Context, form *multipart.Form, audience kg.Audience) error {
	files := form.File["file"]
	if len(files) == 0 {
		return kg.Errorf(kg.EINVALID, "no \"file\" field in the form")
	}
	if len(files) > s.opts.MaxUploadFiles {
		return kg.Errorf(kg.ETOOLARGE, "at most %d files per upload", s.opts.MaxUploadFiles)
	}
	p := principalOf(c)
	ups := make([]pendingUpload, len(files))
	for i, fh := range files {
		ups[i] = pendingUpload{
			uploadSpec: uploadSpec{name: fh.Filename, aud: audience, writer: p.Clearance, relabel: formBool(c, "relabel"), keyID: p.KeyID()},
			size:       fh.Size, read: func() ([]byte, error) { return readPart(fh) },
		}
	}
	var rep ingest.Report
	for _, res := range s.ingestUploads(c.Request().Context(), ups) {
		rep.Add(res)
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

func formBool(c echo.Context, name string) bool {
	v, _ := strconv.ParseBool(c.FormValue(name))
	return v
}

// uploadURI places an upload in the namespace of the writer's clearance,
// so a writer only ever replaces documents it could read: a public key's
// bonus.txt is not an internal key's, and answers nothing about it.
// Writers cleared for everything keep the plain upload/NAME.
func uploadURI(writer kg.Audience, name string) string {
	base := ingest.SafeName(filepath.Base(filepath.Clean("/" + name)))
	if writer == kg.Restricted {
		return "upload/" + base
	}
	return "upload/" + writer.String() + "/" + base
}

// uploadSpec is one uploaded file to ingest and who sends it.
type uploadSpec struct {
	name    string
	aud     kg.Audience
	writer  kg.Audience // the sender's clearance
	relabel bool
	keyID   string
}

// pendingUpload is an uploaded file not yet read.
type pendingUpload struct {
	uploadSpec
	size int64
	read func() ([]byte, error)
	gone bool // a job's saved file that is no longer there
}

// ingestUploads ingests uploaded files and returns their results in
// order, GroupDocs at a time: a store that commits groups writes each
// slice in one transaction. Each file is read only when it is prepared.
func (s *Server) ingestUploads(ctx context.Context, ups []pendingUpload) []ingest.Result {
	results := make([]ingest.Result, 0, len(ups))
	for lo := 0; lo < len(ups); lo += ingest.GroupDocs {
		results = append(results, s.ingestSlice(ctx, ups[lo:min(lo+ingest.GroupDocs, len(ups))])...)
	}
	return results
}

func (s *Server) ingestSlice(ctx context.Context, ups []pendingUpload) []ingest.Result {
	results := make([]ingest.Result, len(ups))
	var srcs []ingest.Source
	var at []int // index in results of each source
	for i, up := range ups {
		src, failed := s.uploadSource(up)
		if failed != nil {
			results[i] = *failed
			continue
		}
		srcs, at = append(srcs, src), append(at, i)
	}
	written, err := s.opts.Pipeline.IngestSources(ctx, srcs)
	if err != nil {
		slog.Error("uploads stored but search did not catch up", "err", err)
	}
	for k, res := range written {
		results[at[k]] = res
		s.metrics.ingestDoc.WithLabelValues(string(res.Status)).Inc()
		s.metrics.facts.Add(float64(res.Entities + res.Relations))
		s.auditRelabel(ctx, ups[at[k]].keyID, res)
	}
	return results
}

// uploadSource is the source to ingest for an upload, read when it is
// prepared, or the result that says why it cannot be ingested.
func (s *Server) uploadSource(up pendingUpload) (ingest.Source, *ingest.Result) {
	uri := uploadURI(up.writer, up.name)
	if up.gone {
		return ingest.Source{}, &ingest.Result{URI: uri, Status: ingest.StatusFailed, Code: kg.EINTERNAL, Error: "uploaded file is gone"}
	}
	if err := load.CheckSize(uri, up.size, s.opts.Pipeline.Limits); err != nil {
		return ingest.Source{}, &ingest.Result{URI: uri, Status: ingest.StatusFailed, Code: kg.ErrorCode(err), Error: kg.ErrorMessage(err)}
	}
	read := func() ([]byte, error) {
		data, err := up.read()
		if err != nil {
			return nil, kg.Errorf(kg.EINVALID, "reading upload: %v", err)
		}
		return data, nil
	}
	writer := up.writer
	return ingest.Source{URI: uri, Read: read, Audience: up.aud, Writer: &writer, Relabel: up.relabel}, nil
}

// auditRelabel records a lowered audience: who published what.
func (s *Server) auditRelabel(ctx context.Context, keyID string, res ingest.Result) {
	was, err := kg.ParseAudience(res.RelabelledFrom)
	if res.Status != ingest.StatusOK || res.RelabelledFrom == "" || err != nil || was <= res.Audience || s.opts.Auth == nil {
		return
	}
	e := auth.AuditEntry{KeyID: keyID, Route: "relabel", Question: "relabel " + res.URI,
		Answer: fmt.Sprintf("%s → %s", res.RelabelledFrom, res.Audience), Sources: []string{res.DocumentID},
		Clearance: res.Audience, Status: http.StatusOK}
	if err := s.opts.Auth.Audit(context.WithoutCancel(ctx), e); err != nil {
		slog.Error("audit relabel", "uri", res.URI, "err", err)
	}
}
