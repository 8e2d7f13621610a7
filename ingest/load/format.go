package load

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// Limits bound what loading one file may cost. Uploaded files are untrusted:
// a few kilobytes can claim gigabytes once inflated, or nest XML deep enough
// to exhaust a stack, so every loader checks these before trusting its input.
// A zero field means the default.
type Limits struct {
	MaxFileBytes         int64 // size of the file as uploaded
	MaxZipEntries        int   // entries in a DOCX/XLSX archive
	MaxUncompressedBytes int64 // total bytes inflated from one archive
	MaxCompressionRatio  int64 // per entry, uncompressed/compressed
	MaxXMLDepth          int   // element nesting in DOCX parts
	// MaxTableRows bounds the rows of one CSV or sheet, and so a table's
	// memory: a 60-byte row costs kilobytes once it is a passage with its
	// vector and facts, all held until the document commits at once.
	MaxTableRows int
	PDFTimeout   time.Duration // wall time for parsing one PDF
}

// DefaultLimits fit real manuals, BOM workbooks and spec sheets with room to
// spare while refusing archive bombs long before memory runs short.
func DefaultLimits() Limits {
	return Limits{
		MaxFileBytes:         64 << 20,
		MaxZipEntries:        5000,
		MaxUncompressedBytes: 512 << 20,
		MaxCompressionRatio:  200,
		MaxXMLDepth:          256,
		MaxTableRows:         100_000,
		PDFTimeout:           30 * time.Second,
	}
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	l.MaxFileBytes = positiveOr(l.MaxFileBytes, d.MaxFileBytes)
	l.MaxZipEntries = positiveOr(l.MaxZipEntries, d.MaxZipEntries)
	l.MaxUncompressedBytes = positiveOr(l.MaxUncompressedBytes, d.MaxUncompressedBytes)
	l.MaxCompressionRatio = positiveOr(l.MaxCompressionRatio, d.MaxCompressionRatio)
	l.MaxXMLDepth = positiveOr(l.MaxXMLDepth, d.MaxXMLDepth)
	l.MaxTableRows = positiveOr(l.MaxTableRows, d.MaxTableRows)
	l.PDFTimeout = positiveOr(l.PDFTimeout, d.PDFTimeout)
	return l
}

// positiveOr is v, or def where v is zero or negative (no sensible limit).
func positiveOr[T int | int64 | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// CheckSize rejects a file before it is read into memory: empty files are
// EINVALID, files over lim.MaxFileBytes are ETOOLARGE.
func CheckSize(name string, size int64, lim Limits) error {
	lim = lim.withDefaults()
	switch {
	case size <= 0:
		return kg.Errorf(kg.EINVALID, "%s: empty file", filepath.Base(name))
	case size > lim.MaxFileBytes:
		return kg.Errorf(kg.ETOOLARGE, "%s: file is %d bytes, the limit is %d bytes",
			filepath.Base(name), size, lim.MaxFileBytes)
	}
	return nil
}

// loadFunc parses one format. It may panic on hostile input; formatLoader
// turns that into EINVALID.
type loadFunc func(ctx context.Context, name string, data []byte, lim Limits) (*Parsed, error)

// formatByExt maps a lower-case extension to the Parsed.Format it yields and
// its parser. Aliases share one format so that documents compare by format.
var formatByExt = map[string]struct {
	format string
	load   loadFunc
}{
	".md":       {"md", loadMarkdown},
	".markdown": {"md", loadMarkdown},
	".txt":      {"txt", loadPlainText},
	".text":     {"txt", loadPlainText},
	".log":      {"txt", loadPlainText},
	".html":     {"html", loadHTML},
	".htm":      {"html", loadHTML},
	".csv":      {"csv", loadCSV},
	".tsv":      {"csv", loadCSV},
	".xlsx":     {"xlsx", loadXLSX},
	".docx":     {"docx", loadDOCX},
	".pdf":      {"pdf", loadPDF},
}

// SupportedExtensions lists the file extensions LoaderFor accepts, sorted.
func SupportedExtensions() []string {
	return slices.Sorted(maps.Keys(formatByExt))
}

// Unsupported says why a file of this name would not be read, or "" when
// its format is supported, so that a folder walk can skip it with a reason
// before reading it.
func Unsupported(name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	if _, ok := formatByExt[ext]; ok {
		return ""
	}
	return "not a supported format" + formatHint(ext)
}

// LoaderFor picks the loader for a file by its extension. Legacy binary
// Office formats and slides are refused with EUNSUPPORTED rather than read
// as garbage.
func LoaderFor(name string, lim Limits) (Loader, error) {
	ext := strings.ToLower(filepath.Ext(name))
	f, ok := formatByExt[ext]
	if !ok {
		return nil, kg.Errorf(kg.EUNSUPPORTED, "%s: unsupported file type %q; supported: %s%s",
			filepath.Base(name), ext, strings.Join(SupportedExtensions(), " "), formatHint(ext))
	}
	return formatLoader{format: f.format, lim: lim.withDefaults(), load: f.load}, nil
}

func formatHint(ext string) string {
	switch ext {
	case ".doc", ".xls", ".ppt", ".pptx", ".rtf", ".odt", ".ods":
		return " (save it as .docx, .xlsx or .pdf first)"
	}
	return ""
}

// Load is LoaderFor followed by Load.
func Load(ctx context.Context, name string, data []byte, lim Limits) (*Parsed, error) {
	l, err := LoaderFor(name, lim)
	if err != nil {
		return nil, kg.Wrap("ingest.Load", err)
	}
	return l.Load(ctx, name, data)
}

// formatLoader applies the checks every format shares: size, context, and
// recover as the last line of defence against parser bugs.
type formatLoader struct {
	format string
	lim    Limits
	load   loadFunc
}

func (f formatLoader) Load(ctx context.Context, name string, data []byte) (p *Parsed, err error) {
	op := "ingest.Load" + strings.ToUpper(f.format)
	defer func() {
		if r := recover(); r != nil {
			p = nil
			err = &kg.Error{Code: kg.EINVALID, Op: op,
				Message: fmt.Sprintf("%s: corrupt %s file", filepath.Base(name), f.format),
				Err:     fmt.Errorf("parser panic: %v\n%s", r, debug.Stack())}
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, kg.Wrap(op, err)
	}
	if err := CheckSize(name, int64(len(data)), f.lim); err != nil {
		return nil, kg.Wrap(op, err)
	}
	p, err = f.load(ctx, name, data, f.lim)
	if err != nil {
		return nil, kg.Wrap(op, err)
	}
	p.Format = f.format
	if p.Title == "" {
		p.Title = formatTitle(name, p.Blocks)
	}
	return p, nil
}

// formatTitle is the first top heading, else the file name without its
// extension.
func formatTitle(name string, blocks []Block) string {
	for _, b := range blocks {
		if b.Kind == Heading && b.Level == 1 && b.Text != "" {
			return b.Text
		}
	}
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// loadCorrupt reports input that a format's parser rejected. The parser's
// own words stay in Err for logs; the user sees which format was broken.
func loadCorrupt(format, name string, err error) error {
	return &kg.Error{Code: kg.EINVALID, Message: fmt.Sprintf("%s is not a readable %s file: it is corrupt or truncated", filepath.Base(name), strings.ToUpper(format)), Err: err}
}
