package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/kgassist/kgassist/assistant/qaeval"
	"github.com/kgassist/kgassist/kg"
)

func runEval(ctx context.Context, c *command, args []string) error {
	minCorrect := c.Float64("min-correct", 0, "fail when answer correctness is below this")
	verbose := c.Bool("v", false, "print every failing case")
	pos, err := c.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return kg.Errorf(kg.EINVALID, "give one question file (JSON Lines)")
	}
	cases, err := qaeval.Load(pos[0])
	if err != nil {
		return err
	}
	a, err := openExistingApp(ctx, c.Store)
	if err != nil {
		return err
	}
	defer a.Close()
	outs := qaeval.Run(ctx, a.assistant, a.retriever, cases)
	sum := qaeval.Summarize(outs)
	if c.JSON {
		return json.NewEncoder(c.stdout).Encode(map[string]any{"summary": sum, "outcomes": outs})
	}
	if *verbose {
		printFailures(c.stdout, outs)
	}
	sum.Print(c.stdout)
	if sum.Leaks > 0 {
		return kg.Errorf(kg.EINTERNAL, "%d audience leaks", sum.Leaks)
	}
	if sum.Correct < *minCorrect {
		return kg.Errorf(kg.EINVALID, "answer correctness %.3f is below %.3f", sum.Correct, *minCorrect)
	}
	return nil
}

func printFailures(w io.Writer, outs []qaeval.Outcome) {
	for _, o := range outs {
		if o.Correct && len(o.Leaks) == 0 {
			continue
		}
		ans := ""
		if o.Answer != nil {
			ans = o.Answer.Answer
		}
		fmt.Fprintf(w, "FAIL %s [%s] %s\n  abstained=%v want=%v missing=%v leaks=%v err=%s\n  answer: %s\n",
			o.Case.ID, o.Case.Kind, o.Case.Question, o.Abstained, o.Case.Abstain, o.Missing, o.Leaks, o.Err, oneLine(ans))
	}
}

func oneLine(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
