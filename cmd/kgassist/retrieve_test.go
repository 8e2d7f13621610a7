package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/retrieval"
)

// kgassist retrieve prints the ranked passages, as JSON with --json, and
// only what the clearance admits: the FMEA is internal.
func TestRetrieveCommand(t *testing.T) {
	store := demoStore(t)
	retrieve := func(args ...string) retrieval.Ranked {
		t.Helper()
		var r retrieval.Ranked
		runJSON(t, &r, append([]string{"retrieve", "--store", store, "--json"}, args...)...)
		return r
	}
	r := retrieve("--k", "3", "What is the RPN of seal leakage?")
	if len(r.Items) == 0 || len(r.Items) > 3 || r.Items[0].Rank != 1 || r.Items[0].Score != 1 || r.Trace.Intent == "" {
		t.Fatalf("retrieve = %+v", r)
	}
	for _, it := range r.Items {
		if strings.Contains(it.Document.URI, "internal") {
			t.Errorf("public retrieval shows %s", it.Document.URI)
		}
	}
	internal := retrieve("--clearance", "internal", "What is the RPN of seal leakage?")
	found := false
	for _, it := range internal.Items {
		found = found || strings.Contains(it.Document.URI, "internal")
	}
	if !found {
		t.Errorf("internal retrieval shows no internal document: %+v", internal.Items)
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"retrieve", "--store", store, "rated voltage"}, nil, &out, &errb); code != 0 || !strings.Contains(out.String(), " 1. 1.000") {
		t.Fatalf("plain retrieve: exit %d\n%s%s", code, out.String(), errb.String())
	}
	if code := run(context.Background(), []string{"retrieve", "--store", store}, nil, &out, &errb); code == 0 {
		t.Error("retrieve without a question succeeded")
	}
}
