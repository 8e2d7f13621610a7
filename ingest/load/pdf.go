package load

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"strings"

	"github.com/kgassist/kgassist/kg"
	"github.com/ledongthuc/pdf"
)

// pdfSlots bounds PDF parses running at once. A parse in a child process
// holds its slot until the child has exited, so at most this many cores go
// to PDFs. A parse in this process (where no child can be started) holds it
// until the parser returns, which for a looping file is never: such parses
// can then never pile up past this bound, and once every slot is stuck,
// further PDFs fail fast with EUNAVAILABLE instead of eating the CPU.
var pdfSlots = make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))

// loadPDF extracts text page by page, each block carrying its page number.
// Lines that look like headings become headings. Parsing runs in a child
// process killed at lim.PDFTimeout or when ctx ends, and a parser panic is
// EINVALID.
func loadPDF(ctx context.Context, name string, data []byte, lim Limits) (*Parsed, error) {
	ctx, cancel := context.WithTimeout(ctx, lim.PDFTimeout)
	defer cancel()
	select {
	case pdfSlots <- struct{}{}:
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, kg.Errorf(kg.EUNAVAILABLE, "PDF parsing is busy; try again later")
		}
		return nil, ctx.Err()
	}
	var p *Parsed
	var err error
	if exe := pdfExecutable(); exe != "" {
		p, err = pdfParseChild(ctx, exe, name, data)
		<-pdfSlots
	} else {
		p, err = pdfParseInProcess(ctx, name, data)
	}
	if err != nil && ctx.Err() != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, kg.Errorf(kg.ETIMEOUT, "PDF parsing took longer than %s; the file may be malformed", lim.PDFTimeout)
		}
		return nil, ctx.Err()
	}
	return p, err
}

// pdfParseInProcess parses in a goroutine of this process and returns when
// it finishes or ctx ends, whichever is first. A parse that outlives ctx
// keeps running, and keeps its pdfSlots slot, until it returns.
func pdfParseInProcess(ctx context.Context, name string, data []byte) (*Parsed, error) {
	type result struct {
		p   *Parsed
		err error
	}
	done := make(chan result, 1) // buffered: a late parse must not block
	go func() {
		defer func() { <-pdfSlots }()
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: loadCorrupt("pdf", name, fmt.Errorf("parser panic: %v", r))}
			}
		}()
		p, err := pdfParse(ctx, name, data)
		done <- result{p, err}
	}()
	select {
	case r := <-done:
		return r.p, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

var pdfListMarker = regexp.MustCompile(`^\(?\d{1,3}[.)]$`)

func pdfParse(ctx context.Context, name string, data []byte) (*Parsed, error) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, loadCorrupt("pdf", name, err)
	}
	p := &Parsed{Title: pdfInfoTitle(r)}
	n := r.NumPage()
	if n <= 0 {
		return nil, kg.Errorf(kg.EINVALID, "corrupt pdf file: no pages")
	}
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		page := r.Page(i)
		if page.V.IsNull() {
			continue
		}
		// Fonts are per page: "F1" on one page need not be "F1" on the next.
		text, err := pdfVisibleText(page)
		if err != nil {
			return nil, loadCorrupt("pdf", name, err)
		}
		p.Blocks = append(p.Blocks, pdfBlocks(text, i)...)
	}
	if len(p.Blocks) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "pdf has no extractable text (a scanned image?)")
	}
	pdfRowFirstTables(p.Blocks)
	return p, nil
}

// pdfBlocks turns one page of extracted lines into blocks. PDF text has no
// paragraph marks: a line ending a sentence ends its paragraph, and short
// lines that look like headings stand alone.
func pdfBlocks(text string, page int) []Block {
	p := pageBlocks{page: page}
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		if n := pdfTableRun(lines[i:]); n > 0 {
			t := pdfTable(lines[i : i+n])
			t.Name = p.takeCaption()
			p.add(Block{Kind: TableBlock, Table: t})
			i += n - 1
			continue
		}
		line := loadCollapse(lines[i])
		if line == "" || pdfListMarker.MatchString(line) {
			continue // a bare "3." is the number of the step beside it
		}
		if level, ok := loadHeadingLevel(line); ok && len(p.para) == 0 {
			p.add(Block{Kind: Heading, Level: level, Text: line})
			continue
		}
		p.para = append(p.para, line)
		if loadEndsSentence(line) {
			p.flush()
		}
	}
	return p.done()
}
