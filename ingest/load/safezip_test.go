package load

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/kgassist/kgassist/internal/ziptest"
	"github.com/kgassist/kgassist/kg"
)

// safezipBomb streams n zero bytes into one deflated entry, so a 200 MB
// bomb costs a few hundred kilobytes and no disk.
func safezipBomb(t testing.TB, name string, n int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for left := n; left > 0; left -= int64(len(zeros)) {
		if _, err := w.Write(zeros[:min(left, int64(len(zeros)))]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// safezipUnderstate rewrites the uncompressed size of every entry, in the
// local headers and the central directory, to claim.
func safezipUnderstate(data []byte, claim uint32) []byte {
	out := bytes.Clone(data)
	for i := 0; i+30 <= len(out); i++ {
		switch binary.LittleEndian.Uint32(out[i:]) {
		case 0x04034b50: // local file header: uncompressed size at 22
			binary.LittleEndian.PutUint32(out[i+22:], claim)
		case 0x02014b50: // central directory header: uncompressed size at 24
			binary.LittleEndian.PutUint32(out[i+24:], claim)
		}
	}
	return out
}

func TestSafeZipRefuses(t *testing.T) {
	many := make([][2]string, 10000)
	for i := range many {
		many[i] = [2]string{fmt.Sprintf("f%d.xml", i), "x"}
	}
	// Incompressible-looking content so the ratio check is not what fires.
	noisy := make([]byte, 3<<20)
	for i := range noisy {
		noisy[i] = byte(i*2654435761>>13) ^ byte(i>>7)
	}
	bigEntry := ziptest.Archive([2]string{"word/document.xml", string(noisy)})
	cases := []struct {
		name string
		data []byte
		lim  Limits
		code string
	}{
		{"bomb 200MB of zeros", safezipBomb(t, "word/document.xml", 200<<20), Limits{}, kg.ETOOLARGE},
		{"directory understates size", safezipUnderstate(bigEntry, 1000), Limits{}, kg.EINVALID},
		{"10000 entries", ziptest.Archive(many...), Limits{}, kg.ETOOLARGE},
		{"dot-dot entry", ziptest.Archive([2]string{"../evil", "x"}, [2]string{"word/document.xml", "<x/>"}), Limits{}, kg.EINVALID},
		{"nested dot-dot", ziptest.Archive([2]string{"word/../../evil", "x"}), Limits{}, kg.EINVALID},
		{"absolute entry", ziptest.Archive([2]string{"/etc/evil", "x"}), Limits{}, kg.EINVALID},
		{"windows absolute", ziptest.Archive([2]string{`C:\evil`, "x"}), Limits{}, kg.EINVALID},
		{"over total budget", bigEntry, Limits{MaxUncompressedBytes: 1 << 20}, kg.ETOOLARGE},
		{"truncated", bigEntry[:len(bigEntry)/2], Limits{}, kg.EINVALID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := safezipReadAll(c.data, c.lim)
			loadWantCode(t, err, c.code)
			for _, ext := range []string{".docx", ".xlsx"} {
				_, err := Load(context.Background(), "bad"+ext, c.data, c.lim)
				loadWantCode(t, err, c.code)
			}
		})
	}
}

func safezipReadAll(data []byte, lim Limits) error {
	z, err := OpenSafeZip(data, lim)
	if err != nil {
		return err
	}
	return z.CheckAll()
}

// TestSafeZipCountsInflatedBytes shows the understated entry is caught
// while inflating, not by its directory entry, which looks harmless.
func TestSafeZipCountsInflatedBytes(t *testing.T) {
	data := safezipUnderstate(safezipBomb(t, "a.xml", 4<<20), 1000)
	z, err := OpenSafeZip(data, Limits{})
	if err != nil {
		t.Fatalf("directory should look harmless, got %v", err)
	}
	rc, err := z.Open("a.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	n, err := io.Copy(io.Discard, rc)
	loadWantCode(t, err, kg.EINVALID)
	if n > 1<<20 {
		t.Errorf("read %d bytes before refusing", n)
	}
}

func TestSafeZipReadsGoodArchive(t *testing.T) {
	z, err := OpenSafeZip(ziptest.Archive([2]string{"a/b.xml", "<b/>"}), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := z.ReadFile("a/b.xml")
	if err != nil || string(b) != "<b/>" {
		t.Fatalf("got %q, %v", b, err)
	}
	_, err = z.ReadFile("missing.xml")
	loadWantCode(t, err, kg.EINVALID)
}

// Two entries with one name: readers that look entries up by name would
// see only the first, so the second would be dropped without a word.
func TestSafeZipRefusesDuplicateNames(t *testing.T) {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range []string{"notes/a.md", "notes/b.md", "notes/a.md"} {
		f, _ := w.Create(name)
		f.Write([]byte("# " + name + "\n"))
	}
	w.Close()
	_, err := OpenSafeZip(b.Bytes(), DefaultLimits())
	if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), "notes/a.md") {
		t.Fatalf("duplicate entry: %v", err)
	}
}
