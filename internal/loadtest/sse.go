package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"

	"github.com/kgassist/kgassist/internal/sse"
	"github.com/kgassist/kgassist/kg"
)

// Stream is what one streamed chat answer delivered.
type Stream struct {
	Tokens     int           // token events
	Citations  int           // citations in the citations event
	Done       bool          // a done event arrived
	FirstToken time.Duration // from sending the request to the first token
	Took       time.Duration // from sending the request to the end of the stream
}

// Client posts chat questions to one server.
type Client struct {
	HTTP   *http.Client
	Base   string // http://127.0.0.1:PORT
	Bearer string // API key, if the server wants one
	Origin string // browser origin, for widget keys
}

// Chat asks question on POST /v1/chat without streaming and returns the
// status code and the Retry-After header.
func (c *Client) Chat(ctx context.Context, question string) (status int, retryAfter string, err error) {
	resp, err := c.post(ctx, question, "application/json")
	if err != nil {
		return 0, "", kg.Wrap("loadtest.Chat", err)
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, resp.Header.Get("Retry-After"), err
}

// ChatStream asks question on POST /v1/chat as Server-Sent Events and
// reads the stream to its end. A stream without a done event is an error.
func (c *Client) ChatStream(ctx context.Context, question string) (Stream, error) {
	start := time.Now()
	resp, err := c.post(ctx, question, "text/event-stream")
	if err != nil {
		return Stream{}, kg.Wrap("loadtest.ChatStream", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return Stream{}, kg.Errorf(kg.EUNAVAILABLE, "loadtest.ChatStream: status %d: %s", resp.StatusCode, b)
	}
	var s Stream
	err = sse.Read(resp.Body, func(event, data string) error {
		switch event {
		case "token":
			if s.Tokens == 0 {
				s.FirstToken = time.Since(start)
			}
			s.Tokens++
		case "citations":
			var cites []json.RawMessage
			_ = json.Unmarshal([]byte(data), &cites)
			s.Citations = len(cites)
		case "done":
			s.Done = true
		case "error":
			return kg.Errorf(kg.EUNAVAILABLE, "loadtest.ChatStream: error event: %s", data)
		}
		return nil
	})
	s.Took = time.Since(start)
	var kerr *kg.Error
	if errors.As(err, &kerr) {
		return s, err // an error event, said as it came
	}
	if err != nil {
		return s, kg.Wrap("loadtest.ChatStream", err)
	}
	if !s.Done {
		return s, kg.Errorf(kg.EUNAVAILABLE, "loadtest.ChatStream: stream ended without done after %d tokens", s.Tokens)
	}
	return s, nil
}

func (c *Client) post(ctx context.Context, question, accept string) (*http.Response, error) {
	body, _ := json.Marshal(map[string]string{"question": question})
	req, err := http.NewRequestWithContext(ctx, "POST", c.Base+"/v1/chat", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", accept)
	if c.Bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.Bearer)
	}
	if c.Origin != "" {
		req.Header.Set("Origin", c.Origin)
	}
	return c.HTTP.Do(req)
}
