package server

import (
	"os"
	"testing"

	"github.com/kgassist/kgassist/ingest/load"
)

// TestMain lets this test binary parse hostile PDFs in a child process it
// can kill, as kgassist serve does.
func TestMain(m *testing.M) { load.ServePDFChild(); os.Exit(m.Run()) }
