package load

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kgassist/kgassist/kg"
)

// SafeZip reads a DOCX or XLSX container without trusting it. Sizes in a
// central directory are claims, not facts: entries are counted and checked
// up front, and bytes are counted again while they inflate, so neither a
// zip bomb nor a directory that understates sizes can exhaust memory.
type SafeZip struct {
	zr       *zip.Reader
	lim      Limits
	inflated int64 // bytes inflated so far, across all entries
}

// zipRatioFloor is the entry size under which compression ratios are not
// judged: small runs of repeated XML compress far but cost nothing.
const zipRatioFloor = 1 << 20

// OpenSafeZip checks the archive's directory against lim: entry count, sum
// of declared sizes, per-entry compression ratio, and names that would
// escape a folder. It returns ETOOLARGE or EINVALID with the reason.
func OpenSafeZip(data []byte, lim Limits) (*SafeZip, error) {
	lim = lim.withDefaults()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) { // names are judged below, with a clearer message
		return nil, &kg.Error{Code: kg.EINVALID, Message: "not a valid zip archive (truncated or corrupt)", Err: err}
	}
	if len(zr.File) > lim.MaxZipEntries {
		return nil, kg.Errorf(kg.ETOOLARGE, "zip archive has %d entries, the limit is %d", len(zr.File), lim.MaxZipEntries)
	}
	var declared uint64
	seen := make(map[string]bool, len(zr.File))
	for _, f := range zr.File {
		if err := zipCheckName(f.Name); err != nil {
			return nil, err
		}
		// Entries are looked up by name, so a second entry of one name
		// would be silently shadowed by the first.
		if seen[f.Name] {
			return nil, kg.Errorf(kg.EINVALID, "zip archive holds two entries named %q; rename one", f.Name)
		}
		seen[f.Name] = true
		declared += f.UncompressedSize64
		if declared > uint64(lim.MaxUncompressedBytes) {
			return nil, kg.Errorf(kg.ETOOLARGE, "zip archive would inflate to over %d bytes", lim.MaxUncompressedBytes)
		}
		if err := zipCheckRatio(f.Name, f.UncompressedSize64, f.CompressedSize64, lim); err != nil {
			return nil, err
		}
	}
	return &SafeZip{zr: zr, lim: lim}, nil
}

func zipCheckName(name string) error {
	clean := strings.ReplaceAll(name, `\`, "/")
	if strings.HasPrefix(clean, "/") || (len(clean) > 1 && clean[1] == ':') {
		return kg.Errorf(kg.EINVALID, "zip entry %q has an absolute path", name)
	}
	for _, part := range strings.Split(clean, "/") {
		if part == ".." {
			return kg.Errorf(kg.EINVALID, "zip entry %q escapes its folder", name)
		}
	}
	return nil
}

func zipCheckRatio(name string, uncompressed, compressed uint64, lim Limits) error {
	if uncompressed < zipRatioFloor {
		return nil
	}
	if compressed == 0 || uncompressed/compressed > uint64(lim.MaxCompressionRatio) {
		return kg.Errorf(kg.ETOOLARGE, "zip entry %q compresses more than %d:1, refusing a likely zip bomb",
			name, lim.MaxCompressionRatio)
	}
	return nil
}

// Names lists the entries in archive order.
func (z *SafeZip) Names() []string {
	names := make([]string, len(z.zr.File))
	for i, f := range z.zr.File {
		names[i] = f.Name
	}
	return names
}

// Has reports whether the archive has an entry called name.
func (z *SafeZip) Has(name string) bool { return z.file(name) != nil }

func (z *SafeZip) file(name string) *zip.File {
	for _, f := range z.zr.File {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Open streams one entry, counting inflated bytes against the entry's
// declared size, its compression ratio and the archive's total budget.
func (z *SafeZip) Open(name string) (io.ReadCloser, error) {
	f := z.file(name)
	if f == nil {
		return nil, kg.Errorf(kg.EINVALID, "zip archive has no %s", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, &kg.Error{Code: kg.EINVALID, Message: fmt.Sprintf("zip entry %q cannot be opened", name), Err: err}
	}
	return &zipCountingReader{rc: rc, z: z, f: f}, nil
}

// ReadFile returns one whole entry. The buffer is the declared size, which
// OpenSafeZip checked against the limits: io.ReadAll's doubling made an
// entry cost up to twice its size, and a directory that understates sizes
// fails at its first extra byte.
func (z *SafeZip) ReadFile(name string) ([]byte, error) {
	rc, err := z.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	buf := make([]byte, z.file(name).UncompressedSize64)
	n, err := io.ReadFull(rc, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	if _, err := rc.Read(make([]byte, 1)); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf[:n], nil
}

// CheckAll inflates every entry and discards it, so that a library that
// opens the archive on its own afterwards only ever sees checked bytes.
func (z *SafeZip) CheckAll() error {
	for _, f := range z.zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		rc, err := z.Open(f.Name)
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, rc)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

type zipCountingReader struct {
	rc io.ReadCloser
	z  *SafeZip
	f  *zip.File
	n  uint64
}

func (r *zipCountingReader) Read(p []byte) (int, error) {
	n, err := r.rc.Read(p)
	r.n += uint64(n)
	r.z.inflated += int64(n)
	if e := r.check(); e != nil {
		return n, e
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return n, &kg.Error{Code: kg.EINVALID, Message: fmt.Sprintf("zip entry %q is corrupt", r.f.Name), Err: err}
	}
	return n, err
}

func (r *zipCountingReader) check() error {
	switch {
	case r.n > r.f.UncompressedSize64:
		return kg.Errorf(kg.EINVALID, "zip entry %q inflates past its declared size of %d bytes", r.f.Name, r.f.UncompressedSize64)
	case r.z.inflated > r.z.lim.MaxUncompressedBytes:
		return kg.Errorf(kg.ETOOLARGE, "zip archive inflates to over %d bytes", r.z.lim.MaxUncompressedBytes)
	}
	return zipCheckRatio(r.f.Name, r.n, r.f.CompressedSize64, r.z.lim)
}

func (r *zipCountingReader) Close() error { return r.rc.Close() }
