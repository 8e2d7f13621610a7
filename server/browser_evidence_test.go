package server

import (
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/kgassist/kgassist/web"
)

// The console's evidence graph shows the facts an answer used, for FMEA
// figures and for answers quoted from Chinese passages alike.
func TestBrowserConsoleEvidenceGraphForFMEAAndChinese(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t, envOptions{local: true, static: web.Handler()})
	if err := chromedp.Do(ctx, chromedp.Navigate(e.ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question"))); err != nil {
		t.Fatal(err)
	}
	chooseClearance(t, ctx, "internal") // FMEA sheets are internal
	for _, tc := range []struct{ name, question string }{
		{"console-fmea", "Which failure mode has the highest RPN?"},
		{"console-zh-fault-code", "控制箱显示 E05 怎么处理？"},
		{"console-troubleshooting-zh", "泵不出水怎么办？"},
	} {
		click(t, ctx, `document.querySelector('#graph').replaceChildren(); document.querySelector('#answer').replaceChildren(); document.querySelector('#question').value = ''`)
		if err := chromedp.Do(ctx,
			chromedp.SendKeys(chromedp.CSS("#question"), tc.question),
			chromedp.Click(chromedp.CSS("#ask-form button[type=submit]"))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, tc.name+" answer", `document.querySelector('[data-testid=answer-text]')`)
		waitJS(t, ctx, tc.name+" graph facts", `document.querySelectorAll('#graph g.node').length >= 2 && document.querySelectorAll('#graph line, #graph path').length >= 1`)
		screenshot(t, ctx, tc.name)
	}
}
