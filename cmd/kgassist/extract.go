package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/kgassist/kgassist/ingest/extract"
)

// runExtract shows what the rules find in each line of stdin, so users can
// tune mappings and rules without ingesting anything.
func runExtract(ctx context.Context, c *command, args []string) error {
	mappings := c.String("mappings", "", "directory with tables.json, rules.json and aliases.tsv overriding the built-in ones")
	subject := c.String("subject", "", "the product the text is about")
	if _, err := c.parse(args); err != nil {
		return err
	}
	x, err := extract.NewExtractor(extract.WithMappingDir(*mappings), extract.WithSubject(*subject))
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(c.stdin)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	enc := json.NewEncoder(c.stdout)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		facts := x.ExtractText(ctx, line)
		if c.JSON {
			if err := enc.Encode(map[string]any{"text": line, "entities": facts.Entities, "relations": facts.Relations}); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(c.stdout, "%s\n", line)
		for _, e := range facts.Entities {
			fmt.Fprintf(c.stdout, "  entity   %-12s %s%s\n", e.Type, e.Name, propsSuffix(e.Props))
		}
		for _, r := range facts.Relations {
			fmt.Fprintf(c.stdout, "  relation %s -%s-> %s%s\n", r.From, r.Type, r.To, propsSuffix(r.Props))
		}
	}
	return sc.Err()
}

func propsSuffix(p map[string]string) string {
	if len(p) == 0 {
		return ""
	}
	var parts []string
	for k, v := range p {
		parts = append(parts, k+"="+v)
	}
	sort.Strings(parts)
	return " {" + strings.Join(parts, ", ") + "}"
}
