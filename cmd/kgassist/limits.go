package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

// Limits are the bounds on what one upload or file may cost; main owns
// them and hands the pipeline and the server their parts.
type Limits struct {
	UploadBytes byteSize // one upload request, all its files together
	FileBytes   byteSize // one file
	TableRows   int      // rows of one CSV or sheet
}

// defaultUploadBytes matches the server's own default.
const defaultUploadBytes = 256 << 20

func defaultLimits() Limits {
	d := load.DefaultLimits()
	return Limits{UploadBytes: defaultUploadBytes, FileBytes: byteSize(d.MaxFileBytes), TableRows: d.MaxTableRows}
}

// fileFlags registers the limits every ingesting command takes.
func fileFlags(fs *flag.FlagSet, l *Limits) {
	fs.Var(&l.FileBytes, "max-file-bytes", "largest `SIZE` of one file, e.g. 64MiB (larger files are refused)")
	fs.IntVar(&l.TableRows, "max-table-rows", l.TableRows, "most rows of one CSV or sheet (larger tables are refused with a message; split them)")
}

// uploadFlags adds the request bound of a server.
func uploadFlags(fs *flag.FlagSet, l *Limits) {
	fileFlags(fs, l)
	fs.Var(&l.UploadBytes, "max-upload-bytes", "largest `SIZE` of one upload request, all its files together, e.g. 256MiB (answered 413 beyond it)")
}

func (l Limits) check() error {
	if l.FileBytes <= 0 || l.UploadBytes <= 0 || l.TableRows <= 0 {
		return kg.Errorf(kg.EINVALID, "--max-file-bytes, --max-upload-bytes and --max-table-rows must be positive")
	}
	return nil
}

// load is the pipeline's share of the limits.
func (l Limits) load() load.Limits {
	return load.Limits{MaxFileBytes: int64(l.FileBytes), MaxTableRows: l.TableRows}
}

// byteSize is a flag of bytes written as 1048576, 512KiB, 64MiB, 1GiB or
// with the decimal kB, MB, GB.
type byteSize int64

var sizeUnits = []struct {
	suffix string
	n      int64
}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1}}

func (s *byteSize) Set(v string) error {
	t := strings.ToLower(strings.TrimSpace(v))
	unit := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, unit = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.n
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/unit {
		return fmt.Errorf("%q is not a size: write bytes, or a number with KiB, MiB or GiB", v)
	}
	*s = byteSize(n * unit)
	return nil
}

func (s byteSize) String() string {
	for _, u := range []struct {
		suffix string
		n      int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if s > 0 && int64(s)%u.n == 0 {
			return strconv.FormatInt(int64(s)/u.n, 10) + u.suffix
		}
	}
	return strconv.FormatInt(int64(s), 10)
}
