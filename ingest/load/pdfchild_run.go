package load

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/kgassist/kgassist/kg"
)

// pdfChildMaxOutput bounds the result a child may send back. Text beyond it
// would be held in this process, so a PDF that extracts to more is refused.
const pdfChildMaxOutput = 128 << 20

// pdfChildStarted, when set, is told the process id of each child started.
// Tests use it to check that a killed child is gone.
var pdfChildStarted func(pid int)

// pdfExecutable is the program started as a PDF child, or "" where none
// can be: the program did not call ServePDFChild, or the platform starts no
// processes. On Linux /proc/self/exe names this very binary even after an
// upgrade has replaced or deleted the file it was started from.
func pdfExecutable() string {
	if !pdfChildServed.Load() {
		return ""
	}
	return pdfSelf()
}

var pdfSelf = sync.OnceValue(func() string {
	switch runtime.GOOS {
	case "js", "wasip1", "ios":
		// No child processes on these platforms: PDFs are parsed in
		// process, and a looping one keeps its goroutine (see pdfSlots).
		return ""
	case "linux":
		if _, err := os.Stat("/proc/self/exe"); err == nil {
			return "/proc/self/exe"
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return "" // nothing to re-exec: parse in process, as above
	}
	return exe
})

// pdfParseChild parses data in a child process started from exe. The child
// is killed when ctx ends or when its output passes pdfChildMaxOutput, and
// pdfParseChild returns only once it has exited.
func pdfParseChild(ctx context.Context, exe, name string, data []byte) (*Parsed, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stdout := &capBuffer{max: pdfChildMaxOutput, overflow: cancel}
	stderr := &capBuffer{max: 4 << 10}
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(os.Environ(), pdfChildEnv+"=1", pdfChildNameEnv+"="+filepath.Base(name))
	cmd.Stdin = bytes.NewReader(data)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	// A killed child closes its pipes when it dies; the delay only matters
	// if something it started held them open.
	cmd.WaitDelay = time.Second
	if err := cmd.Start(); err != nil {
		return nil, kg.WrapCode(kg.EUNAVAILABLE, "ingest.pdfChild", err)
	}
	if pdfChildStarted != nil {
		pdfChildStarted(cmd.Process.Pid)
	}
	waitErr := cmd.Wait()
	if stdout.over {
		return nil, kg.Errorf(kg.ETOOLARGE, "%s: the text of this PDF exceeds %d MB", filepath.Base(name), pdfChildMaxOutput>>20)
	}
	if waitErr != nil && ctx.Err() != nil {
		return nil, ctx.Err() // killed at the deadline or on cancel
	}
	if waitErr != nil {
		return nil, pdfChildFailed(name, waitErr, stderr.String())
	}
	var res pdfChildResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return nil, kg.WrapCode(kg.EINTERNAL, "ingest.pdfChild", err)
	}
	if res.Code != "" {
		return nil, &kg.Error{Code: res.Code, Message: res.Message, Err: errors.New(res.Detail)}
	}
	return &Parsed{Title: res.Title, Blocks: res.Blocks}, nil
}

// pdfChildFailed explains a child that exited without a result.
func pdfChildFailed(name string, err error, stderr string) error {
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == pdfChildMemoryExit {
		return kg.Errorf(kg.ETOOLARGE, "%s: parsing this PDF needs more memory than allowed", filepath.Base(name))
	}
	if s := strings.TrimSpace(stderr); s != "" {
		err = errors.Join(err, errors.New(s))
	}
	return kg.WrapCode(kg.EINTERNAL, "ingest.pdfChild", err)
}

// capBuffer keeps up to max bytes. A write past that fails, which ends the
// copy from the child's pipe, and calls overflow so the child is killed.
type capBuffer struct {
	bytes.Buffer
	max      int
	over     bool
	overflow func()
}

func (b *capBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > b.max {
		if !b.over && b.overflow != nil {
			b.overflow()
		}
		b.over = true
		if b.overflow == nil { // stderr: keep the start, drop the rest
			n := b.max - b.Len()
			b.Buffer.Write(p[:n])
			return len(p), nil
		}
		return 0, errors.New("output limit reached")
	}
	return b.Buffer.Write(p)
}
