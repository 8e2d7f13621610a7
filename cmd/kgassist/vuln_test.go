package main

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/testenv"
)

// TestNoKnownVulnerabilitiesInCalledCode runs scripts/vulncheck.sh in CI.
// govulncheck reports only vulnerabilities in functions kgassist can
// reach; the script exits 3 when one is not in
// scripts/vulncheck-accepted.tsv with a reason. Without vuln.go.dev it
// builds the database from the golang.org/x/vulndb module the Go proxy
// serves; only when neither is reachable is it a skip, since then nothing
// was checked.
func TestNoKnownVulnerabilitiesInCalledCode(t *testing.T) {
	testenv.OptIn(t, "CI", "govulncheck runs only under CI (it downloads the tool and needs the vulnerability database)")
	cmd := exec.Command("bash", filepath.Join("..", "..", "scripts", "vulncheck.sh"))
	out, err := cmd.CombinedOutput()
	if strings.Contains(string(out), "vulncheck: SKIPPED") {
		t.Skip(strings.TrimSpace(string(out)))
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 3 {
		t.Fatalf("govulncheck found vulnerabilities in called code:\n%s", out)
	}
	if err != nil {
		t.Fatalf("govulncheck: %v\n%s", err, out)
	}
	t.Logf("govulncheck: no vulnerabilities in called code\n%s", out)
}
