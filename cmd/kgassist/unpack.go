package main

import (
	"io/fs"
	"os"
	"path/filepath"

	demo "github.com/kgassist/kgassist/examples/demo"
)

// unpackDemo writes the embedded demo corpus to dir, so the demo runs from
// any working directory and from an installed binary.
func unpackDemo(dir string) (string, error) {
	err := fs.WalkDir(demo.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(demo.FS, path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	return dir, err
}
