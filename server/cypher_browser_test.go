package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kgassist/kgassist/internal/fakellm"
	"github.com/kgassist/kgassist/web"
)

// markupQuery returns graph rows and a column of markup, which the console
// must show as text.
const markupQuery = "MATCH (p:Entity)-[:HAS_PART]->(c:Entity) RETURN p.name AS parent, c.name AS child, " +
	`'<img src=x onerror="document.title=1">' AS html ORDER BY parent, child LIMIT 5`

func TestBrowserConsoleAsksInCypher(t *testing.T) {
	model := fakellm.Start(t)
	model.Script("cypher", fakellm.Fixed("```cypher\n"+markupQuery+"\n```"))
	// The Neo4j lock first: other packages' tests may hold it for minutes,
	// and the browser's deadline must not run while this one waits.
	e, _ := neo4jEnv(t, model, func(o *Options) { o.Local, o.Static = true, web.Handler() })
	ctx := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(e.ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#question"))); err != nil {
		t.Fatal(err)
	}
	chooseClearance(t, ctx, "internal")
	waitJS(t, ctx, "Cypher offered at internal", `!document.querySelector('#cypher-toggle').hidden`)
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#ask-cypher")),
		chromedp.SendKeys(chromedp.CSS("#question"), "Which parts make up the HF-CP200 pump?"),
		chromedp.Click(chromedp.CSS("#ask-form button[type=submit]"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "Cypher rows", `document.querySelector('[data-testid=cypher-rows] tbody tr')`)
	waitJS(t, ctx, "answer", `document.querySelector('[data-testid=answer-text]')`)
	screenshot(t, ctx, "console-cypher")
	if got := evalString(t, ctx, `document.querySelector('[data-testid=cypher-query]').textContent`); got != markupQuery {
		t.Errorf("query shown %q; want %q", got, markupQuery)
	}
	cell := evalString(t, ctx, `document.querySelector('[data-testid=cypher-rows] tbody td:nth-child(3)').textContent`)
	imgs := evalString(t, ctx, `String(document.querySelectorAll('#cypher img').length) + document.title`)
	if !strings.HasPrefix(cell, "<img") || imgs != "0kgassist console" {
		t.Errorf("markup cell %q, images and title %q; want the markup as text and no image", cell, imgs)
	}
	chooseClearance(t, ctx, "public")
	waitJS(t, ctx, "Cypher withdrawn at public", `document.querySelector('#cypher-toggle').hidden && !document.querySelector('#ask-cypher').checked`)
}
