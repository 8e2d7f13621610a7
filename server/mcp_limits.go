package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"sync/atomic"

	"github.com/labstack/echo/v4"
	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/kgassist/kgassist/kg"
)

// maxMCPBatch bounds the messages in one JSON-RPC batch: clients that
// batch at all send a handful, and each call costs a question.
const maxMCPBatch = 16

// checkMCPBatch refuses a batch longer than maxMCPBatch before any of it
// runs, and puts the body back for the MCP handler.
func checkMCPBatch(r *http.Request, limit int64) error {
	if r.Method != http.MethodPost || r.Body == nil {
		return nil
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	if err != nil {
		return kg.Errorf(kg.EINVALID, "reading the request: %v", err)
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '[' {
		return nil
	}
	var batch []json.RawMessage
	if json.Unmarshal(trimmed, &batch) != nil {
		return nil // the MCP handler answers malformed JSON
	}
	if len(batch) > maxMCPBatch {
		return kg.Errorf(kg.ETOOLARGE, "a JSON-RPC batch may hold at most %d messages, not %d", maxMCPBatch, len(batch))
	}
	return nil
}

// mcpCallLimiter charges every tool call after the first in one HTTP
// request to the key's rate: the first was charged with the request.
func (s *Server) mcpCallLimiter(c echo.Context, p *principal) func(context.Context) error {
	var calls atomic.Int32
	return func(context.Context) error {
		if calls.Add(1) == 1 || p.Key == nil {
			return nil
		}
		return s.limitCall(c, p)
	}
}

// limitTools applies BeforeTool to every tools/call.
func (t *mcpTools) limitTools(next mcp.MethodHandler) mcp.MethodHandler {
	return func(ctx context.Context, method string, req mcp.Request) (mcp.Result, error) {
		if method == "tools/call" {
			if err := t.o.BeforeTool(ctx); err != nil {
				return &mcp.CallToolResult{IsError: true, Content: []mcp.Content{&mcp.TextContent{Text: kg.ErrorMessage(err)}}}, nil
			}
		}
		return next(ctx, method, req)
	}
}
