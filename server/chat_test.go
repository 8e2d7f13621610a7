package server

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kgassist/kgassist/assistant"
	"github.com/kgassist/kgassist/auth"
	"github.com/kgassist/kgassist/ingest"
	"github.com/kgassist/kgassist/internal/ziptest"
	"github.com/kgassist/kgassist/jobs"
)

type event struct {
	name string
	data json.RawMessage
}

func readEvents(t *testing.T, body []byte) []event {
	t.Helper()
	var out []event
	var cur event
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 1<<20), 8<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			cur.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			cur.data = json.RawMessage(strings.TrimPrefix(line, "data: "))
		case line == "" && cur.name != "":
			out = append(out, cur)
			cur = event{}
		}
	}
	return out
}

func TestChatStreamsAndFollowsUp(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	sse := map[string]string{"Accept": "text/event-stream"}
	resp, body := e.do(call{method: "POST", path: "/v1/chat", headers: sse,
		body: map[string]string{"question": "What is the rated voltage of the HF-CP200?"}}, e.keys["widget"])
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("stream: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	evs := readEvents(t, body)
	var text strings.Builder
	names := []string{}
	for _, ev := range evs {
		names = append(names, ev.name)
		if ev.name == "token" {
			text.WriteString(decode[assistant.StreamEvent](t, ev.data).Text)
		}
	}
	if len(evs) < 4 || names[0] != "token" || strings.Join(names[len(names)-3:], ",") != "citations,evidence,done" {
		t.Fatalf("events = %v", names)
	}
	done := decode[ChatAnswer](t, evs[len(evs)-1].data)
	if done.Answer == nil || text.String() != done.Answer.Answer || !strings.Contains(done.Answer.Answer, "380") || len(done.Citations) == 0 {
		t.Fatalf("streamed %q, done %+v", text.String(), done)
	}
	cites := decode[[]assistant.Citation](t, evs[len(evs)-3].data)
	if len(cites) != len(done.Citations) || cites[0].Snippet == "" {
		t.Fatalf("citations event = %s", evs[len(evs)-3].data)
	}

	// A follow-up in the same conversation is made standalone.
	resp, body = e.do(call{method: "POST", path: "/v1/chat",
		body: map[string]string{"question": "and its weight?", "conversation_id": done.ConversationID}}, e.keys["widget"])
	next := decode[ChatAnswer](t, body)
	if resp.StatusCode != 200 || next.Turn != 2 || !strings.Contains(next.Rewritten, "HF-CP200") || next.Asked != "and its weight?" {
		t.Fatalf("follow-up: %d turn %d rewritten %q", resp.StatusCode, next.Turn, next.Rewritten)
	}
	resp, body = e.do(call{method: "GET", path: "/v1/conversations/" + done.ConversationID}, e.keys["widget"])
	if conv := decode[struct{ Turns []auth.Turn }](t, body); len(conv.Turns) != 2 || conv.Turns[1].Rewritten == "" {
		t.Fatalf("conversation = %s", body)
	}

	// Feedback lands in the admin's list with the answer it rates.
	if resp, body := e.do(call{method: "POST", path: "/v1/feedback", body: map[string]string{"answer_id": next.AnswerID, "rating": "down", "complaint": "no weight given"}}, e.keys["widget"]); resp.StatusCode != 201 {
		t.Fatalf("feedback: %d %s", resp.StatusCode, body)
	}
	_, body = e.do(call{method: "GET", path: "/v1/feedback"}, e.keys["admin"])
	fb := decode[struct{ Feedback []auth.Feedback }](t, body).Feedback
	if len(fb) != 1 || fb[0].Complaint != "no weight given" || fb[0].Turn != 2 || fb[0].Question != "and its weight?" {
		t.Fatalf("feedback list = %s", body)
	}

	// Every answer is audited; deleting the conversation purges it.
	_, body = e.do(call{method: "GET", path: "/v1/audit"}, e.keys["admin"])
	log := decode[struct{ Audit []auth.AuditEntry }](t, body).Audit
	if len(log) != 2 || log[1].KeyID != e.ids["widget"] || len(log[1].Sources) == 0 || log[1].Answer == "" {
		t.Fatalf("audit = %s", body)
	}
	if resp, _ := e.do(call{method: "DELETE", path: "/v1/conversations/" + done.ConversationID}, e.keys["widget"]); resp.StatusCode != 204 {
		t.Fatalf("delete conversation: %d", resp.StatusCode)
	}
	if _, body = e.do(call{method: "GET", path: "/v1/audit"}, e.keys["admin"]); len(decode[struct{ Audit []auth.AuditEntry }](t, body).Audit) != 0 {
		t.Fatalf("audit after deleting the conversation = %s", body)
	}
}

func TestChatErrorsBeforeStreamingAreJSON(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	resp, body := e.do(call{method: "POST", path: "/v1/chat", headers: map[string]string{"Accept": "text/event-stream"},
		body: map[string]string{"question": ""}}, e.keys["chat"])
	if resp.StatusCode != 400 || !strings.Contains(string(body), `"code":"invalid"`) {
		t.Fatalf("empty question: %d %s", resp.StatusCode, body)
	}
}

func TestJobIngestsAZipAndReportsProgress(t *testing.T) {
	e := keyedEnv(t, envOptions{})
	zip := string(ziptest.Files(map[string]string{"notes/drain.md": "# Drain\n\nThe HF-CP200 drain plug takes a 17 mm spanner.\n", "notes/seal.md": "# Seal\n\nReplace the HF-CP200 shaft seal every 4000 hours.\n"}))
	resp, body := e.do(call{method: "POST", path: "/v1/jobs", body: &multipartBody{fields: map[string]string{"audience": "public"}, files: map[string]string{"notes.zip": zip}}}, e.keys["ingest"])
	if resp.StatusCode != 202 {
		t.Fatalf("create job: %d %s", resp.StatusCode, body)
	}
	job := decode[auth.Job](t, body)
	resp, body = e.do(call{method: "GET", path: "/v1/jobs/" + job.ID + "/events"}, e.keys["ingest"])
	evs := readEvents(t, body)
	if resp.StatusCode != 200 || len(evs) < 2 || evs[len(evs)-1].name != "done" {
		t.Fatalf("events: %d %s", resp.StatusCode, body)
	}
	final := decode[auth.Job](t, evs[len(evs)-1].data)
	if final.State != auth.JobDone || final.Done != 2 || len(final.Results) != 2 {
		t.Fatalf("job = %+v", final)
	}
	_, body = e.do(call{method: "GET", path: "/v1/jobs/" + job.ID}, e.keys["ingest"])
	sum := decode[struct{ Summary ingest.Report }](t, body).Summary
	if sum.OK != 2 || sum.Failed != 0 || sum.Chunks < 2 || sum.Entities == 0 || len(sum.Results) != 0 {
		t.Fatalf("job summary = %+v", sum)
	}
	_, body = e.do(call{method: "POST", path: "/v1/ask", body: map[string]string{"question": "Which spanner size does the HF-CP200 drain plug take?"}}, e.keys["admin"])
	if !strings.Contains(string(body), "17 mm") {
		t.Fatalf("ingested fact not answered: %s", body)
	}
}

func TestJobResumesAfterRestart(t *testing.T) {
	e := newEnv(t, envOptions{})
	ctx := t.Context()
	j, err := e.db.CreateJob(ctx, "local", 0, []string{"a.md", "b.md"})
	if err != nil {
		t.Fatal(err)
	}
	// As if a previous run saved the files and finished the first one.
	e.srv.jobs.Save(j.ID, []jobs.File{{Name: "a.md", Data: []byte("# A\n\nalpha\n")}, {Name: "b.md", Data: []byte("# B\n\nThe HF-CP200 impeller is bronze.\n")}})
	j.State, j.Done, j.Results = auth.JobRunning, 1, []json.RawMessage{json.RawMessage(`{"uri":"upload/a.md","status":"ok"}`)}
	e.db.Progress(ctx, j)
	if err := e.srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, _ := e.db.Job(ctx, "local", j.ID)
		if got.State == auth.JobDone {
			if got.Done != 2 || len(got.Results) != 2 || !strings.Contains(string(got.Results[1]), "upload/b.md") {
				t.Fatalf("resumed job = %+v", got)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("job not resumed: %+v", got)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
