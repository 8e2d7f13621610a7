package neo4j

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileQuery is one entry of testdata/cypher_hostile.txt.
type hostileQuery struct {
	Name, Expect, Text string
}

var codePoint = regexp.MustCompile(`\{U\+([0-9A-Fa-f]{4,6})\}`)

// loadHostile reads the corpus; see the file's header for its format.
func loadHostile(t *testing.T) []hostileQuery {
	t.Helper()
	f, err := os.Open("testdata/cypher_hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []hostileQuery
	var lines []string
	flush := func() {
		if len(out) > 0 {
			out[len(out)-1].Text = decodeCodePoints(strings.TrimSpace(strings.Join(lines, "\n")))
		}
		lines = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#") && len(out) == 0:
		case strings.HasPrefix(line, "=== "):
			flush()
			head := strings.Fields(strings.TrimPrefix(line, "=== "))
			expect := head[len(head)-1]
			if expect != "write" && expect != "refused" && expect != "server" && expect != "bounded" {
				t.Fatalf("corpus entry %q: unknown expectation %q", line, expect)
			}
			out = append(out, hostileQuery{Name: strings.Join(head[:len(head)-1], " "), Expect: expect})
		default:
			lines = append(lines, line)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 50 {
		t.Fatalf("corpus holds %d queries; expected the full set", len(out))
	}
	return out
}

func decodeCodePoints(s string) string {
	return codePoint.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.ParseUint(codePoint.FindStringSubmatch(m)[1], 16, 32)
		return string(rune(n))
	})
}

// echoesQuery reports whether msg repeats any 12-character stretch of q.
func echoesQuery(msg, q string) bool {
	r := []rune(q)
	for i := 0; i+12 <= len(r); i++ {
		if strings.Contains(msg, string(r[i:i+12])) {
			return true
		}
	}
	return len(r) < 12 && strings.Contains(msg, q)
}

func TestCorpusDecodes(t *testing.T) {
	for _, q := range loadHostile(t) {
		if q.Text == "" || strings.Contains(q.Text, "{U+") || !utf8.ValidString(q.Text) {
			t.Errorf("%s: query not decoded: %q", q.Name, q.Text)
		}
	}
}
