package server

import (
	"io"
	"mime/multipart"
	"strconv"
)

type multipartFile = multipart.FileHeader

func readPart(fh *multipart.FileHeader) ([]byte, error) {
	f, err := fh.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, fh.Size+1))
}

// byteSize renders a limit the way echo's BodyLimit parses it.
func byteSize(n int64) string {
	return strconv.FormatInt(n, 10) + "B"
}
