package load

import (
	"context"
	"testing"

	"github.com/kgassist/kgassist/kg"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

const encodingSample = "泵体P-100的叶轮需要每周检查。\n密封圈损坏会导致漏水。\n"

func encodingMust(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeTextSameTextEveryEncoding(t *testing.T) {
	le := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	be := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)
	cases := []struct {
		enc  string
		data []byte
	}{
		{EncodingUTF8, []byte(encodingSample)},
		{EncodingUTF8BOM, append([]byte{0xEF, 0xBB, 0xBF}, encodingSample...)},
		{EncodingUTF16LE, append([]byte{0xFF, 0xFE}, encodingMust(t, le, encodingSample)...)},
		{EncodingUTF16BE, append([]byte{0xFE, 0xFF}, encodingMust(t, be, encodingSample)...)},
		{EncodingGB18030, encodingMust(t, simplifiedchinese.GB18030, encodingSample)},
		{EncodingGB18030, encodingMust(t, simplifiedchinese.GBK, encodingSample)},
	}
	for _, c := range cases {
		t.Run(c.enc, func(t *testing.T) {
			text, enc, err := DecodeText(c.data)
			if err != nil {
				t.Fatal(err)
			}
			if text != encodingSample || enc != c.enc {
				t.Fatalf("got %q as %s, want %q as %s", text, enc, encodingSample, c.enc)
			}
			p, err := Load(context.Background(), "notes.txt", c.data, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Encoding != c.enc || len(p.Blocks) != 1 || p.Blocks[0].Text != "泵体P-100的叶轮需要每周检查。密封圈损坏会导致漏水。" {
				t.Fatalf("loaded %s", loadDump(p))
			}
		})
	}
}

func TestDecodeTextBOMlessUTF16(t *testing.T) {
	ascii := "Part,Qty\nP-100,2\nP-200,4\n"
	for _, c := range []struct {
		enc   string
		order xunicode.Endianness
	}{{EncodingUTF16LE, xunicode.LittleEndian}, {EncodingUTF16BE, xunicode.BigEndian}} {
		data := encodingMust(t, xunicode.UTF16(c.order, xunicode.IgnoreBOM), ascii)
		text, enc, err := DecodeText(data)
		if err != nil || text != ascii || enc != c.enc {
			t.Errorf("got %q %s %v, want %s", text, enc, err, c.enc)
		}
	}
}

func TestDecodeTextRefusesBinary(t *testing.T) {
	for name, data := range map[string][]byte{
		"nul bytes":  {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0x49, 0x48},
		"controls":   {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0e, 0x0f, 'a', 'b'},
		"bad utf-16": {0xFF, 0xFE, 0x00, 0xD8, 0x00},
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := DecodeText(data)
			loadWantCode(t, err, kg.EINVALID)
		})
	}
}

func FuzzDetectEncoding(f *testing.F) {
	f.Add([]byte(encodingSample))
	f.Add(encodingMust(f, simplifiedchinese.GB18030, encodingSample))
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Add([]byte{0xFE, 0xFF, 0, 'a', 0xD8})
	f.Add([]byte{0xEF, 0xBB, 0xBF, 0xC3})
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := DecodeText(data)
		if err != nil {
			if kg.ErrorCode(err) != kg.EINVALID {
				t.Fatalf("code %s", kg.ErrorCode(err))
			}
			return
		}
		if enc == "" || !encodingLooksLikeText(text) {
			t.Fatalf("accepted %q as %q", text, enc)
		}
	})
}
