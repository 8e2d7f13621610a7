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
	var blocks []Block
	var para []string
	flush := func() {
		if s := loadJoin(para); s != "" {
			blocks = append(blocks, Block{Kind: Paragraph, Text: s, Page: page})
		}
		para = nil
	}
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			continue
		}
		if level, ok := loadHeadingLevel(trimmed); ok && len(para) == 0 {
			blocks = append(blocks, Block{Kind: Heading, Level: level, Text: loadCollapse(trimmed), Page: page})
			continue
		}
		if m := textBullet.FindStringSubmatch(line); m != nil {
			flush()
			blocks = append(blocks, Block{Kind: ListItem, Text: loadCollapse(m[1]), Page: page})
			continue
		}
		para = append(para, trimmed)
	}
	flush()
	return blocks
}
