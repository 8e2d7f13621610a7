package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/internal/testenv"
	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/web"
)

// browser starts headless Chromium, or skips (fails under CI) without it.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		testenv.Missing(t, "chromium is not installed; browser tests skipped (apt-get install chromium)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.Flag("headless", true), chromedp.WindowSize(1280, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

func artifacts(t *testing.T) string {
	dir := os.Getenv("KGASSIST_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "test-artifacts")
	}
	os.MkdirAll(dir, 0o755)
	return dir
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	// Quality 100 makes chromedp encode PNG; below it, JPEG.
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		os.WriteFile(filepath.Join(artifacts(t), name+".png"), png, 0o644)
	}
}

// waitJS polls a JavaScript expression until it is truthy.
func waitJS(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+expr+")")); err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			screenshot(t, ctx, "timeout-"+strings.ReplaceAll(what, " ", "-"))
			text, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText.slice(0, 600)`))
			t.Fatalf("timed out waiting for %s; page says:\n%s", what, text)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func evalString(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return s
}

// hostPage serves a customer's page that embeds the widget.
func hostPage(t *testing.T, apiURL, key string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		lang := strings.TrimPrefix(r.URL.Path, "/")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>Pumps shop</title></head>
<body><h1>HF-CP200 circulation pump</h1><script src="%s/widget.js" data-key="%s"></script></body></html>`, lang, apiURL, key)
	}))
}

const shadow = `document.querySelector('[data-kgassist]').shadowRoot`

func TestBrowserWidgetAnswersInBothLanguages(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t, envOptions{static: web.Handler()})
	// The host page's origin is known only once it listens: start it,
	// then create the widget key for it.
	var key string
	page := hostPage(t, e.ts.URL, "")
	page.Close()
	page = httptest.NewUnstartedServer(nil)
	page.Start()
	key = e.key("widget", auth.KeySpec{Scopes: []string{auth.ScopeChat}, Clearance: kg.Public, Origins: []string{page.URL}})
	page.Config.Handler = hostPage(t, e.ts.URL, key).Config.Handler
	t.Cleanup(page.Close)

	for _, tc := range []struct{ lang, question, launcher, ai, followUp string }{
		{"en", "What is the rated voltage of the HF-CP200?", "Ask us", "AI-generated", "And the rated current?"},
		{"zh", "HF-CP200的额定电压是多少？", "在线咨询", "AI 生成", "额定电流呢？"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			if err := chromedp.Do(ctx, chromedp.Navigate(page.URL+"/"+tc.lang)); err != nil {
				t.Fatal(err)
			}
			waitJS(t, ctx, "widget", shadow+`.querySelector('.fab')`)
			if got := evalString(t, ctx, shadow+`.querySelector('.fab').textContent`); got != tc.launcher {
				t.Errorf("launcher says %q, want %q", got, tc.launcher)
			}
			click(t, ctx, `(() => { const r = `+shadow+`; r.querySelector('.fab').click();
				r.querySelector('input').value = `+jsString(tc.question)+`; r.querySelector('form').requestSubmit(); return true })()`)
			waitJS(t, ctx, "answer", shadow+`.querySelector('[data-testid=answer][data-done=true]')`)
			answer := evalString(t, ctx, shadow+`.querySelector('[data-testid=answer] .text').textContent`)
			if !strings.Contains(answer, "380") {
				t.Errorf("answer = %q", answer)
			}
			if ai := evalString(t, ctx, shadow+`.querySelector('[data-testid=answer] .ai').textContent`); !strings.Contains(ai, tc.ai) {
				t.Errorf("AI label = %q", ai)
			}
			// Opening a citation shows its passage.
			click(t, ctx, shadow+`.querySelector('[data-testid=answer] .cite').click()`)
			waitJS(t, ctx, "passage", shadow+`.querySelector('.sources li.open .passage').offsetHeight > 0`)
			if p := evalString(t, ctx, shadow+`.querySelector('.sources li.open .passage').textContent`); strings.TrimSpace(p) == "" {
				t.Error("empty passage")
			}
			// No markup from the answer became elements, and no image loaded.
			if imgs := evalString(t, ctx, `String(`+shadow+`.querySelectorAll('img').length + document.images.length)`); imgs != "0" {
				t.Errorf("%s images on the page", imgs)
			}
			click(t, ctx, shadow+`.querySelector('[data-rating=up]').click()`)
			waitJS(t, ctx, "feedback thanks", shadow+`.querySelector('.actions .status').textContent.length > 0`)
			checkWidgetIcons(t, ctx)
			// The screenshot shows the answer as it first appears, not the
			// end of its sources.
			click(t, ctx, shadow+`.querySelector('.log').scrollTop = 0`)
			screenshot(t, ctx, "widget-"+tc.lang)
			checkFollowUpComesIntoView(t, ctx, tc.followUp)
		})
	}
	fb, _ := e.db.ListFeedback(t.Context(), 10)
	if len(fb) != 2 || fb[0].Rating != "up" {
		t.Errorf("feedback from the widget = %+v", fb)
	}
}

// checkFollowUpComesIntoView asks a second question while the log is
// scrolled back to the first answer, as an asker rereading it would, and
// checks the new question is shown with its answer beneath it.
func checkFollowUpComesIntoView(t *testing.T, ctx context.Context, question string) {
	t.Helper()
	click(t, ctx, `(() => { const r = `+shadow+`; r.querySelector('.log').scrollTop = 0;
		r.querySelector('input').value = `+jsString(question)+`; r.querySelector('form').requestSubmit(); return true })()`)
	waitJS(t, ctx, "follow-up answer", shadow+`.querySelectorAll('[data-testid=answer][data-done=true]').length === 2`)
	got := evalString(t, ctx, `(() => { const r = `+shadow+`, log = r.querySelector('.log').getBoundingClientRect();
		const q = [...r.querySelectorAll('.q')].pop().getBoundingClientRect();
		return q.top >= log.top && q.bottom <= log.bottom ? "visible" : "hidden at " + q.top + " outside " + log.top + "-" + log.bottom; })()`)
	if got != "visible" {
		t.Errorf("the follow-up question is %s", got)
	}
}

// checkWidgetIcons: every icon is inline SVG, no button text is an emoji
// or a symbol a host font may lack, and the feedback buttons share a line.
func checkWidgetIcons(t *testing.T, ctx context.Context) {
	t.Helper()
	got := evalString(t, ctx, `(() => { const r = `+shadow+`;
		r.querySelector('.log').scrollTop = 1e9;
		const bs = [...r.querySelectorAll('.actions button'), r.querySelector('header button')];
		const noSVG = bs.filter(b => !b.querySelector('svg path')).map(b => b.textContent);
		const odd = bs.map(b => b.textContent).filter(s => /[^\u0000-\u024F\u2000-\u206F\u3000-\u9FFF\uFF00-\uFFEF]/u.test(s));
		const mids = [...r.querySelectorAll('.actions button')].map(b => { const x = b.getBoundingClientRect(); return x.top + x.height / 2; });
		const lines = mids.every(m => Math.abs(m - mids[0]) < 3) ? 1 : 2;
		return JSON.stringify({noSVG, odd, lines}); })()`)
	if got != `{"noSVG":[],"odd":[],"lines":1}` {
		t.Errorf("widget icons and feedback row: %s", got)
	}
}

// click runs a script that acts on the page (a click, a submit).
func click(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](expr)); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
}

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

func TestBrowserConsoleAsksDrawsAndUploads(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t, envOptions{local: true, static: web.Handler()})
	if err := chromedp.Do(ctx, chromedp.Navigate(e.ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#question")),
		chromedp.SendKeys(chromedp.CSS("#question"), "Which parts make up the HF-CP200 pump?"),
		chromedp.Click(chromedp.CSS("#ask-form button[type=submit]"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "answer", `document.querySelector('[data-testid=answer-text]')`)
	waitJS(t, ctx, "graph nodes", `document.querySelectorAll('#graph g.node').length > 0`)
	// Clicking a node shows its facts from /v1/entities/{id}.
	click(t, ctx, `document.querySelector('#graph g.node').dispatchEvent(new MouseEvent('click'))`)
	waitJS(t, ctx, "node facts", `document.querySelector('#node-info strong')`)
	screenshot(t, ctx, "console-ask")

	file := filepath.Join(t.TempDir(), "service-note.md")
	os.WriteFile(file, []byte("# Service note\n\nThe HF-CP200 drain plug takes a 17 mm spanner.\n"), 0o644)
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`nav button[data-tab=docs]`)),
		chromedp.SetUploadFiles(chromedp.CSS("#files"), []string{file}),
		chromedp.Click(chromedp.CSS(`#upload-form button[type=submit]`))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "job done", `document.querySelector('#upload-status').dataset.state === 'done'`)
	status := evalString(t, ctx, `document.querySelector('#upload-status').textContent`)
	if !strings.Contains(status, "1 ok") {
		t.Errorf("upload status = %q", status)
	}
	waitJS(t, ctx, "document listed", `[...document.querySelectorAll('#docs td')].some(td => td.textContent === 'upload/service-note.md')`)
	screenshot(t, ctx, "console-upload")
}

// The console's selectors start where /v1/me says an API call without a
// clearance or audience would: they never disagree about the default.
func TestBrowserConsoleDefaultsMatchMe(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t, envOptions{local: true, static: web.Handler()})
	_, body := e.do(call{method: "GET", path: "/v1/me"}, "")
	me := decode[struct {
		DefaultClearance string `json:"default_clearance"`
		DefaultAudience  string `json:"default_audience"`
	}](t, body)
	if me.DefaultClearance == "" || me.DefaultAudience != "internal" {
		t.Fatalf("/v1/me = %s", body)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(e.ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#question"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "levels", `document.querySelector('#clearance').options.length > 0`)
	if got := evalString(t, ctx, `document.querySelector('#clearance').value`); got != me.DefaultClearance {
		t.Errorf("console asks at %q by default, /v1/me says %q", got, me.DefaultClearance)
	}
	if got := evalString(t, ctx, `document.querySelector('#upload-audience').value`); got != me.DefaultAudience {
		t.Errorf("console uploads at %q by default, /v1/me says %q", got, me.DefaultAudience)
	}
}

// chooseClearance sets the console's clearance selector as a user would,
// once /v1/me has filled it: the console starts at the default clearance.
func chooseClearance(t *testing.T, ctx context.Context, level string) {
	t.Helper()
	waitJS(t, ctx, "clearance levels", `document.querySelector('#clearance').options.length > 0`)
	click(t, ctx, `(s => { s.value = '`+level+`'; s.dispatchEvent(new Event('change')); })(document.querySelector('#clearance'))`)
}
