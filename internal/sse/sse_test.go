package sse

import (
	"errors"
	"strings"
	"testing"
)

func TestReadNamesEachDataLine(t *testing.T) {
	stream := "event: token\ndata: {\"text\":\"a\"}\n\n: comment\nevent: done\ndata: 1\ndata: 2\n\n"
	var got []string
	err := Read(strings.NewReader(stream), func(event, data string) error {
		got = append(got, event+"="+data)
		return nil
	})
	if want := `token={"text":"a"} done=1 done=2`; err != nil || strings.Join(got, " ") != want {
		t.Fatalf("Read = %q, %v; want %s", got, err, want)
	}
	stop := errors.New("stop")
	if err := Read(strings.NewReader(stream), func(string, string) error { return stop }); err != stop {
		t.Fatalf("Read returned %v; want the callback's error", err)
	}
}
