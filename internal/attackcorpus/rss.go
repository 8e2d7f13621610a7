package attackcorpus

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// PeakRSS is the process's resident-set high-water mark (VmHWM) in bytes,
// or 0 where /proc is not available.
func PeakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// RSSCap is how far loading one hostile file may raise the high-water mark.
const RSSCap = 300 << 20
