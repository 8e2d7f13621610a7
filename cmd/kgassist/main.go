// Command kgassist ingests a manufacturer's documents into a knowledge graph
// and answers questions from it with cited sources.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/kgassist/kgassist/ingest/load"
	"github.com/kgassist/kgassist/kg"
)

const usage = `kgassist: answers from your manufacturing documents, with sources.

Usage:
  kgassist demo    [--addr ADDR] [--dir DIR] [--fresh] [LIMITS]  ingest the bundled demo corpus into DIR (./kgassist-demo) and serve it
  kgassist serve   [--store URL] [--addr ADDR] [--insecure-local] [--create-store] [LIMITS]  serve the API, widget and console
  kgassist keys    create --scope chat,ingest,admin --clearance LEVEL [--name N] [--origins URL,...] [--rate N/min] [--daily-tokens N]
  kgassist keys    list | revoke ID                  manage API keys (stored hashed in auth.db beside the store)
  kgassist ingest  [--store URL] [--audience LEVEL] [--relabel] [--follow-links] [--max-file-bytes SIZE]
                   [--max-table-rows N] [--json] PATH...
                   documents are internal unless --audience says otherwise (public publishes them)
  kgassist docs    [--store URL] [--json]            list documents
  kgassist delete  [--store URL] ID|URI              delete a document
  kgassist reembed [--store URL]                     re-embed every chunk after the embedding model changed
  kgassist ask     [--store URL] [--clearance LEVEL] [--json] QUESTION
  kgassist retrieve [--store URL] [--clearance LEVEL] [--k N] [--json] QUESTION  ranked passages, no answer
  kgassist mcp     [--store URL] [--clearance LEVEL]  serve the MCP tools (search, ask, get_entity) on stdio
  kgassist extract [--json]                          show what the extractors find in stdin lines
  kgassist eval    [--store URL] [--min-correct F] FILE.jsonl

LIMITS: --max-upload-bytes SIZE (one upload request, default 256MiB), --max-file-bytes SIZE
(one file, default 64MiB), --max-table-rows N (one CSV or sheet, default 100000). Beyond them an
upload is answered 413 and a file or table is refused with a message. SIZE: bytes, or KiB, MiB, GiB.

Stores: sqlite://PATH (default ./kgassist-data/kgassist.db), bolt://HOST:7687 or
neo4j://HOST:7687 (credentials from KGASSIST_NEO4J_USER and KGASSIST_NEO4J_PASSWORD).
The store may also be set with KGASSIST_STORE. Models: KGASSIST_LLM_ANSWER,
KGASSIST_LLM_EXTRACT and KGASSIST_LLM_EMBED, or a file named by KGASSIST_LLM_CONFIG.
`

func main() {
	load.ServePDFChild()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches a subcommand and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmds := map[string]func(context.Context, *command, []string) error{
		"demo": runDemo, "serve": runServe, "ingest": runIngest, "docs": runDocs,
		"delete": runDelete, "ask": runAsk, "extract": runExtract, "eval": runEval,
		"keys": runKeys, "mcp": runMCP, "reembed": runReembed, "retrieve": runRetrieve,
	}
	cmd, ok := cmds[args[0]]
	if !ok {
		if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "kgassist: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	err := cmd(ctx, newCommand(args[0], stdin, stdout, stderr), args[1:])
	var partial *partialFailure
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &partial):
		return 1
	}
	fmt.Fprintf(stderr, "kgassist %s: %s\n", args[0], describe(err))
	if kg.ErrorCode(err) == kg.EINVALID {
		return 2
	}
	return 1
}

// describe is the message shown for err: words for what the user can fix,
// and the full chain of an internal error, which the operator must report.
func describe(err error) string {
	if kg.ErrorCode(err) == kg.EINTERNAL {
		return err.Error()
	}
	return kg.ErrorMessage(err)
}

// partialFailure ends a command that did some of its work: exit status 1,
// with the report already printed.
type partialFailure struct{ failed int }

func (p *partialFailure) Error() string { return fmt.Sprintf("%d failed", p.failed) }
