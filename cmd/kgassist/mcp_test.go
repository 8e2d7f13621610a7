package main

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// TestMCPOverStdio runs `kgassist mcp` as a tool process would be run, on
// pipes, and asks through the SDK's client at the flag's clearance.
func TestMCPOverStdio(t *testing.T) {
	store := demoStore(t)
	for clearance, sees := range map[string]bool{"public": false, "internal": true} {
		answer := askOverStdio(t, store, clearance, "What is the tightening torque of the impeller nut?")
		if strings.Contains(answer, "45 N") != sees {
			t.Errorf("--clearance %s: %q", clearance, answer)
		}
	}
	if code := run(t.Context(), []string{"mcp", "--store", store, "--clearance", "secret"}, nil, io.Discard, io.Discard); code != 2 {
		t.Errorf("unknown clearance: exit %d", code)
	}
}

func askOverStdio(t *testing.T, store, clearance, question string) string {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run(context.Background(), []string{"mcp", "--store", store, "--clearance", clearance}, inR, outW, io.Discard)
		outW.Close()
	}()
	cs, err := mcp.NewClient(&mcp.Implementation{Name: "test", Version: "1"}, nil).Connect(t.Context(), &mcp.IOTransport{Reader: outR, Writer: inW}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := cs.CallTool(t.Context(), &mcp.CallToolParams{Name: "ask", Arguments: map[string]any{"question": question}})
	if err != nil || res.IsError {
		t.Fatalf("ask: %v %+v", err, res)
	}
	var out struct{ Answer string }
	b, _ := json.Marshal(res.StructuredContent)
	json.Unmarshal(b, &out)
	cs.Close()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("mcp exited %d when the client left", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("mcp did not end when the client left")
	}
	return out.Answer
}
