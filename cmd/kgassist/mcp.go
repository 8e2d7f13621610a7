package main

import (
	"context"
	"io"

	"github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/kgassist/kgassist/kg"
	"github.com/kgassist/kgassist/server"
)

// runMCP serves the MCP tools over stdin and stdout, for assistants that
// start kgassist as a local tool process. There is no key on stdio: the
// operator who configures the process chooses its clearance, public
// unless told otherwise.
func runMCP(ctx context.Context, c *command, args []string) error {
	c.withClearance("what the tools may show")
	if _, err := c.parse(args); err != nil {
		return err
	}
	a, clearance, err := openReader(ctx, c.Config)
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.warm(ctx); err != nil {
		return err
	}
	srv := server.NewMCPServer(server.MCPOptions{Assistant: a.assistant, Store: a.store, Clearance: clearance})
	err = srv.Run(ctx, &mcp.IOTransport{Reader: io.NopCloser(c.stdin), Writer: nopWriteCloser{c.stdout}})
	if ctx.Err() != nil {
		return nil // interrupted: a normal end for a tool process
	}
	return kg.Wrap("kgassist.mcp", err)
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
