package load

import (
	"context"
	"regexp"
	"strings"
)

var textBullet = regexp.MustCompile(`^[ \t]*(?:[-*•·▪●◦]|\(?\d{1,3}[.)、])[ \t]+(\S.*)$`)

// loadPlainText reads paragraphs separated by blank lines. Plain text has no
// markup, so headings are guessed from the line itself (loadHeadingLevel)
// and bullet lines become list items.
func loadPlainText(ctx context.Context, name string, data []byte, _ Limits) (*Parsed, error) {
	text, enc, err := loadDecode(ctx, data)
	if err != nil {
		return nil, err
	}
	p := &Parsed{Encoding: enc, Blocks: textBlocks(text, 0)}
	return loadNeedText("txt", p)
}

// textBlocks splits text into blocks; page is set on each (0 if unpaged).
func textBlocks(text string, page int) []Block {
	p := pageBlocks{page: page}
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			p.flush()
			continue
		}
		if level, ok := loadHeadingLevel(trimmed); ok && len(p.para) == 0 {
			p.add(Block{Kind: Heading, Level: level, Text: loadCollapse(trimmed)})
			continue
		}
		if m := textBullet.FindStringSubmatch(line); m != nil {
			p.add(Block{Kind: ListItem, Text: loadCollapse(m[1])})
			continue
		}
		p.para = append(p.para, trimmed)
	}
	return p.done()
}

// pageBlocks gathers the blocks of one page, joining the lines of a
// paragraph until something ends it.
type pageBlocks struct {
	page   int
	blocks []Block
	para   []string
}

// flush ends the paragraph in progress.
func (p *pageBlocks) flush() {
	if s := loadJoin(p.para); s != "" {
		p.blocks = append(p.blocks, Block{Kind: Paragraph, Text: s, Page: p.page})
	}
	p.para = nil
}

// add ends the paragraph in progress and adds b on the page.
func (p *pageBlocks) add(b Block) {
	p.flush()
	b.Page = p.page
	p.blocks = append(p.blocks, b)
}

func (p *pageBlocks) done() []Block {
	p.flush()
	return p.blocks
}
