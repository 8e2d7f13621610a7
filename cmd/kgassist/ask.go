package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/kg"
)

func runAsk(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	var cfg Config
	fs := flags("ask", &cfg, stderr)
	fs.StringVar(&cfg.Clearance, "clearance", "public", "what the asker may see: public, partner, internal or restricted")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	question := strings.TrimSpace(strings.Join(pos, " "))
	if question == "" {
		return kg.Errorf(kg.EINVALID, "no question given")
	}
	clearance, err := kg.ParseAudience(cfg.Clearance)
	if err != nil {
		return err
	}
	a, err := openExistingApp(ctx, cfg.Store)
	if err != nil {
		return err
	}
	defer a.Close()
	ans, err := a.assistant.Ask(ctx, assistant.Request{Question: question, Clearance: clearance})
	if err != nil {
		return err
	}
	if cfg.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(ans)
	}
	printAnswer(stdout, ans)
	return nil
}

func printAnswer(w io.Writer, ans *assistant.Answer) {
	fmt.Fprintln(w, ans.Answer)
	if len(ans.Citations) == 0 {
		return
	}
	fmt.Fprintln(w, "\nSources:")
	for _, c := range ans.Citations {
		where := c.Document.Title
		if c.Section != "" {
			where += " › " + c.Section
		}
		if c.Page > 0 {
			where += fmt.Sprintf(" (p. %d)", c.Page)
		}
		fmt.Fprintf(w, "[%d] %s — %s\n    %s\n", c.N, where, c.Document.URI, assistant.Snippet(c.Snippet, 160))
	}
}
