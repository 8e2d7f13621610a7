package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/ingest/extract"
	"github.com/kgassist/kgassist/kg"
	"github.com/mattn/go-isatty"
)

func runIngest(ctx context.Context, c *command, args []string) error {
	c.StringVar(&c.Audience, "audience", "internal", "audience of these documents: public, partner, internal or restricted (public publishes them)")
	relabel := c.Bool("relabel", false, "allow lowering the audience of documents already stored (audited)")
	follow := c.Bool("follow-links", false, "follow symbolic links wherever they point")
	limits := defaultLimits()
	fileFlags(c.FlagSet, &limits)
	paths, err := c.parse(args)
	if err != nil {
		return err
	}
	if err := limits.check(); err != nil {
		return err
	}
	if len(paths) == 0 {
		return kg.Errorf(kg.EINVALID, "no paths given")
	}
	aud, err := kg.ParseAudience(c.Audience)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, c.Store)
	if err != nil {
		return err
	}
	defer a.Close()
	a.pipeline.Limits = limits.load()
	bar := newProgressBar(c.stderr, !c.JSON)
	start := time.Now()
	rep, err := a.pipeline.IngestPathsWith(ctx, paths, ingest.PathOptions{Audience: aud, Relabel: *relabel, FollowLinks: *follow}, bar.update)
	bar.finish()
	if err != nil {
		return err
	}
	if err := auditRelabels(ctx, c.Config, a.store, rep); err != nil {
		return err
	}
	if c.JSON {
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printReport(c.stdout, rep, time.Since(start))
	}
	if rep.Failed > 0 {
		return &partialFailure{failed: rep.Failed}
	}
	return nil
}

func printReport(w io.Writer, rep ingest.Report, took time.Duration) {
	for _, r := range rep.Results {
		uri, msg := ingest.Printable(r.URI), ingest.Printable(r.Error)
		switch r.Status {
		case ingest.StatusFailed:
			fmt.Fprintf(w, "failed     %s: %s\n", uri, msg)
		case ingest.StatusUnchanged:
			fmt.Fprintf(w, "unchanged  %s\n", uri)
		case ingest.StatusSkipped:
			fmt.Fprintf(w, "skipped    %s: %s\n", uri, msg)
		default:
			fmt.Fprintf(w, "ok         %s (%d chunks, %d entities, %d relations%s)\n", uri, r.Chunks, r.Entities, r.Relations, resultNotes(r))
		}
	}
	fmt.Fprintf(w, "%d ok, %d unchanged, %d skipped, %d failed: %d chunks, %d entities, %d relations in %s\n",
		rep.OK, rep.Unchanged, rep.Skipped, rep.Failed, rep.Chunks, rep.Entities, rep.Relations, took.Round(time.Millisecond))
	printExtraction(w, rep.Extraction)
}

// resultNotes is what an ok line adds: a guessed encoding, which may have
// garbled the text, and a changed audience.
func resultNotes(r ingest.Result) string {
	var notes string
	if r.EncodingGuessed {
		notes += fmt.Sprintf("; not UTF-8, read as %s: check the text", r.Encoding)
	}
	if r.RelabelledFrom != "" {
		notes += fmt.Sprintf("; relabelled %s → %s", r.RelabelledFrom, r.Audience)
	}
	return notes
}

// auditRelabels writes each lowered audience to the audit log, where an
// operator looks for who published what.
func auditRelabels(ctx context.Context, cfg Config, st kg.Store, rep ingest.Report) error {
	var lowered []ingest.Result
	for _, r := range rep.Results {
		if r.Status == ingest.StatusOK && r.RelabelledFrom != "" {
			if was, _ := kg.ParseAudience(r.RelabelledFrom); was > r.Audience {
				lowered = append(lowered, r)
			}
		}
	}
	if len(lowered) == 0 {
		return nil
	}
	db, err := openAuth(ctx, cfg, st)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, r := range lowered {
		if err := db.Audit(ctx, relabelEntry("cli", r)); err != nil {
			return err
		}
	}
	return nil
}

// relabelEntry is the audit row of a lowered audience.
func relabelEntry(who string, r ingest.Result) auth.AuditEntry {
	return auth.AuditEntry{KeyID: who, Route: "relabel", Question: "relabel " + r.URI,
		Answer: fmt.Sprintf("%s → %s", r.RelabelledFrom, r.Audience), Sources: []string{r.DocumentID}, Clearance: r.Audience}
}

// printExtraction says what model extraction cost, per model, and what it
// threw away; nothing when no model was configured.
func printExtraction(w io.Writer, u *extract.Usage) {
	if u == nil {
		return
	}
	fmt.Fprintf(w, "model extraction: %d prose chunks, %d from cache, %d without an answer\n", u.Chunks, u.CacheHits, u.Failed)
	for _, m := range u.Models {
		fmt.Fprintf(w, "  %-40s %d calls, %d tokens in, %d tokens out, cost %.4f\n", m.Model, m.Calls, m.TokensIn, m.TokensOut, m.Cost)
	}
	if len(u.Dropped) > 0 {
		reasons := slices.Sorted(maps.Keys(u.Dropped))
		parts := make([]string, len(reasons))
		for i, r := range reasons {
			parts[i] = fmt.Sprintf("%s %d", r, u.Dropped[r])
		}
		fmt.Fprintf(w, "  invalid items dropped: %s\n", strings.Join(parts, ", "))
	}
}

// ingestQuietly ingests one set for the demo and prints only a summary.
func ingestQuietly(ctx context.Context, a *app, set ingestSet, out io.Writer) error {
	aud, err := kg.ParseAudience(set.audience)
	if err != nil {
		return err
	}
	start := time.Now()
	rep, err := a.pipeline.IngestPaths(ctx, set.paths, aud, nil)
	if err != nil {
		return err
	}
	for _, r := range rep.Results {
		if r.Status == ingest.StatusFailed {
			fmt.Fprintf(out, "failed %s: %s\n", r.URI, r.Error)
		}
	}
	fmt.Fprintf(out, "ingested %s as %s: %d ok, %d unchanged, %d failed (%d chunks, %d entities, %d relations) in %s\n",
		strings.Join(set.paths, ", "), aud, rep.OK, rep.Unchanged, rep.Failed, rep.Chunks, rep.Entities, rep.Relations, time.Since(start).Round(time.Millisecond))
	a.retriever.Invalidate()
	return nil
}

// progressBar draws on a terminal only; piped output stays clean.
type progressBar struct {
	w       io.Writer
	enabled bool
}

func newProgressBar(w io.Writer, want bool) *progressBar {
	f, ok := w.(*os.File)
	return &progressBar{w: w, enabled: want && ok && isatty.IsTerminal(f.Fd())}
}

func (p *progressBar) update(done, total int, r ingest.Result) {
	name := r.URI
	if len(name) > 40 {
		name = "…" + name[len(name)-39:]
	}
	p.draw(done, total, name)
}

func (p *progressBar) draw(done, total int, label string) {
	if !p.enabled {
		return
	}
	const width = 30
	filled := width * done / max(total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %-40s", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, total, label)
}

func (p *progressBar) finish() {
	if p.enabled {
		fmt.Fprintln(p.w)
	}
}
