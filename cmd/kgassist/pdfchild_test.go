package main

import (
	"os"
	"testing"

	"github.com/kgassist/kgassist/ingest/load"
)

// TestMain lets this test binary parse hostile PDFs in a child process it
// can kill, as main does.
func TestMain(m *testing.M) { load.ServePDFChild(); os.Exit(m.Run()) }
