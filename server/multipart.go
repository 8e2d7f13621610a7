package server

import (
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/kgassist/kgassist/kg"
)

type multipartFile = multipart.FileHeader

// uploadMemory is how much of an upload's files one request keeps in
// memory while its form is read; the rest waits in temp files (removed
// when the request ends, however it ends) and each file is read only
// when its turn comes. Go's default, 32 MB, let one request hold 32 MB
// of files it had not yet looked at.
const uploadMemory = 256 << 10

// refusedFormDrain bounds what is read of a refused form's body after the
// refusal, so its client reads the answer; past it the connection closes.
const refusedFormDrain = 16 << 20

// defaultMaxUploadBytes bounds one upload request, all its files
// together, unless the pipeline's file limit needs more.
const defaultMaxUploadBytes = 256 << 20

// uploadBodyLimit refuses an upload over limit with 413 and a message
// naming the limit (echo's own says only "Request Entity Too Large"), as
// soon as its declared length says so or, without one, when the body
// passes it.
func uploadBodyLimit(limit int64) echo.MiddlewareFunc {
	bounded := middleware.BodyLimit(byteSize(limit))
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		h := bounded(next)
		return func(c echo.Context) error {
			err := h(c)
			var he *echo.HTTPError
			if errors.As(err, &he) && he.Code == http.StatusRequestEntityTooLarge {
				return kg.Errorf(kg.ETOOLARGE, "upload over this server's limit of %s a request: send fewer or smaller files in each", readableSize(limit))
			}
			return err
		}
	}
}

// readableSize writes n bytes in the largest binary unit that divides it.
func readableSize(n int64) string {
	for _, u := range []struct {
		name string
		size int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + " " + u.name
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// uploadForm reads a multipart upload, answering 413 for a body over the
// limit and 400 for anything else it cannot read.
func uploadForm(c echo.Context) (*multipart.Form, error) {
	if err := c.Request().ParseMultipartForm(uploadMemory); err != nil {
		var he *echo.HTTPError
		if errors.As(err, &he) {
			return nil, he
		}
		// A form refused partway (too many parts) leaves its client still
		// sending: read the rest, within a bound, so that the client reads
		// the refusal instead of a reset.
		io.Copy(io.Discard, io.LimitReader(c.Request().Body, refusedFormDrain))
		return nil, kg.Errorf(kg.EINVALID, "expected a multipart form with one or more \"file\" fields")
	}
	return c.Request().MultipartForm, nil
}

// withUpload reads an upload request (its multipart form and the audience
// asked for) for fn, and removes the form's spooled files once fn returns.
func (s *Server) withUpload(c echo.Context, fn func(form *multipart.Form, aud kg.Audience) error) error {
	if s.opts.Pipeline == nil {
		return kg.Errorf(kg.EUNSUPPORTED, "this server does not accept uploads")
	}
	form, err := uploadForm(c)
	if err != nil {
		return err
	}
	// Removed here, not only by net/http, which knows the form only of
	// the request it made, not of a copy a middleware may have put in
	// its place.
	defer form.RemoveAll()
	aud, err := uploadAudience(c)
	if err != nil {
		return err
	}
	return fn(form, aud)
}

// readPart reads an uploaded file into one buffer of its size, rather
// than the doubling buffers of io.ReadAll (about twice the file, as
// garbage, for every file of a request).
func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, fh.Size)
	if _, err := io.ReadFull(f, data); err != nil {
		return nil, err
	}
	return data, nil
}

// openPart opens an uploaded file for streaming, never past its size.
func openPart(fh *multipart.FileHeader) func() (io.ReadCloser, error) {
	return func() (io.ReadCloser, error) {
		f, err := fh.Open()
		if err != nil {
			return nil, err
		}
		return struct {
			io.Reader
			io.Closer
		}{io.LimitReader(f, fh.Size), f}, nil
	}
}

// byteSize renders a limit the way echo's BodyLimit parses it.
func byteSize(n int64) string {
	return strconv.FormatInt(n, 10) + "B"
}
