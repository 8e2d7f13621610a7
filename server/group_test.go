package server

import (
	"strings"
	"testing"

	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/commitcount"
	"github.com/kgassist/kgassist/kg"
)

// An upload of several files and a job of several files are each written
// in one group commit, as a folder import is, and still report each file.
func TestUploadsAndJobsCommitTogether(t *testing.T) {
	var counter *commitcount.Store
	e := newEnv(t, envOptions{tweak: func(o *Options) {
		counter = commitcount.New(o.Pipeline.Store.(kg.Store))
		o.Pipeline.Store = counter
	}})
	e.standardKeys()
	files := map[string]string{
		"drain.md": "# Drain\n\nThe HF-CP200 drain plug takes a 17 mm spanner.\n",
		"seal.md":  "# Seal\n\nReplace the HF-CP200 shaft seal every 4000 hours.\n",
		"bad.pdf":  "%PDF-1.4 garbage",
	}
	resp, body := e.do(call{method: "POST", path: "/v1/documents", body: &multipartBody{fields: map[string]string{"audience": "public"}, files: files}}, e.keys["ingest"])
	rep := decode[ingest.Report](t, body)
	if resp.StatusCode != 200 || rep.OK != 2 || rep.Failed != 1 || len(rep.Results) != 3 {
		t.Fatalf("upload: %d %s", resp.StatusCode, body)
	}
	if commits, groups := counter.Counts(); commits != 0 || groups != 1 {
		t.Errorf("an upload of two good files: %d single commits and %d groups, want one group", commits, groups)
	}
	for name := range files {
		files[name] = strings.ReplaceAll(files[name], "HF-CP200", "HF-CP300")
	}
	resp, body = e.do(call{method: "POST", path: "/v1/jobs", body: &multipartBody{fields: map[string]string{"audience": "public"}, files: files}}, e.keys["ingest"])
	if resp.StatusCode != 202 {
		t.Fatalf("create job: %d %s", resp.StatusCode, body)
	}
	job := decode[auth.Job](t, body)
	_, body = e.do(call{method: "GET", path: "/v1/jobs/" + job.ID + "/events"}, e.keys["ingest"])
	evs := readEvents(t, body)
	final := decode[auth.Job](t, evs[len(evs)-1].data)
	if final.State != auth.JobDone || final.Done != 3 || len(final.Results) != 3 {
		t.Fatalf("job = %+v", final)
	}
	if commits, groups := counter.Counts(); commits != 0 || groups != 2 {
		t.Errorf("after a job of two good files: %d single commits and %d groups, want one more group", commits, groups)
	}
	_, body = e.do(call{method: "POST", path: "/v1/ask", body: map[string]string{"question": "Which spanner size does the HF-CP300 drain plug take?"}}, e.keys["admin"])
	if !strings.Contains(string(body), "17 mm") {
		t.Fatalf("a fact of the job is not answered: %s", body)
	}
}
