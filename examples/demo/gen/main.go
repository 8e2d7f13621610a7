// Command gen writes the binary files of the HF-CP200 demo corpus (xlsx, docx,
// pdf and a GBK-encoded text file) from the text sources kept next to them.
//
// Run it from the repository root:
//
//	go run ./examples/demo/gen
//
// The output is byte-for-byte reproducible, so regenerating a clean checkout
// leaves git status empty.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
)

func main() {
	dir := flag.String("dir", "examples/demo", "demo corpus folder: sources are read from it, generated files written into it")
	flag.Parse()
	if err := Generate(context.Background(), *dir, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
