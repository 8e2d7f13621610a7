package ingest

// SetStreamRows sets the rows of one part of a streamed document, and
// returns a function that restores the default.
func SetStreamRows(n int) (restore func()) {
	old := streamRows
	streamRows = n
	return func() { streamRows = old }
}
