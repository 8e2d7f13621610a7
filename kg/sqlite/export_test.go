package sqlite

// SetSpillRows sets how many rows a batch buffers before it spills, and
// returns a function that restores the default.
func SetSpillRows(n int) (restore func()) {
	old := spillRows
	spillRows = n
	return func() { spillRows = old }
}
