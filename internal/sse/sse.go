// Package sse reads Server-Sent Events as a client does, for the load
// driver and the tests that read kgassist's answer streams.
package sse

import (
	"bufio"
	"io"
	"strings"
)

// Read calls fn with each data line of the stream r and the name of the
// event it belongs to, until r ends or fn fails. Lines may be long: an
// event holds a whole answer with its evidence.
func Read(r io.Reader, fn func(event, data string) error) error {
	var event string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 8<<20)
	for sc.Scan() {
		line := sc.Text()
		if name, ok := strings.CutPrefix(line, "event: "); ok {
			event = name
			continue
		}
		if data, ok := strings.CutPrefix(line, "data: "); ok {
			if err := fn(event, data); err != nil {
				return err
			}
		}
	}
	return sc.Err()
}
