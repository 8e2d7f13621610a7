package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// pathItem is one file to ingest, or a path reported without loading it:
// err when it cannot be ingested, skip (the reason) when it is left out.
type pathItem struct {
	path string
	err  error
	skip string
}

// collect expands paths into files, in a stable order. A path that cannot
// be read is reported, never fatal; a named pipe or device is never
// opened; a link leads out of the given folder only when follow is set.
func collect(paths []string, follow bool) []pathItem {
	var out []pathItem
	for _, p := range paths {
		out = append(out, collectArg(p, follow)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

func collectArg(p string, follow bool) []pathItem {
	st, err := os.Lstat(p)
	if err != nil {
		return []pathItem{{path: p, err: pathError(p, err)}}
	}
	if st.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(p)
		switch {
		case err != nil:
			return []pathItem{{path: p, err: kg.Errorf(kg.EINVALID, "a symbolic link to something that does not exist")}}
		case !follow:
			return []pathItem{{path: p, err: kg.Errorf(kg.EINVALID, "a symbolic link to %s; pass --follow-links to ingest what it points to", target)}}
		}
		if st, err = os.Stat(target); err != nil {
			return []pathItem{{path: p, err: pathError(p, err)}}
		}
		if st.IsDir() {
			return walkFolder(target, follow)
		}
	}
	switch {
	case st.IsDir():
		return walkFolder(p, follow)
	case !st.Mode().IsRegular():
		return []pathItem{{path: p, err: notRegular(p, st.Mode())}}
	}
	return []pathItem{{path: p}}
}

// walkFolder lists a folder's files, skipping hidden ones silently and
// listing what kgassist cannot read as skipped.
func walkFolder(root string, follow bool) []pathItem {
	var out []pathItem
	realRoot, _ := filepath.EvalSymlinks(root)
	seen := map[string]bool{realRoot: true}
	var walk func(dir string)
	walk = func(dir string) {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, pathItem{path: path, err: pathError(path, err)})
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			hidden := strings.HasPrefix(d.Name(), ".") && path != dir
			switch {
			case hidden && d.IsDir():
				return filepath.SkipDir
			case hidden, d.IsDir():
				return nil
			case d.Type()&fs.ModeSymlink != 0:
				out = append(out, followLink(path, realRoot, follow, seen, walk)...)
			case !d.Type().IsRegular():
				out = append(out, pathItem{path: path, skip: notRegular(path, d.Type()).Message})
			default:
				out = append(out, fileItem(path))
			}
			return nil
		})
		if err != nil {
			out = append(out, pathItem{path: dir, err: pathError(dir, err)})
		}
	}
	walk(root)
	return out
}

// followLink resolves a link met in a folder: to a file inside the root it
// is read; anything else is skipped unless follow is set, and a folder is
// walked once at most, so a loop of links ends.
func followLink(path, root string, follow bool, seen map[string]bool, walk func(string)) []pathItem {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return []pathItem{{path: path, skip: "symbolic link to something that does not exist"}}
	}
	st, err := os.Stat(target)
	if err != nil {
		return []pathItem{{path: path, err: pathError(path, err)}}
	}
	inside := root != "" && (target == root || strings.HasPrefix(target, root+string(filepath.Separator)))
	switch {
	case !inside && !follow:
		return []pathItem{{path: path, skip: "symbolic link to " + target + ", outside the folder (--follow-links follows it)"}}
	case st.IsDir() && !follow:
		return []pathItem{{path: path, skip: "symbolic link to a folder (--follow-links follows it)"}}
	case st.IsDir():
		if !seen[target] {
			seen[target] = true
			walk(target)
		}
		return nil
	case !st.Mode().IsRegular():
		return []pathItem{{path: path, skip: notRegular(path, st.Mode()).Message}}
	}
	return []pathItem{fileItem(path)}
}

// fileItem is a regular file found in a folder: read if its format is
// supported, skipped otherwise.
func fileItem(path string) pathItem {
	return pathItem{path: path, skip: load.Unsupported(path)}
}

func pathError(p string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return kg.Errorf(kg.ENOTFOUND, "no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return kg.Errorf(kg.EFORBIDDEN, "permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return kg.Errorf(kg.EINVALID, "cannot be read: %v", err)
}

// notRegular refuses what is not a plain file: reading a named pipe or a
// device could block forever or never end. Results name the path; the
// message says what it is.
func notRegular(_ string, m fs.FileMode) *kg.Error {
	kind := "not a regular file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO), not a regular file"
	case m&fs.ModeSocket != 0:
		kind = "a socket, not a regular file"
	case m&fs.ModeDevice != 0:
		kind = "a device, not a regular file"
	}
	return kg.Errorf(kg.EINVALID, "%s", kind)
}
