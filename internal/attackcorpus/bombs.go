package attackcorpus

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
	"sync"

	"github.com/kgassist/kgassist/internal/minipdf"
)

// Bomb is a file built to exhaust or escape a loader. Every bomb must be
// refused; Upload says whether it only makes sense as a zip upload (its
// entries would be unpacked by the server's job endpoint).
type Bomb struct {
	Name   string
	Attack string // what it tries, in words
	Data   []byte
	Upload bool
	// MayLoad marks files that are valid, only hostile in shape (deep
	// nesting): loading them is fine if it stays within time and memory.
	MayLoad bool
}

// zeros inflates to n zero bytes; it is the payload of every archive bomb.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.n <= 0 {
		return 0, io.EOF
	}
	k := int64(len(p))
	if k > z.n {
		k = z.n
	}
	clear(p[:k])
	z.n -= k
	return int(k), nil
}

// deflated is n zero bytes compressed, with their CRC.
type deflated struct {
	data []byte
	crc  uint32
	size uint64
}

var (
	bombOnce    sync.Once
	bombPayload deflated
)

// BombSize is what each archive bomb claims or expands to: 1 GiB.
const BombSize = 1 << 30

func payload() deflated {
	bombOnce.Do(func() {
		var b bytes.Buffer
		w, _ := flate.NewWriter(&b, flate.BestCompression)
		h := crc32.NewIEEE()
		io.Copy(io.MultiWriter(w, h), &zeros{BombSize})
		w.Close()
		bombPayload = deflated{data: b.Bytes(), crc: h.Sum32(), size: BombSize}
	})
	return bombPayload
}

// rawEntry writes a deflated entry with the sizes given, which may lie.
func rawEntry(w *zip.Writer, name string, d deflated, claimed uint64) {
	fw, _ := w.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: d.crc,
		CompressedSize64: uint64(len(d.data)), UncompressedSize64: claimed})
	fw.Write(d.data)
}

// officeBomb is a package whose word/document.xml inflates to 1 GiB,
// declared honestly (lie false) or claimed as 100 times its compressed
// size (lie true), which passes a directory-only ratio check.
func officeBomb(lie bool) []byte {
	d := payload()
	claimed := d.size
	if lie {
		claimed = uint64(len(d.data)) * 100
	}
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, part := range [][2]string{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}} {
		f, _ := w.Create(part[0])
		f.Write([]byte(part[1]))
	}
	rawEntry(w, "word/document.xml", d, claimed)
	w.Close()
	return b.Bytes()
}

// manyEntries is an archive of n tiny files.
func manyEntries(n int, ext string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for i := 0; i < n; i++ {
		f, _ := w.Create(fmt.Sprintf("part-%05d.%s", i, ext))
		fmt.Fprintf(f, "# Part %d\n\nThe HF-CP200 has part %d.\n", i, i)
	}
	w.Close()
	return b.Bytes()
}

// escaping is an archive whose entry names try to leave the folder they
// are unpacked into.
func escaping() []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range []string{"../../../../../../tmp/evil/owned.md", "/tmp/evil/absolute.md", `..\..\evil\windows.md`, "ok/../../../evil/dotdot.md"} {
		f, err := w.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			continue
		}
		fmt.Fprintf(f, "# Owned\n\nThe HF-CP200 was written outside its folder by %s.\n", name)
	}
	w.Close()
	return b.Bytes()
}

// billionLaughs declares nested entities that would expand to 10^9 "lol".
func billionLaughs() string {
	var d strings.Builder
	d.WriteString(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">`)
	prev := "lol"
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&d, `<!ENTITY lol%d "%s">`, i, strings.Repeat("&"+prev+";", 10))
		prev = fmt.Sprintf("lol%d", i)
	}
	d.WriteString(`]><w:document ` + wordNS + `><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`)
	return d.String()
}

func deepXML(depth int) string {
	return `<?xml version="1.0"?><w:document ` + wordNS + `><w:body>` + strings.Repeat("<w:p>", depth) + "x" + strings.Repeat("</w:p>", depth) + `</w:body></w:document>`
}

// loopingPDFs are PDFs whose structure refers to itself: a page tree that
// is its own kid, and cross-reference sections that point at each other.
func loopingPDFs() [][]byte {
	tree := minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
		"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>",
	})
	var x bytes.Buffer
	x.WriteString("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n")
	first := x.Len()
	fmt.Fprintf(&x, "xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n", 9, 60)
	fmt.Fprintf(&x, "trailer\n<< /Size 3 /Root 1 0 R /Prev %d >>\n", first)
	fmt.Fprintf(&x, "startxref\n%d\n%%%%EOF\n", first)
	return [][]byte{tree, x.Bytes()}
}

// Bombs returns every hostile file. The archive bombs are built once per
// process (about a second), then shared.
func Bombs() []Bomb {
	pdfs := loopingPDFs()
	return []Bomb{
		{Name: "bomb.docx", Attack: "zip bomb as DOCX (1 GiB document.xml)", Data: officeBomb(false)},
		{Name: "bomb.doc", Attack: "zip bomb renamed to .doc", Data: officeBomb(false)},
		{Name: "bomb.xlsx", Attack: "zip bomb as XLSX", Data: officeBomb(false)},
		{Name: "lying.docx", Attack: "central directory understates sizes", Data: officeBomb(true)},
		{Name: "bomb.zip", Attack: "zip bomb as a zip upload", Data: officeBomb(false), Upload: true},
		{Name: "lying.zip", Attack: "lying central directory as a zip upload", Data: officeBomb(true), Upload: true},
		{Name: "many.docx", Attack: "10,000-entry DOCX", Data: manyEntries(10000, "xml")},
		{Name: "many.zip", Attack: "10,000-entry zip upload", Data: manyEntries(10000, "md"), Upload: true},
		{Name: "escape.zip", Attack: "../ and absolute entry names", Data: escaping(), Upload: true},
		{Name: "escape.docx", Attack: "../ and absolute entry names in a DOCX", Data: escaping()},
		{Name: "laughs.docx", Attack: "billion laughs in document.xml", Data: docxWithDocument(billionLaughs())},
		{Name: "deep.docx", Attack: "500,000 nested elements in document.xml", Data: docxWithDocument(deepXML(500000))},
		{Name: "deep.html", Attack: "200,000 nested <div>", Data: []byte(strings.Repeat("<div>", 200000) + "HF-CP200" + strings.Repeat("</div>", 200000)), MayLoad: true},
		{Name: "deep.md", Attack: "200,000 nested block quotes", Data: []byte(strings.Repeat(">", 200000) + " HF-CP200\n"), MayLoad: true},
		{Name: "looptree.pdf", Attack: "PDF page tree that contains itself", Data: pdfs[0]},
		{Name: "loopxref.pdf", Attack: "PDF xref sections that point at each other", Data: pdfs[1]},
	}
}

// bigText is an office package whose one text node inflates to n bytes
// at a compression ratio near 150:1, under the per-entry ratio limit, so
// only a bound on what the XML reader buffers can stop it.
func bigText(n int, part, open, close string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, p := range [][2]string{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}} {
		f, _ := w.Create(p[0])
		f.Write([]byte(p[1]))
	}
	f, _ := w.CreateHeader(&zip.FileHeader{Name: part, Method: zip.Deflate})
	f.Write([]byte(open))
	// Runs of 'a' broken every 400 bytes by a pseudo-random letter keep
	// the ratio below 200:1.
	block := bytes.Repeat([]byte("a"), 400)
	x := uint32(1)
	for i := 0; i < n/len(block); i++ {
		x = x*1664525 + 1013904223
		block[len(block)-1] = byte('b' + x>>24%24)
		f.Write(block)
	}
	f.Write([]byte(close))
	w.Close()
	return b.Bytes()
}

// BigTextDOCX holds one 400 MB text run.
func BigTextDOCX() []byte {
	return bigText(400<<20, "word/document.xml", `<?xml version="1.0"?><w:document `+wordNS+`><w:body><w:p><w:r><w:t>`, `</w:t></w:r></w:p></w:body></w:document>`)
}
