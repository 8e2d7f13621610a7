package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/kgassist/kgassist/assistant"
)

func runAsk(ctx context.Context, c *command, args []string) error {
	c.withClearance("what the asker may see")
	question, err := c.parseQuestion(args)
	if err != nil {
		return err
	}
	a, clearance, err := openReader(ctx, c.Config)
	if err != nil {
		return err
	}
	defer a.Close()
	ans, err := a.assistant.Ask(ctx, assistant.Request{Question: question, Clearance: clearance})
	if err != nil {
		return err
	}
	if c.JSON {
		return printJSON(c.stdout, ans)
	}
	printAnswer(c.stdout, ans)
	return nil
}

func printAnswer(w io.Writer, ans *assistant.Answer) {
	fmt.Fprintln(w, ans.Answer)
	if len(ans.Citations) == 0 {
		return
	}
	fmt.Fprintln(w, "\nSources:")
	for _, c := range ans.Citations {
		fmt.Fprintf(w, "[%d] %s — %s\n    %s\n", c.N, place(c.Document.Title, c.Section, c.Page), c.Document.URI, assistant.Snippet(c.Snippet, 160))
	}
}

// place is where a passage stands: its document's title, section and page.
func place(title, section string, page int) string {
	if section != "" {
		title += " › " + section
	}
	if page > 0 {
		title += fmt.Sprintf(" (p. %d)", page)
	}
	return title
}

// printJSON prints v as indented JSON, for people reading it as well as
// programs.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
